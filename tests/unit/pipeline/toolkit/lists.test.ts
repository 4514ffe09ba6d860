import { describe, expect, test } from 'vitest';
import { joinWords, list, table } from '../../../../scripts/pipeline/extract/toolkit/lists.ts';

describe('list and table', () => {
	test('split a word list written over lines', () => {
		expect(
			list(`attack bombing
		blast`),
		).toEqual(['attack', 'bombing', 'blast']);
	});

	test('read a table of word:value pairs', () => {
		expect([...table('k:1e3 m:1e6')]).toEqual([
			['k', '1e3'],
			['m', '1e6'],
		]);
	});
});

describe('joinWords', () => {
	test.each([
		[['Oslo'], 'Oslo'],
		[['Oslo', 'Bergen'], 'Oslo and Bergen'],
		[['Oslo', 'Bergen', 'Tromsø'], 'Oslo, Bergen and Tromsø'],
		[[], ''],
	])('writes %j as %j', (words, text) => expect(joinWords(words)).toBe(text));
});
