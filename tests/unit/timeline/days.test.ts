import { describe, expect, test } from 'vitest';
import { addDays, clampRange, daysBetween, rangeLength, valueRange } from '../../../src/lib/timeline/days.ts';

describe('valueRange', () => {
	test.each([
		['2024-04-20', '2024-04-20', '2024-04-20', 'day'],
		['2023-W21', '2023-05-22', '2023-05-28', 'week'],
		['2025-W01', '2024-12-30', '2025-01-05', 'week'],
		['2024-02', '2024-02-01', '2024-02-29', 'month'],
		['2023-12', '2023-12-01', '2023-12-31', 'month'],
		['2014', '2014-01-01', '2014-12-31', 'year'],
	])('reads %s as the days from %s to %s, known to the %s', (value, first, last, precision) => {
		expect(valueRange(value)).toEqual({ first, last, precision });
	});

	test('has no days for a date the sources give in words', () => {
		expect(valueRange('early spring')).toBeNull();
	});
});

describe('addDays, daysBetween and rangeLength', () => {
	test('count across the ends of months and years in UTC', () => {
		expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
		expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
		expect(daysBetween('2024-04-20', '2024-04-28')).toBe(8);
		expect(rangeLength({ first: '2024-04-20', last: '2024-04-28' })).toBe(9);
	});
});

describe('clampRange', () => {
	test('cuts a week to the bounds the record gives', () => {
		expect(
			clampRange({ first: '2025-05-19', last: '2025-05-25' }, { first: '2025-05-20', last: '2025-05-31' }),
		).toEqual({ first: '2025-05-20', last: '2025-05-25' });
	});

	test('falls back to the bounds when the two do not meet', () => {
		const bounds = { first: '2024-01-01', last: '2024-01-31' };
		expect(clampRange({ first: '2023-01-01', last: '2023-01-02' }, bounds)).toEqual(bounds);
	});
});
