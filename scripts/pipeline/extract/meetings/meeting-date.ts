import type { Meeting } from '../../../../src/schemas/meeting.ts';
import type { FuzzyDate } from '../../../../src/schemas/source.ts';
import type { DateMention } from '../dates.ts';
import type { SentenceFacts } from '../sentence-facts.ts';
import { dayOf } from '../toolkit/calendar.ts';
import { contextDate } from '../toolkit/context-date.ts';
import { fuzzyOf, onDay, reportWeek, restOfYear } from '../toolkit/fuzzy-dates.ts';
import { datesReporting } from '../toolkit/reporting.ts';

/**
 * The date of a meeting named at `at` in sentence `i` of `lines`, and where it comes from: the
 * sentence's date nearest to it, else "the same day" as the meeting reported just before
 * (`previous`), else one from its context (for a held meeting, not after the report), else the
 * report's week (held) or the rest of its year (`future`: planned).
 */
export function meetingDate(
	dates: readonly DateMention[],
	at: number,
	lines: readonly SentenceFacts[],
	i: number,
	future: boolean,
	previous: FuzzyDate | null = null,
): { date: FuzzyDate; basis: Meeting['dateBasis'] } {
	const sentence = lines[i]!.sentence;
	// "… received by B on Wednesday, and held talks with C on Thursday": a date before another
	// clause's ", and" is that clause's, when this one has its own.
	const ownClause = dates.filter(
		(d) =>
			(d.start >= at && !/[.;]/.test(sentence.text.slice(at, d.start))) ||
			(d.end <= at && !/,\s*and\b/.test(sentence.text.slice(d.end, at))),
	);
	const own = [...(ownClause.length > 0 ? ownClause : dates)].sort(
		(a, b) => distance(a, at) - distance(b, at),
	)[0];
	// "… met B last Thursday and was received by C the next morning": the day after that day.
	const next = NEXT_DAY.exec(sentence.text);
	if (own && next && own.datePrecision === 'day' && own.end <= at && next.index > at)
		return { date: onDay(dayOf(own.earliest) + 1), basis: 'stated' };
	if (own)
		return {
			date: future && own.start > at ? aheadOf(own, sentence.published) : fuzzyOf(own),
			basis: 'stated',
		};
	// "On the same day": the day of the meeting reported before it.
	if (SAME_DAY.test(sentence.text) && previous?.datePrecision === 'day')
		return { date: previous, basis: 'context' };
	// A meeting that was held is not dated by a later day the sentences before name, nor by one of
	// their "since" phrases or relative clauses ("talks on Monday, the first since they met last week").
	const context = contextDate(
		lines,
		i,
		(d, line) =>
			(future || d.earliest <= sentence.published) &&
			outsideRelativeClauses([d], line.sentence.text, -1).length > 0 &&
			!earlierOccasion(d, line.sentence.text, sentence.published),
	);
	if (context) return { date: fuzzyOf(context), basis: 'context' };
	// "Later in the day", with no day before it: the day of the report.
	if (SAME_DAY.test(sentence.text)) return { date: onDay(dayOf(sentence.published)), basis: 'publication' };
	// A held meeting a news story tells of without a date is on the day its lede names, when that is
	// a day of the report's week: the story's day.
	const lede = future ? undefined : ledeDay(lines, i);
	if (lede) return { date: fuzzyOf(lede), basis: 'context' };
	return {
		date: future ? restOfYear(sentence.published) : reportWeek(sentence.published),
		basis: 'publication',
	};
}

/**
 * A date the sentences before give an earlier occasion, which dates no meeting after them: one of
 * "they last met in March", or a bare year before the report's ("The last minister to make the
 * journey was Khar in 2011. Bilawal met Lavrov soon after his arrival").
 */
function earlierOccasion(date: DateMention, text: string, published: string): boolean {
	if (date.datePrecision === 'year' && date.latest < `${published.slice(0, 4)}-01-01`) return true;
	return LAST_TIME.test(text.slice(Math.max(0, date.start - 60), date.start));
}

