import { isoWeekOf } from '../calendar.ts';

// Calendar maths on UTC day numbers (days since 1970-01-01), so no local time zone ever enters.

export const DAY_MS = 86_400_000;
/** The day number of a date; out-of-range months and days roll over as in `Date.UTC`. */
export const dayNumber = (year: number, month: number, day: number): number =>
	Date.UTC(year, month - 1, day) / DAY_MS;
/** A day number as "YYYY-MM-DD". */
export const iso = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const yearOf = (day: number): number => new Date(day * DAY_MS).getUTCFullYear();
export const monthOf = (day: number): number => new Date(day * DAY_MS).getUTCMonth() + 1;
/** 0 = Sunday … 6 = Saturday, as in chrono and `Date#getUTCDay`. */
export const weekdayOf = (day: number): number => new Date(day * DAY_MS).getUTCDay();
export const mondayOf = (day: number): number => day - ((weekdayOf(day) + 6) % 7);

/** The day number of "YYYY-MM-DD"; throws a RangeError for anything that is not a calendar day. */
export function parseDay(text: string): number {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	const day = match ? dayNumber(Number(match[1]), Number(match[2]), Number(match[3])) : NaN;
	if (Number.isNaN(day) || iso(day) !== text)
		throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${text}`);
	return day;
}

/**
 * The ISO 8601 week of a day "YYYY-MM-DD", as "YYYY-Www" (the year is the ISO week-year). It is
 * calendar.ts's `isoWeekOf`, which trusts its input, behind a check: "2024-02-30" throws a RangeError.
 */
export function isoWeek(day: string): string {
	parseDay(day);
	return isoWeekOf(day);
}
