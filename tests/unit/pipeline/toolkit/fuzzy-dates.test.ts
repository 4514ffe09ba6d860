import { describe, expect, test } from 'vitest';
import { dayOf } from '../../../../scripts/pipeline/extract/toolkit/calendar.ts';
import {
	fuzzyBetween,
	fuzzyFromDate,
	fuzzyOf,
	inMonth,
	inWeek,
	inYear,
	onDay,
	overlaps,
	reportWeek,
	restOfYear,
	shiftFuzzy,
	spanDays,
} from '../../../../scripts/pipeline/extract/toolkit/fuzzy-dates.ts';

const fuzzy = (date: string, datePrecision: string, earliest: string, latest: string) => ({
	date,
	datePrecision,
	earliest,
	latest,
});

describe('periods', () => {
	test.each([
		['a day', onDay(dayOf('2024-04-23')), fuzzy('2024-04-23', 'day', '2024-04-23', '2024-04-23')],
		['the week of a day', inWeek(dayOf('2024-04-24')), fuzzy('2024-W17', 'week', '2024-04-22', '2024-04-28')],
		[
			'a week across New Year',
			inWeek(dayOf('2021-01-01')),
			fuzzy('2020-W53', 'week', '2020-12-28', '2021-01-03'),
		],
		['a leap February', inMonth(2024, 2), fuzzy('2024-02', 'month', '2024-02-01', '2024-02-29')],
		['a year', inYear(2014), fuzzy('2014', 'year', '2014-01-01', '2014-12-31')],
		[
			'a report’s week up to its day',
			reportWeek('2024-04-24'),
			fuzzy('2024-W17', 'week', '2024-04-22', '2024-04-24'),
		],
		[
			'the rest of a report’s year',
			restOfYear('2024-04-24'),
			fuzzy('2024', 'year', '2024-04-24', '2024-12-31'),
		],
	])('gives %s', (_, date, expected) => expect(date).toEqual(expected));
});

describe('fuzzyBetween', () => {
	test.each([
		['2024-04-23', '2024-04-23', '2024-04-23', 'day'],
		['2024-04-22', '2024-04-26', '2024-W17', 'week'],
		['2024-04-01', '2024-04-24', '2024-04', 'month'],
		['2024-03-30', '2024-04-02', '2024', 'year'],
	])('names the days %s to %s as %s (%s)', (earliest, latest, date, precision) => {
		expect(fuzzyBetween(earliest, latest)).toEqual(fuzzy(date, precision, earliest, latest));
	});
});

describe('shiftFuzzy and spanDays', () => {
	test.each([
		[onDay(dayOf('2024-04-20')), 8, fuzzy('2024-04-28', 'day', '2024-04-28', '2024-04-28'), 0],
		[inWeek(dayOf('2024-04-24')), -7, fuzzy('2024-W16', 'week', '2024-04-15', '2024-04-21'), 6],
		[inMonth(2024, 4), 3, fuzzy('2024', 'year', '2024-04-04', '2024-05-03'), 29],
	])('moves %j by %i days, keeping its uncertainty', (date, days, moved, span) => {
		expect(shiftFuzzy(date, days)).toEqual(moved);
		expect(spanDays(moved)).toBe(span);
	});
});

describe('overlaps', () => {
	test.each([
		[inWeek(dayOf('2024-04-24')), onDay(dayOf('2024-04-28')), true],
		[inMonth(2024, 4), inMonth(2024, 5), false],
		[inYear(2024), onDay(dayOf('2024-12-31')), true],
	])('%j and %j can be one day: %s', (a, b, expected) => expect(overlaps(a, b)).toBe(expected));
});

describe('fuzzyOf', () => {
	test('keeps only the date fields of a date mention', () => {
		const mention = { ...onDay(dayOf('2024-04-23')), text: 'on Tuesday', start: 3, end: 13 };
		expect(fuzzyOf(mention)).toEqual(onDay(dayOf('2024-04-23')));
	});
});

describe('fuzzyFromDate', () => {
	test.each([
		['2024-04-23', 'day', '2024-04-23', '2024-04-23'],
		['2022-10', 'month', '2022-10-01', '2022-10-31'],
		['2024-02', 'month', '2024-02-01', '2024-02-29'],
		['2014', 'year', '2014-01-01', '2014-12-31'],
		['2024-W17', 'week', '2024-04-22', '2024-04-28'],
		['2021-W01', 'week', '2021-01-04', '2021-01-10'],
	])('reads %s as a %s, %s to %s', (date, datePrecision, earliest, latest) => {
		expect(fuzzyFromDate(date)).toEqual({ date, datePrecision, earliest, latest });
	});
});