/** "last met", "last saw each other", "last visited": what comes after is an earlier occasion. */
const LAST_TIME = /\blast\s+(?:met|saw|spoke|talked|visited|travell?ed|came|held)\b/i;

/** The day after one named before: "the next morning", "the following day". */
const NEXT_DAY = /\bthe\s+(?:next|following)\s+(?:day|morning|afternoon|evening)\b/i;

/** A weekday alone: "Thursday", "on Thursday". */
const WEEKDAY = /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

/**
 * A planned meeting's weekday read in a clause whose tense the reader took for the past ("He is
 * also expected to meet his Tajik counterpart, Col. Gen. B, on Thursday"): the meeting's own words
 * say it is still to come, so it is the first such day on or after the report, not the last before.
 * Only for a day named after the meeting's words: one before them may be an earlier clause's ("sat
 * down with B on Wednesday and is scheduled to hold talks with C later in the day").
 */
function aheadOf(date: DateMention, published: string): FuzzyDate {
	if (date.tense === 'future' || !WEEKDAY.test(date.text.trim()) || date.earliest >= published)
		return fuzzyOf(date);
	return onDay(dayOf(date.earliest) + 7);
}

/** How many of a story's first sentences may name its day. */
const LEDE_SENTENCES = 2;

/**
 * The day a story's lede names (the first day in its first sentences, in the report's week up to
 * its publication), or undefined: what a news story tells of without a date happened then.
 */
function ledeDay(lines: readonly SentenceFacts[], i: number): DateMention | undefined {
	const { article, published } = lines[i]!.sentence;
	const week = reportWeek(published);
	const first = lines.findIndex((l) => l.sentence.article === article);
	return lines
		.slice(first, Math.min(first + LEDE_SENTENCES, i))
		.flatMap((l) => l.dates.filter((d) => !datesReporting(l.sentence.text, d)))
		.find((d) => d.datePrecision === 'day' && d.earliest >= week.earliest && d.latest <= published);
}

/** "Later in the day", "on the same day": the day of what was said before. */
const SAME_DAY =
	/\b(?:later|earlier)\s+(?:in|on)\s+the\s+day\b|\b(?:later|earlier)\s+that\s+day\b|\bthe\s+same\s+day\b/i;

/**
 * The dates (or places) of a sentence but those inside a relative clause or a "since" phrase that does not
 * hold the meeting at `at`: in "Xi, who was elected only last week, held talks with Putin", "last
 * week" dates the election, not the talks; in "… held talks, the first contact since the standoff
 * began in May", "May" dates the standoff; in "… to extend a friendship treaty signed in 2001",
 * 2001 dates the treaty.
 */
export function outsideRelativeClauses<T extends Pick<DateMention, 'start' | 'end'>>(
	dates: readonly T[],
	text: string,
	at: number,
): T[] {
	const clauses = [
		...text.matchAll(
			/,\s+(?:who|which|whose|an?\s+\p{Ll}+\s+(?:who|whose|which))\b[^,;]*(?:,|$)|\bsince\b[^,;.]*/gu,
		),
		...text.matchAll(AGREEMENT_MADE),
	].map((m) => [m.index, m.index + m[0].length] as const);
	const inOther = (d: T) =>
		clauses.some(([from, to]) => d.start >= from && d.end <= to && !(at >= from && at < to));
	return dates.filter((d) => !inOther(d));
}

/** An agreement and when it was made, which dates the agreement: "a treaty signed in 2001". */
const AGREEMENT_MADE =
	/\b(?:treaty|pact|agreement|deal|accord|declaration|charter|memorandum|contract|alliance|partnership)\s+(?:(?:that|which)\s+(?:was|were|had\s+been)\s+)?(?:signed|agreed|concluded|adopted|reached|struck|established|launched|forged)\b[^,;.]*/gi;

/** How far a date is from offset `at`; one before it counts twice, so one after it is preferred. */
const distance = (d: DateMention, at: number) => (d.start >= at ? d.start - at : (at - d.end) * 2);
