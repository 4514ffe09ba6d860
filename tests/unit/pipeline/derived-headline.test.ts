import { describe, expect, test } from 'vitest';
import {
	deriveHeadline,
	firstSentence,
	shorten,
	slugWords,
} from '../../../scripts/pipeline/derived-headline.ts';

const story = (...texts: string[]) => ({ standfirst: [], paragraphs: texts.map((text) => ({ text })) });

describe('deriveHeadline', () => {
	test('takes the standfirst first', () => {
		expect(
			deriveHeadline({
				standfirst: ['Border guards from both countries will patrol together'],
				paragraphs: [{ text: 'ALMATY, June 3 (Example) - Kazakh and Kyrgyz officials agreed on Tuesday.' }],
			}),
		).toEqual({ title: 'Border guards from both countries will patrol together', from: 'its standfirst' });
	});

	test.each([
		[
			'ALMATY, June 3 (Example Wire) - Kazakh and Kyrgyz officials agreed on Tuesday to patrol their border together, officials said.',
			'Kazakh and Kyrgyz officials agreed on Tuesday to patrol their border together',
		],
		[
			'TASHKENT, June 3. /EXAMPLE/. Ali Karimov, a deputy interior minister, met his Tajik counterpart in Tashkent on Monday, the ministry reported.',
			'Ali Karimov met his Tajik counterpart in Tashkent on Monday',
		],
		[
			'ASTANA (Example) — Kazakhstan and China signed an agreement on Monday that will let police officers from each country train at the other’s academies for the next five years.',
			'Kazakhstan and China signed an agreement on Monday that will let police officers…',
		],
		[
			'U.S. envoy Jane Doe arrived in Bishkek on Monday. She will stay two days.',
			'U.S. envoy Jane Doe arrived in Bishkek on Monday',
		],
		[
			'US officials said on Monday that the talks in Bishkek had gone well.',
			'US officials said on Monday that the talks in Bishkek had gone well',
		],
	])('makes one from the first sentence of the story: %j', (paragraph, title) => {
		expect(deriveHeadline(story(paragraph))).toEqual({ title, from: 'the first sentence of its story' });
	});

	test('falls back on the words of the page address', () => {
		expect(
			deriveHeadline(
				{ standfirst: [], paragraphs: [] },
				'https://example.com/2021/06/border-patrol-deal-signed-a1234.html',
			),
		).toEqual({ title: 'Border patrol deal signed', from: 'its page address' });
	});

	test('is null with nothing to make one from', () => {
		expect(deriveHeadline({ standfirst: [], paragraphs: [] }, 'https://example.com/news/123456')).toBeNull();
		expect(
			deriveHeadline({ standfirst: [], paragraphs: [{ text: 'Background', kind: 'heading' }] }),
		).toBeNull();
	});
});

describe('firstSentence', () => {
	test('does not stop at an initial or a short form', () => {
		expect(firstSentence('Gen. Li Wei met Dr. Ana Petrova in St. Petersburg. Both spoke.')).toBe(
			'Gen. Li Wei met Dr. Ana Petrova in St. Petersburg.',
		);
	});
});

describe('shorten', () => {
	test('cuts a long line at its first clause when the clause is long enough', () => {
		expect(
			shorten(
				'Ministers from five Central Asian states met in Almaty on Monday, the first such meeting since the border clashes of last year.',
			),
		).toBe('Ministers from five Central Asian states met in Almaty on Monday…');
	});

	test('never ends on a word like "the"', () => {
		expect(
			shorten(
				'Officials of the two countries agreed to set up a joint office for the sharing of police data',
			),
		).toBe('Officials of the two countries agreed to set up a joint office…');
	});
});

describe('slugWords', () => {
	test.each([
		['https://example.com/world/2021/06/03/envoy-visits-bishkek', 'Envoy visits bishkek'],
		['https://example.com/article/us-china-talks-idUSKBN123', 'Us china talks'],
		['https://example.com/a/123456', null],
		['not a url', null],
	])('%s → %j', (url, words) => {
		expect(slugWords(url)).toBe(words);
	});
});
