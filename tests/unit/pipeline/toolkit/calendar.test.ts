import { describe, expect, test } from 'vitest';
import {
	addDays,
	dayNumber,
	dayOf,
	daysBetween,
	iso,
	isoWeek,
	isoWeekOf,
	mondayOf,
	monthOf,
	parseDay,
	weekdayOf,
	yearOf,
} from '../../../../scripts/pipeline/extract/toolkit/calendar.ts';

describe('day numbers', () => {
	test.each([
		[1970, 1, 1, '1970-01-01'],
		[2024, 2, 29, '2024-02-29'],
		[2024, 13, 1, '2025-01-01'],
		[2024, 3, 0, '2024-02-29'],
	])('counts %i-%i-%i as %s, rolling over as Date.UTC does', (year, month, day, text) => {
		expect(iso(dayNumber(year, month, day))).toBe(text);
		expect(dayOf(text)).toBe(dayNumber(year, month, day));
	});

	test.each([
		['2024-04-24', 2024, 4, 3, '2024-04-22'],
		['2024-04-21', 2024, 4, 0, '2024-04-15'],
		['2025-01-01', 2025, 1, 3, '2024-12-30'],
	])(
		'reads %s as year %i, month %i, weekday %i, in the week of Monday %s',
		(text, year, month, weekday, monday) => {
			const day = dayOf(text);
			expect([yearOf(day), monthOf(day), weekdayOf(day), iso(mondayOf(day))]).toEqual([
				year,
				month,
				weekday,
				monday,
			]);
		},
	);
});

describe('parseDay', () => {
	test('reads a calendar day', () => expect(iso(parseDay('2023-05-25'))).toBe('2023-05-25'));

	test.each(['2024-02-30', '2023-02-29', '2024-4-3', '24 April 2024', ''])('turns down %j', (text) => {
		expect(() => parseDay(text)).toThrow(RangeError);
	});
});

describe('addDays and daysBetween', () => {
	test.each([
		['2024-04-20', 8, '2024-04-28'],
		['2024-02-28', 1, '2024-02-29'],
		['2024-12-31', 1, '2025-01-01'],
		['2024-03-01', -1, '2024-02-29'],
	])('moves %s by %i days to %s', (day, days, moved) => {
		expect(addDays(day, days)).toBe(moved);
		expect(daysBetween(day, moved)).toBe(days);
	});
});

describe('isoWeekOf and isoWeek', () => {
	test.each([
		['2024-04-23', '2024-W17'],
		['2023-05-22', '2023-W21'],
		['2021-01-03', '2020-W53'],
		['2024-12-30', '2025-W01'],
		['2025-12-31', '2026-W01'],
	])('puts %s in %s, the week-year of its Thursday', (day, week) => {
		expect(isoWeekOf(day)).toBe(week);
		expect(isoWeek(day)).toBe(week);
	});

	test('isoWeek turns down a day that is not one', () =>
		expect(() => isoWeek('2024-02-30')).toThrow(RangeError));
});
