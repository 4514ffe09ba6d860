import { z } from 'zod';

/** True when `value` is a real calendar day written as YYYY-MM-DD (2024-02-30 is not). */
export function isCalendarDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar day as "YYYY-MM-DD", checked to exist. */
export const CalendarDateSchema = z
	.string()
	.refine(isCalendarDate, { message: 'must be a real calendar date written YYYY-MM-DD' });
