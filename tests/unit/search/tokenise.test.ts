import { describe, expect, test } from 'vitest';
import { foldWord, terms, tokenise } from '../../../src/lib/search/tokenise.ts';

describe('terms', () => {
	test.each([
		['lowercases every word', 'Chen Wenqing MET Patrushev', ['chen', 'wenqing', 'met', 'patrushev']],
		[
			'folds diacritics',
			'Naryškin, Ørsted, Müller, São Paulo',
			['naryskin', 'orsted', 'muller', 'sao', 'paulo'],
		],
		['folds ligatures and sharp s', 'Straße Æsir œuvre', ['strasse', 'aesir', 'oeuvre']],
		['drops a possessive with either apostrophe', "Chen’s Russia's", ['chen', 'russia']],
		['joins words around other apostrophes', "don’t o'clock", ['dont', 'oclock']],
		[
			'drops typographic and straight quotes',
			'‘We are’ “fighting” "together"',
			['we', 'are', 'fighting', 'together'],
		],
		[
			'splits on hyphens and dashes',
			'China-Russia co-chaired 2024–2025',
			['china', 'russia', 'co', 'chaired', '2024', '2025'],
		],
		[
			'keeps numbers, decimals and thousands',
			'US$240.1 billion, 26.3 per cent, 1,000 people',
			['us', '240.1', 'billion', '26.3', 'per', 'cent', '1000', 'people'],
		],
		['keeps ordinals whole', 'the 10th meeting', ['the', '10th', 'meeting']],
		['drops punctuation at the ends of numbers', 'in 2014. Then', ['in', '2014', 'then']],
		['drops emoji and symbols', 'talks 🤝 & more ☃️', ['talks', 'more']],
		['keeps text in other scripts', 'Лавров 陈文清', ['лавров', '陈文清']],
		['finds nothing in an empty text', '', []],
	])('%s', (_, text, expected) => {
		expect(terms(text)).toEqual(expected);
	});
});

describe('tokenise', () => {
	test('gives each word its place in the original text, quotes and possessives included', () => {
		const text = 'Chen’s “China-Russia” talks';
		expect(tokenise(text).map(({ term, start, end }) => [term, text.slice(start, end)])).toEqual([
			['chen', 'Chen’s'],
			['china', 'China'],
			['russia', 'Russia'],
			['talks', 'talks'],
		]);
	});

	test('keeps places in the original text when a letter is written with a combining mark', () => {
		const text = 'Nary\u0161kin and Nary\u0073\u030Ckin';
		expect(tokenise(text)).toEqual([
			{ term: 'naryskin', start: 0, end: 8 },
			{ term: 'and', start: 9, end: 12 },
			{ term: 'naryskin', start: 13, end: 22 },
		]);
	});
});

describe('foldWord', () => {
	test.each([
		['Patrushev', 'patrushev'],
		['Wenqing’s', 'wenqing'],
		['İstanbul', 'istanbul'],
		['1,000', '1000'],
	])('folds %s into %s', (word, term) => {
		expect(foldWord(word)).toBe(term);
	});
});
