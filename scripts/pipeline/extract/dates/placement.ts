import type { FuzzyDate } from '../../../../src/schemas/source.ts';
import { dayNumber, monthOf, mondayOf, weekdayOf, yearOf } from '../toolkit/calendar.ts';
import { inMonth, inYear, onDay } from '../toolkit/fuzzy-dates.ts';
import type { Tense } from './tense-markers.ts';

// Placing a date whose year (or week) the text leaves out.

/** What the text states of a date; the rest is left to the tense. */
export interface Parts {
	year?: number;
	month?: number;
	day?: number;
	/** 0 = Sunday … 6 = Saturday. */
	weekday?: number;
}

/** How to place the missing part: by tense from publication, or on/after (before) an anchor day. */
export type Placement = { tense: Tense; published: number } | { onOrAfter: number } | { onOrBefore: number };

/** The calendar period the parts name, with what they leave out filled in by `how`; null for no real day. */
export function place(parts: Parts, how: Placement): FuzzyDate | null {
	const { year, month, day, weekday } = parts;
	const anchor = anchorOf(how);
	const near = yearOf(anchor);
	if (month !== undefined && day !== undefined) {
		// Only real days: 29 February falls in leap years, 31 April in none.
		const years = year === undefined ? range(near - 4, near + 4) : [year];
		const days = years.map((y) => dayNumber(y, month, day)).filter((d) => monthOf(d) === month);
		return year === undefined ? pickDay(days, how) : days[0] === undefined ? null : onDay(days[0]);
	}
	if (month !== undefined) {
		if (year !== undefined) return inMonth(year, month);
		const months = range(near - 1, near + 1).map((y): [number, number] => [
			dayNumber(y, month, 1),
			dayNumber(y, month + 1, 0),
		]);
		const chosen = choose(months, how);
		return chosen === undefined ? null : inMonth(yearOf(chosen[0]), month);
	}
	if (weekday !== undefined) {
		if ('tense' in how && how.tense === 'present')
			return onDay(mondayOf(how.published) + ((weekday + 6) % 7));
		return pickDay(
			range(anchor - 7, anchor + 7).filter((d) => weekdayOf(d) === weekday),
			how,
		);
	}
	return year === undefined ? null : inYear(year);
}

function pickDay(days: number[], how: Placement): FuzzyDate | null {
	const chosen = choose(
		days.map((d): [number, number] => [d, d]),
		how,
	);
	return chosen === undefined ? null : onDay(chosen[0]);
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const anchorOf = (how: Placement) =>
	'tense' in how ? how.published : 'onOrAfter' in how ? how.onOrAfter : how.onOrBefore;

// Past: the latest candidate starting on or before the anchor; future: the earliest ending on or
// after it; present: the one nearest to it.
function choose(candidates: [number, number][], how: Placement): [number, number] | undefined {
	const anchor = anchorOf(how);
	const direction = 'tense' in how ? how.tense : 'onOrAfter' in how ? 'future' : 'past';
	if (direction === 'past') return candidates.findLast(([first]) => first <= anchor);
	if (direction === 'future') return candidates.find(([, last]) => last >= anchor);
	const distance = ([first, last]: [number, number]) => Math.max(first - anchor, anchor - last, 0);
	return candidates.reduce<[number, number] | undefined>(
		(best, c) => (best === undefined || distance(c) < distance(best) ? c : best),
		undefined,
	);
}
