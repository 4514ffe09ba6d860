import { isoWeekMonday } from '../format.ts';
import type { DatePrecision } from '../../schemas/source.ts';

/** Calendar days from `first` to `last`, both "YYYY-MM-DD" and included. */
export interface DayRange {
	first: string;
	last: string;
}

/** Milliseconds in a (UTC) day. */
export const dayMs = 24 * 60 * 60 * 1000;

/** Midnight UTC at the start of a "YYYY-MM-DD" day. */
export function dayStart(day: string): Date {
	return new Date(day + 'T00:00:00Z');
}

/** The day `count` days after `day` (before it when negative), as "YYYY-MM-DD". */
export function addDays(day: string, count: number): string {
	return new Date(dayStart(day).getTime() + count * dayMs).toISOString().slice(0, 10);
}

/** The number of days from `from` to `to`: 0 for the same day, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
	return Math.round((dayStart(to).getTime() - dayStart(from).getTime()) / dayMs);
}

/** The number of days a range covers, both ends included. */
export function rangeLength(range: DayRange): number {
	return daysBetween(range.first, range.last) + 1;
}

/** The earlier of two days. */
export const minDay = (a: string, b: string): string => (a < b ? a : b);
/** The later of two days. */
export const maxDay = (a: string, b: string): string => (a > b ? a : b);

/**
 * The days a date value may fall on, and how precisely it is known:
 * "2024-04-20" is that day, "2023-W21" its ISO week (Monday to Sunday), "2023-05" the month,
 * "2014" the year. Anything else (a date the sources give in words) is null.
 */
export function valueRange(value: string): (DayRange & { precision: DatePrecision }) | null {
	if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { first: value, last: value, precision: 'day' };
	const week = /^(\d{4})-W(\d{2})$/.exec(value);
	if (week) {
		const monday = isoWeekMonday(Number(week[1]), Number(week[2]));
		return { first: monday, last: addDays(monday, 6), precision: 'week' };
	}
	const month = /^(\d{4})-(\d{2})$/.exec(value);
	if (month) {
		const next = new Date(Date.UTC(Number(month[1]), Number(month[2]), 1));
		return { first: `${value}-01`, last: addDays(next.toISOString().slice(0, 10), -1), precision: 'month' };
	}
	if (/^\d{4}$/.test(value)) return { first: `${value}-01-01`, last: `${value}-12-31`, precision: 'year' };
	return null;
}

/** `range` cut to the days of `within`; `within` itself when they do not meet. */
export function clampRange(range: DayRange, within: DayRange): DayRange {
	const first = maxDay(range.first, within.first);
	const last = minDay(range.last, within.last);
	return first <= last ? { first, last } : within;
}
