import { describe, expect, test } from 'vitest';
import { median, percentile, round } from '../../../scripts/bench/stats.ts';

describe('percentile', () => {
	test.each([
		['the 95th of 1..100 is 95', Array.from({ length: 100 }, (_, i) => i + 1), 95, 95],
		['the 95th of 1..20 is 19', Array.from({ length: 20 }, (_, i) => i + 1), 95, 19],
		['the 95th of ten values is the largest', [5, 1, 4, 2, 3, 9, 8, 7, 6, 10], 95, 10],
		['the 0th is the smallest', [3, 1, 2], 0, 1],
		['the 100th is the largest', [3, 1, 2], 100, 3],
		['one value is every percentile', [7], 95, 7],
	])('%s', (_, values, p, expected) => {
		expect(percentile(values, p)).toBe(expected);
	});

	test('is undefined for no values', () => {
		expect(percentile([], 95)).toBeUndefined();
	});

	test('does not reorder its input', () => {
		const values = [3, 1, 2];
		percentile(values, 50);
		expect(values).toEqual([3, 1, 2]);
	});

	test('rejects a p outside 0–100', () => {
		expect(() => percentile([1], 101)).toThrow(RangeError);
	});
});

describe('median', () => {
	test.each([
		['an odd count gives the middle value', [9, 1, 5], 5],
		['an even count gives the lower middle value', [4, 1, 3, 2], 2],
	])('%s', (_, values, expected) => {
		expect(median(values)).toBe(expected);
	});
});

describe('round', () => {
	test.each([
		[131.90000000037253, 1, 131.9],
		[6.899126817, 3, 6.899],
		[0.05, 1, 0.1],
	])('rounds %s to %s places as %s', (value, digits, expected) => {
		expect(round(value, digits)).toBe(expected);
	});
});
