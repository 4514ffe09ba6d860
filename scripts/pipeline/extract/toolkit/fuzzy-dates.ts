import type { FuzzyDate } from '../../../../src/schemas/source.ts';
import { addDays, dayNumber, dayOf, daysBetween, iso, isoWeekOf, mondayOf } from './calendar.ts';

/**
 * Fuzzy dates: a day, ISO week, month or year with its first and last possible day (see
 * `FuzzyDate`). Every finder builds and compares them here, so a date is never said more precisely
 * than the text says it.
 */

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

/** A whole year. */
export const inYear = (year: number): FuzzyDate => ({
	date: String(year),
	datePrecision: 'year',
	earliest: `${year}-01-01`,
	latest: `${year}-12-31`,
});

/**
 * The ISO week of a report, up to its day ("YYYY-MM-DD"): what a report that gives no date for a
 * past event still says of it.
 */
export const reportWeek = (published: string): FuzzyDate => ({
	...inWeek(dayOf(published)),
	latest: published,
});

/** A fuzzy date from its date form alone: "2024-04-23", "2024-W17", "2022-10" or "2014". */
export function fuzzyFromDate(date: string): FuzzyDate {
	if (/^\d{4}$/.test(date)) return inYear(Number(date));
	const week = /^(\d{4})-W(\d{2})$/.exec(date);
	// ISO week 1 holds 4 January.
	if (week) return inWeek(dayNumber(Number(week[1]), 1, 4) + (Number(week[2]) - 1) * 7);
	if (/^\d{4}-\d{2}$/.test(date)) return inMonth(Number(date.slice(0, 4)), Number(date.slice(5)));
	return fuzzyBetween(date, date);
}

/** The rest of a report's year from its day: when a planned event the report does not date may be. */
export function restOfYear(published: string): FuzzyDate {
	const year = published.slice(0, 4);
	return { date: year, datePrecision: 'year', earliest: published, latest: `${year}-12-31` };
}

/**
 * The most precise calendar form that holds every day from `earliest` to `latest`: the day when
 * they are one, else their ISO week, month or year, never a day the bounds do not give.
 */
export function fuzzyBetween(earliest: string, latest: string): FuzzyDate {
	if (earliest === latest) return { date: earliest, datePrecision: 'day', earliest, latest };
	if (isoWeekOf(earliest) === isoWeekOf(latest))
		return { date: isoWeekOf(earliest), datePrecision: 'week', earliest, latest };
	if (earliest.slice(0, 7) === latest.slice(0, 7))
		return { date: earliest.slice(0, 7), datePrecision: 'month', earliest, latest };
	return { date: earliest.slice(0, 4), datePrecision: 'year', earliest, latest };
}

/** A fuzzy date moved by a number of days, keeping its uncertainty. */
export function shiftFuzzy(date: FuzzyDate, days: number): FuzzyDate {
	return fuzzyBetween(addDays(date.earliest, days), addDays(date.latest, days));
}

/** Just the fuzzy date of something that has one (a date mention), without its other fields. */
export const fuzzyOf = ({ date, datePrecision, earliest, latest }: FuzzyDate): FuzzyDate => ({
	date,
	datePrecision,
	earliest,
	latest,
});

/** True when two fuzzy dates can be the same day. */
export const overlaps = (
	a: { earliest: string; latest: string },
	b: { earliest: string; latest: string },
): boolean => a.earliest <= b.latest && b.earliest <= a.latest;

/** The number of days a fuzzy date spans, minus one: 0 for a known day. */
export const spanDays = (d: { earliest: string; latest: string }): number =>
	daysBetween(d.earliest, d.latest);
