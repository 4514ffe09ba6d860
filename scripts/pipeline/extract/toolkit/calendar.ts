/**
 * Calendar arithmetic, the one place it is written: days as UTC day numbers (days since
 * 1970-01-01), so no local time zone ever enters, and as "YYYY-MM-DD" at the edges. Months and
 * weekdays are numbered as in `Date`: month 1 = January, weekday 0 = Sunday.
 */

export const DAY_MS = 86_400_000;

/** The day number of a date; out-of-range months and days roll over as in `Date.UTC`. */
export const dayNumber = (year: number, month: number, day: number): number =>
	Date.UTC(year, month - 1, day) / DAY_MS;
/** A day number as "YYYY-MM-DD". */
export const iso = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** The day number of "YYYY-MM-DD", trusting it: an impossible day gives NaN (see `parseDay`). */
export const dayOf = (text: string): number => Date.parse(`${text}T00:00:00Z`) / DAY_MS;
/** The year of a day number. */
export const yearOf = (day: number): number => new Date(day * DAY_MS).getUTCFullYear();
/** The month of a day number, 1 = January. */
export const monthOf = (day: number): number => new Date(day * DAY_MS).getUTCMonth() + 1;
/** 0 = Sunday … 6 = Saturday, as in chrono and `Date#getUTCDay`. */
export const weekdayOf = (day: number): number => new Date(day * DAY_MS).getUTCDay();
/** The Monday that starts the ISO week of a day number. */
export const mondayOf = (day: number): number => day - ((weekdayOf(day) + 6) % 7);

/** The day number of "YYYY-MM-DD"; throws a RangeError for anything that is not a calendar day. */
export function parseDay(text: string): number {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	const day = match ? dayNumber(Number(match[1]), Number(match[2]), Number(match[3])) : NaN;
	if (Number.isNaN(day) || iso(day) !== text)
		throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${text}`);
	return day;
}

/** A "YYYY-MM-DD" day moved by `days` (negative: back). */
export const addDays = (day: string, days: number): string => iso(dayOf(day) + days);

/** The days from `earliest` to `latest` ("YYYY-MM-DD"), minus one: 0 for one day. */
export const daysBetween = (earliest: string, latest: string): number => dayOf(latest) - dayOf(earliest);

/**
 * The ISO 8601 week ("2024-W17") a "YYYY-MM-DD" day falls in, trusting the day; the year is the
 * ISO week-year, that of the week's Thursday ("2025-12-31" is in "2026-W01").
 */
export function isoWeekOf(day: string): string {
	const thursday = mondayOf(dayOf(day)) + 3;
	const year = yearOf(thursday);
	const week = Math.ceil((thursday - dayNumber(year, 1, 1) + 1) / 7);
	return `${year}-W${String(week).padStart(2, '0')}`;
}

/** `isoWeekOf` behind a check: "2024-02-30" throws a RangeError. */
export function isoWeek(day: string): string {
	parseDay(day);
	return isoWeekOf(day);
}
