import type { FuzzyDate } from '../../../../src/schemas/source.ts';
import { readCalendar } from './chrono-reader.ts';
import { parseDay } from '../toolkit/calendar.ts';
import { place } from './placement.ts';
import { joinBetween } from './ranges.ts';
import { readByRules } from './rules.ts';
import type { Tense } from './tense-markers.ts';
import { tenseAt } from './tense.ts';

/** One date expression in a sentence, resolved to the calendar. */
export interface DateMention extends FuzzyDate {
	/** The words of the date as written in the sentence, exactly `sentence.slice(start, end)`. */
	text: string;
	start: number;
	end: number;
	/** For a range ("from Sunday to 28 April", "from Tuesday to Thursday"): the end as a FuzzyDate; else null. */
	until: FuzzyDate | null;
	/** The tense the date was resolved with. */
	tense: Tense;
}

/**
 * Every date expression in a sentence, resolved against the publication day `published`
 * ("YYYY-MM-DD") and the tense of its clause (see `tenseAt`), in order of position.
 *
 * - A weekday in the past is the latest such day on or before publication; in the future the
 *   earliest on or after it (so "will … on Friday" published on a Friday is that day); in the
 *   present the one in the publication day's Monday–Sunday week.
 * - A month or day-and-month without a year: past → the latest at or before publication, future →
 *   the earliest at or after it, present → the nearest. A range's end is the first on or after its start.
 * - "last/this/next week|month|year", "in March last year", "earlier this month" and years after
 *   "in", "since", "late" … are calendar periods of week, month or year precision.
 * - Nothing is given a day the text does not state.
 *
 * @example findDates('Chen will visit Russia from Sunday to 28 April, it said.', '2024-04-19')
 * // → [{ text: 'Sunday to 28 April', date: '2024-04-21', until: { date: '2024-04-28', … }, tense: 'future', … }]
 */
export function findDates(sentence: string, published: string): DateMention[] {
	const day = parseDay(published);
	const { found, masked } = readByRules(sentence, day);
	for (const read of joinBetween(masked, readCalendar(masked, day))) {
		const tense = tenseAt(sentence, read.start);
		// "from 3 May to 5 June 2023": the end's year places the start too.
		const endYearOnly = read.endParts?.year !== undefined && read.parts.year === undefined;
		const endDate = endYearOnly ? place(read.endParts!, { tense, published: day }) : null;
		const date = place(
			read.parts,
			endDate ? { onOrBefore: parseDay(endDate.latest) } : { tense, published: day },
		);
		if (!date) continue;
		const until = read.endParts && (endDate ?? place(read.endParts, { onOrAfter: parseDay(date.earliest) }));
		found.push({ start: read.start, end: read.end, date, until, tense });
	}
	return found
		.sort((a, b) => a.start - b.start)
		.map(({ start, end, date, until, tense }) => ({
			...date,
			text: sentence.slice(start, end),
			start,
			end,
			until: until ?? null,
			tense: tense ?? tenseAt(sentence, start),
		}));
}
