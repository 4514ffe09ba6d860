import type { FuzzyDate } from '../../../src/schemas/source.ts';

const DAY = 86_400_000;

/** A YYYY-MM-DD day moved by `days`. */
export function addDays(day: string, days: number): string {
	return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** The ISO week ("2024-W17") a day falls in. */
export function isoWeekOf(day: string): string {
	const date = new Date(`${day}T00:00:00Z`);
	const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * DAY);
	const week = Math.ceil(((thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / DAY + 1) / 7);
	return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
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

/** Moves a fuzzy date by a number of days, keeping its uncertainty. */
export function shiftFuzzy(date: FuzzyDate, days: number): FuzzyDate {
	return fuzzyBetween(addDays(date.earliest, days), addDays(date.latest, days));
}

/** True when two fuzzy dates can be the same day. */
export const overlaps = (
	a: { earliest: string; latest: string },
	b: { earliest: string; latest: string },
): boolean => a.earliest <= b.latest && b.earliest <= a.latest;

/** The number of days a fuzzy date spans, minus one: 0 for a known day. */
export const spanDays = (d: { earliest: string; latest: string }): number =>
	(Date.parse(d.latest) - Date.parse(d.earliest)) / DAY;
