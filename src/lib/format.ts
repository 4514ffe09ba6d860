import type { Article } from '../schemas/article.ts';
import type { Meeting } from '../schemas/meeting.ts';
import type { DatePrecision } from '../schemas/source.ts';

const dayFormat = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC',
});

/** Days already formatted: a build formats the same few thousand days on many pages. */
const formattedDays = new Map<string, string>();

/** Format a "YYYY-MM-DD" day as "24 April 2024", read and written in UTC. */
export function formatDay(day: string): string {
	let formatted = formattedDays.get(day);
	if (formatted === undefined)
		formattedDays.set(day, (formatted = dayFormat.format(new Date(day + 'T00:00:00Z'))));
	return formatted;
}

/**
 * Name the outlet of a page for readers, e.g. "Outlet unknown" or
 * "Daily8, republishing South China Morning Post".
 */
export function outletLabel(article: Pick<Article, 'outlet' | 'republishes'>): string {
	const outlet = article.outlet ?? 'Outlet unknown';
	return article.republishes ? `${outlet}, republishing ${article.republishes}` : outlet;
}

/** Count the characters of an article's text, to compare captures of one story. */
export function textLength(article: Pick<Article, 'paragraphs'>): number {
	return article.paragraphs.reduce((sum, paragraph) => sum + paragraph.text.length, 0);
}

/** Describe a duplicate capture relative to its canonical article: "shorter capture" or "near-duplicate capture". */
export function captureKind(
	capture: Pick<Article, 'paragraphs'>,
	canonical: Pick<Article, 'paragraphs'>,
): string {
	return textLength(capture) < textLength(canonical) ? 'shorter capture' : 'near-duplicate capture';
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayMonthFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const dayOfMonthFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', timeZone: 'UTC' });
const dayMs = 24 * 60 * 60 * 1000;
const monthNameFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/** The name of month `month` (1–12): "April". */
export function monthName(month: number): string {
	return monthNameFormat.format(Date.UTC(2000, month - 1, 1));
}

/** The Monday that starts ISO week `week` of `year`, as "YYYY-MM-DD" (week 1 holds 4 January). */
export function isoWeekMonday(year: number, week: number): string {
	const jan4 = Date.UTC(year, 0, 4);
	const daysSinceMonday = (new Date(jan4).getUTCDay() + 6) % 7;
	return new Date(jan4 + (-daysSinceMonday + (week - 1) * 7) * dayMs).toISOString().slice(0, 10);
}

/**
 * Write a date known to a day, an ISO week, a month or a year, saying no more than is known:
 * "23 April 2024", "week of 22 May 2023 (ISO week 2023-W21)", "May 2023", "2024".
 * Anything else (a value the sources give in words) is returned as it is.
 */
export function formatDate(value: string): string {
	if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(value);
	const week = /^(\d{4})-W(\d{2})$/.exec(value);
	if (week)
		return `week of ${formatDay(isoWeekMonday(Number(week[1]), Number(week[2])))} (ISO week ${value})`;
	if (/^\d{4}-\d{2}$/.test(value)) return monthFormat.format(new Date(value + '-01T00:00:00Z'));
	return value;
}

/**
 * Write the days from `first` to `last` (both "YYYY-MM-DD") as briefly as is clear:
 * "23 April 2024", "22–25 May 2023", "28 April – 3 May 2024", "30 December 2024 – 2 January 2025".
 */
export function formatDayRange(first: string, last: string): string {
	if (first === last) return formatDay(first);
	const start = new Date(first + 'T00:00:00Z');
	if (first.slice(0, 7) === last.slice(0, 7)) return `${dayOfMonthFormat.format(start)}–${formatDay(last)}`;
	if (first.slice(0, 4) === last.slice(0, 4)) return `${dayMonthFormat.format(start)} – ${formatDay(last)}`;
	return `${formatDay(first)} – ${formatDay(last)}`;
}

/** Write a span from `start` to `end` (each as in `formatDate`; `end` null for one date). */
export function formatDateRange(start: string, end: string | null): string {
	if (end === null || end === start) return formatDate(start);
	const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
	if (isDay(start) && isDay(end)) return formatDayRange(start, end);
	return `${formatDate(start)} to ${formatDate(end)}`;
}

/** Write the first and last days a vague date may fall on: "between 22 and 25 May 2023". */
export function formatBounds(bounds: { earliest: string; latest: string }): string {
	if (bounds.earliest === bounds.latest) return `on ${formatDay(bounds.earliest)}`;
	return `between ${formatDayRange(bounds.earliest, bounds.latest).replace(/–| – /, ' and ')}`;
}

/** Where a meeting's date comes from, in words, e.g. "worked out from the report’s publication week". */
export function describeDateBasis(basis: Meeting['dateBasis'], precision: DatePrecision): string {
	if (basis === 'stated') return 'stated in the sentence that reports it';
	if (basis === 'context') return 'worked out from nearby sentences';
	return precision === 'week'
		? 'worked out from the report’s publication week'
		: 'worked out from the report’s publication date';
}

/** Where a meeting's place comes from, in words, e.g. "worked out from nearby sentences". */
export function describePlaceBasis(basis: NonNullable<Meeting['placeBasis']>): string {
	if (basis === 'stated') return 'stated in the sentence that reports it';
	if (basis === 'context') return 'worked out from the sentences around the report';
	if (basis === 'dateline') return 'taken from the dateline of the report';
	if (basis === 'story') return 'taken from where the report is set, as its opening sentences say';
	return 'taken from the conference it was held at';
}

/** A count with its noun: "1 meeting", "3 meetings". */
export function plural(count: number, one: string, many: string): string {
	return `${count} ${count === 1 ? one : many}`;
}

/** Capitalise the first letter, for a label that starts a line: "people killed" → "People killed". */
export function sentenceCase(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
