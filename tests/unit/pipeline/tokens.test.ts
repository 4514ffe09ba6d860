import { describe, expect, test } from 'vitest';
import { compoundTokens } from '../../../scripts/pipeline/extract/tokens.ts';

describe('compoundTokens', () => {
	test.each([
		[
			'a hyphenated title as one word',
			'UN Secretary-General Min Ki-seok spoke.',
			['UN', 'Secretary-General', 'Min', 'Ki-seok', 'spoke'],
		],
		['a slashed credit as two words', '(Xinhua/Ma Lin)', ['Xinhua', 'Ma', 'Lin']],
		['no word the tagger adds for a contraction', 'the party’s chief', ['the', 'party’s', 'chief']],
	])('reads %s', (_, text, expected) => {
		const tokens = compoundTokens(text);
		expect(tokens.map((t) => t.text)).toEqual(expected);
		for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
	});

	test('keeps what punctuates each side of a slash', () => {
		expect(compoundTokens('Photo: Jon Ekberg/AFP').map((t) => [t.text, t.pre, t.post])).toEqual([
			['Photo', '', ':'],
			['Jon', '', ''],
			['Ekberg', '', '/'],
			['AFP', '/', ''],
		]);
	});
});
