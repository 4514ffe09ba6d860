/**
 * Days for the generator: a day is a whole number of days since 1970-01-01 (UTC), so adding
 * and comparing days is arithmetic. Formats follow how outlets write dates, and relative phrases
 * ("on Tuesday", "last week", "next month") are chosen so they are true for the report's day.
 */

export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
] as const;
export const WEEKDAYS = [
	'Sunday',
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday',
] as const;

const MS_PER_DAY = 86_400_000;

/** The day of a YYYY-MM-DD date. */
export const dayOf = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);

const utc = (day: number): Date => new Date(day * MS_PER_DAY);

/** YYYY-MM-DD. */
export const isoDate = (day: number): string => utc(day).toISOString().slice(0, 10);
export const yearOf = (day: number): number => utc(day).getUTCFullYear();
export const monthName = (day: number): string => MONTHS[utc(day).getUTCMonth()]!;
export const weekdayName = (day: number): string => WEEKDAYS[utc(day).getUTCDay()]!;
export const dayOfMonth = (day: number): number => utc(day).getUTCDate();

/** "23 April 2024" (British) or "April 23, 2024" (American). */
export function longDate(day: number, american = false, withYear = true): string {
	const year = withYear ? (american ? `, ${yearOf(day)}` : ` ${yearOf(day)}`) : '';
	return american
		? `${monthName(day)} ${dayOfMonth(day)}${year}`
		: `${dayOfMonth(day)} ${monthName(day)}${year}`;
}

/** "Wed 28 May 2025 14.02 BST": a broadsheet's date stamp. */
export function stampWithClock(day: number, minutes: number, zone: string, separator = '.'): string {
	const clock = `${String(Math.floor(minutes / 60)).padStart(2, '0')}${separator}${String(minutes % 60).padStart(2, '0')}`;
	return `${weekdayName(day).slice(0, 3)} ${longDate(day)} ${clock} ${zone}`;
}

/** "2025-03-12 21:04:33": a state agency's time stamp. */
export function isoStamp(day: number, seconds: number): string {
	const h = Math.floor(seconds / 3600);
	const m = Math.floor(seconds / 60) % 60;
	const s = seconds % 60;
	return `${isoDate(day)} ${[h, m, s].map((n) => String(n).padStart(2, '0')).join(':')}`;
}

/** Monday of the day's ISO week. */
const mondayOf = (day: number): number => day - ((utc(day).getUTCDay() + 6) % 7);

/**
 * How a report published on `published` says when something on `day` happened (past) or will
 * happen (future): a weekday within the week around it, "last week", the month, or the date.
 * `pick` chooses among the phrases that are true (it gets their count and returns an index).
 */
export function whenPhrase(
	day: number,
	published: number,
	pick: (n: number) => number,
	american = false,
): string {
	const gap = day - published;
	const sameYear = yearOf(day) === yearOf(published);
	const options: string[] = [];
	if (gap < 0 && gap >= -6) options.push(`on ${weekdayName(day)}`, `on ${weekdayName(day)}`);
	if (gap > 0 && gap <= 6) options.push(`on ${weekdayName(day)}`);
	if (gap < 0 && mondayOf(day) === mondayOf(published) - 7) options.push('last week');
	if (gap < -6)
		options.push(sameYear ? `on ${longDate(day, american, false)}` : `on ${longDate(day, american)}`);
	if (gap > 6) options.push(`on ${longDate(day, american, !sameYear)}`);
	if (gap < -20 && sameYear && utc(day).getUTCMonth() < utc(published).getUTCMonth())
		options.push(`in ${monthName(day)}`);
	if (options.length === 0) options.push(`on ${longDate(day, american)}`);
	return options[pick(options.length)]!;
}

/** "from Sunday to 28 April": a future span said from the day of the report. */
export function spanPhrase(start: number, end: number, published: number): string {
	const from = start - published <= 6 ? weekdayName(start) : longDate(start, false, false);
	return `from ${from} to ${longDate(end, false, yearOf(end) !== yearOf(published))}`;
}

/** "in March last year", "in May 2023": a month before the report's year. */
export function monthPhrase(day: number, published: number): string {
	const years = yearOf(published) - yearOf(day);
	if (years === 0) return `in ${monthName(day)}`;
	if (years === 1) return `in ${monthName(day)} last year`;
	return `in ${monthName(day)} ${yearOf(day)}`;
}
