import { describe, expect, test } from 'vitest';
import { splitLines } from '../../../scripts/pipeline/lines.ts';
import { unwrapLines, wrapWidth } from '../../../scripts/pipeline/unwrap.ts';

const unwrap = (text: string) => unwrapLines(splitLines(text)).map((l) => l.text);

describe('unwrapLines', () => {
	test('joins a line that ends on a word like "by" to the next', () => {
		expect(unwrap('a seven-day trip that began in Hungary, followed by\nRussia.\nNext paragraph.')).toEqual([
			'a seven-day trip that began in Hungary, followed by Russia.',
			'Next paragraph.',
		]);
	});

	test('joins a line to a next line that starts in lower case', () => {
		expect(unwrap('The two sides met in Moscow\nand agreed to talk again.')).toEqual([
			'The two sides met in Moscow and agreed to talk again.',
		]);
	});

	test('joins a line that ends on a comma', () => {
		expect(unwrap('Chen met Patrushev,\nRussia’s security secretary.')).toEqual([
			'Chen met Patrushev, Russia’s security secretary.',
		]);
	});

	test('keeps a headline apart from the standfirst under it', () => {
		expect(
			unwrap('China, Russia ‘fighting together’ against terror: Chen Wenqing\nChina’s top security official'),
		).toHaveLength(2);
	});

	test('never joins across a blank line, into a bullet, or with furniture', () => {
		expect(unwrap('The trip began in\n\nMoscow.')).toHaveLength(2);
		expect(unwrap('Top officials meet on\n- Chen visits Russia')).toHaveLength(2);
		expect(unwrap('South China Morning Post\nan hour ago')).toHaveLength(2);
		expect(unwrap('Published\non')).toHaveLength(2);
	});

	test.each([
		[['Like this', 'Post this']],
		[['Border talks drag on', 'Podcasts']],
		[['Tags: Kazakhstan, police', 'comments hosted by Example']],
		[['About', 'Contact Us']],
	])('keeps lines that never finish a sentence apart: %j', (lines) => {
		expect(unwrap(lines.join('\n'))).toEqual(lines);
	});

	test('keeps a headline broken before a lower-case word together', () => {
		expect(unwrap('Kazakh and Kyrgyz officials agree\nto patrol their border together')).toEqual([
			'Kazakh and Kyrgyz officials agree to patrol their border together',
		]);
	});

	test('joins a title on a line of its own to the broken paragraph that names its holder', () => {
		expect(
			unwrap(
				'Kyrgyzstan’s new interior minister\nUlan Niyazbekov told reporters on Monday that the patrols, agreed with\nKazakhstan, would begin in the autumn.',
			),
		).toEqual([
			'Kyrgyzstan’s new interior minister Ulan Niyazbekov told reporters on Monday that the patrols, agreed with Kazakhstan, would begin in the autumn.',
		]);
	});

	test('keeps a headline that ends on a title apart from a lede that is not broken', () => {
		expect(
			unwrap(
				'Kazakhstan welcomes new Kyrgyz interior minister\nUlan Niyazbekov arrived in Astana on Monday for two days of talks.',
			),
		).toHaveLength(2);
	});

	test('rejoins a file hard-wrapped at a fixed width', () => {
		const text = [
			'MOSCOW -- Russian and Chinese security officials agreed on Wednesday to',
			'expand their annual dialogue on counter-terrorism and cyber security,',
			'the Russian Security Council said in a statement after talks in the',
			'capital.',
			'',
			'The two sides also discussed the situation in Afghanistan and the',
			'Shanghai Cooperation Organisation, the statement said in its summary',
			'of the talks.',
		].join('\n');
		expect(unwrap(text)).toEqual([
			'MOSCOW -- Russian and Chinese security officials agreed on Wednesday to expand their annual dialogue on counter-terrorism and cyber security, the Russian Security Council said in a statement after talks in the capital.',
			'The two sides also discussed the situation in Afghanistan and the Shanghai Cooperation Organisation, the statement said in its summary of the talks.',
		]);
	});
});

describe('wrapWidth', () => {
	test('is null for text whose lines are whole paragraphs', () => {
		expect(
			wrapWidth(
				splitLines('A short headline\nA paragraph that runs on and on for a long while and ends here.'),
			),
		).toBeNull();
	});
});
