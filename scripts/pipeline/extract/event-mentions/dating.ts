import type { DateMention } from '../dates.ts';
import type { SentenceFacts } from '../sentence-facts.ts';
import { contextDate } from '../toolkit/context-date.ts';
import { fuzzyOf, shiftFuzzy } from '../toolkit/fuzzy-dates.ts';
import { datesReporting } from '../toolkit/reporting.ts';
import type { EventMention } from './mention.ts';

/**
 * The events `found` in sentence `i` of `lines`, dated: each of the sentence's dates belongs to
 * the nearest event named before it, else the nearest after it; a trip, visit or conference with
 * none takes a day within it from a sentence that says it coincided with something dated, or
 * from the sentences before; an event dated after publication is planned. Returns new mentions.
 */
export function dateMentions(
	found: readonly EventMention[],
	lines: readonly SentenceFacts[],
	i: number,
): EventMention[] {
	const { text } = lines[i]!.sentence;
	const dates = lines[i]!.dates.filter((d) => !datesReporting(text, d));
	const owned = ownedDates(found, dates, text);
	return shareConferenceDates(
		found.map((mention) => withDate(mention, owned.get(mention)?.[0], dates, lines, i)),
		text,
	);
}

/** Which event each date belongs to: the nearest named before it, else the nearest after it. */
function ownedDates(
	found: readonly EventMention[],
	dates: readonly DateMention[],
	text: string,
): Map<EventMention, DateMention[]> {
	const owned = new Map<EventMention, DateMention[]>();
	for (const date of dates) {
		// "Her trip had been preceded by a call on 2 April": the date is the call's.
		const before = found
			.filter((m) => m.at <= date.start && !SEQUENCE.test(text.slice(m.at + m.name.length, date.start)))
			.sort((a, b) => b.at - a.at)[0];
		// "last month’s attack", "Earlier this month, Lavrov visited …": else the event after it.
		const next = found
			.filter(
				(m) =>
					m.at >= date.end &&
					(m.kind !== 'other' || /^[’']s\s+(?:\S+\s+)?$|^\s*$/.test(text.slice(date.end, m.at))),
			)
			.sort((a, b) => a.at - b.at)[0];
		const owner = before ?? next;
		if (owner) owned.set(owner, [...(owned.get(owner) ?? []), date]);
	}
	return owned;
}

/** Words that put another occasion before or after an event: a date after them is that occasion's. */
const SEQUENCE =
	/\b(?:(?:was|were|had\s+been|is|are)\s+(?:preceded|followed)\s+by|came\s+(?:after|before)|comes\s+(?:after|before)|on\s+the\s+heels\s+of|ahead\s+of)\b/i;

/** A mention with its own `date`, else a day within it from the sentence or its context. */
function withDate(
	mention: EventMention,
	date: DateMention | undefined,
	dates: readonly DateMention[],
	lines: readonly SentenceFacts[],
	i: number,
): EventMention {
	const { text, published } = lines[i]!.sentence;
	let dated = mention;
	if (date && mention.lastLeg) {
		// The day of the last leg: the trip ends then, and began its length before.
		const end = fuzzyOf(date);
		dated = mention.lengthDays
			? { ...mention, start: shiftFuzzy(end, -(mention.lengthDays - 1)), end }
			: { ...mention, during: end };
	} else if (date) {
		const until = date.until ? fuzzyOf(date.until) : null;
		dated = { ...mention, start: fuzzyOf(date), end: until, startStated: date.datePrecision === 'day' };
	} else if (mention.kind === 'trip' || mention.kind === 'visit' || mention.kind === 'conference') {
		// "Chen’s trip to Moscow coincided with Mishustin’s visit … this week": one date for both.
		if (/\bcoincid/.test(text) && dates[0]) dated = { ...mention, during: fuzzyOf(dates[0]) };
		// "During his visit, he met …": a day of the visit is the date of the sentences before.
		else if (dates.length === 0) {
			const context = contextDate(lines, i);
			dated = { ...mention, during: context ? fuzzyOf(context) : null };
		}
	}
	return dated.start && dated.start.earliest > published ? { ...dated, planned: true } : dated;
}

/** "this year’s SCO meeting in Kazakhstan and the BRICS summit in Russia": one date for both. */
function shareConferenceDates(mentions: readonly EventMention[], text: string): EventMention[] {
	const shared: EventMention[] = [];
	for (const mention of mentions) {
		const previous = shared.at(-1);
		const joined =
			previous?.kind === 'conference' &&
			previous.start !== null &&
			mention.kind === 'conference' &&
			mention.start === null &&
			/^(?:\s+in\s+\S+)?\s+and\s+(?:the\s+)?$/.test(
				text
					.slice(previous.at + previous.name.length, mention.at)
					.replace(/^.*?(?=\s+(?:in\s+\S+\s+)?and\s)/, ''),
			);
		shared.push(joined ? { ...mention, start: previous.start, planned: previous.planned } : mention);
	}
	return shared;
}
