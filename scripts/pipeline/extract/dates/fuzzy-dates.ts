import type { FuzzyDate } from '../../../../src/schemas/source.ts';
import { isoWeekOf } from '../calendar.ts';
import { dayNumber, iso, mondayOf } from './day-numbers.ts';

/** One known day, from its day number. */
export const onDay = (day: number): FuzzyDate => ({
	date: iso(day),
	datePrecision: 'day',
	earliest: iso(day),
	latest: iso(day),
});

/** The Monday–Sunday ISO week that holds a day number. */
export function inWeek(day: number): FuzzyDate {
	const monday = mondayOf(day);
	return {
		date: isoWeekOf(iso(monday)),
		datePrecision: 'week',
		earliest: iso(monday),
		latest: iso(monday + 6),
	};
}

/** A month of a year, month 1 being January. */
export const inMonth = (year: number, month: number): FuzzyDate => ({
	date: `${year}-${String(month).padStart(2, '0')}`,
	datePrecision: 'month',
	earliest: iso(dayNumber(year, month, 1)),
	latest: iso(dayNumber(year, month + 1, 0)),
});

export const inYear = (year: number): FuzzyDate => ({
	date: String(year),
	datePrecision: 'year',
	earliest: `${year}-01-01`,
	latest: `${year}-12-31`,
});
