import type { MeetingMention } from '../meetings/find-meetings.ts';
import { countryOfPlace } from '../gazetteer/index.ts';
import type { FuzzyDate } from '../../../../src/schemas/source.ts';
import { daysBetween } from '../toolkit/calendar.ts';
import type { EventMention } from './mention.ts';

/** Who a visit may be implied for: where they serve, and whether the report is about them. */
export interface Travellers {
	/** The country a person serves, or null when unknown. */
	countryOf(person: string): string | null;
	/**
	 * Whether an article tells of the person's doings, not only names them: a summit report names a
	 * dozen leaders meeting on its sidelines, and its story follows one or two.
	 */
	isFollowedIn(person: string, article: string): boolean;
	/** Whether the person serves abroad (an ambassador), and so travels to none of their meetings. */
	livesAbroad(person: string): boolean;
}

/**
 * The visits meetings imply: a participant who serves one country and meets in another was
 * there ("Xi held talks with Putin in Moscow on Friday": Xi was in Russia that day). One visit per
 * such participant and report, on the meeting's days, to its place, planned with it, citing its
 * sentence; merged with the trips the text reports (`mergeEvents`), it joins the meeting to its
 * trip. Where someone of the place's country takes part, the others are their guests; where
 * nobody does (leaders meeting at a summit abroad), only those the report follows travelled
 * there, as far as it tells (see `Travellers`). A place the gazetteer does not know, a
 * participant of no known country or serving abroad, and a meeting dated only to its year imply
 * nothing.
 *
 * @example tripsFromMeetings([/* Xi and Putin in Moscow, 2023-03-21 *\/], travellers)
 * // → [{ kind: 'visit', person: 'xi-jinping', places: ['Moscow'], during: 2023-03-21, … }]
 */
export function tripsFromMeetings(
	meetings: readonly MeetingMention[],
	travellers: Travellers,
): EventMention[] {
	return daysOfOneVisit(visitsOfMeetings(meetings, travellers));
}

/** How many days apart two meetings abroad of one person in one report may be, to be one visit's. */
const VISIT_GAP_DAYS = 3;

/**
 * One report's visits of one person on days close together are one visit's days ("talks in
 * Beijing on Sunday … met the premier on Monday"): each gets the span from the first to the last,
 * so that they are merged as one visit, every meeting's sentence citing it.
 */
function daysOfOneVisit(visits: EventMention[]): EventMention[] {
	const byTraveller = new Map<string, EventMention[]>();
	for (const visit of visits) {
		const key = `${visit.sentence.article}|${visit.person}`;
		const group = byTraveller.get(key);
		if (group) group.push(visit);
		else byTraveller.set(key, [visit]);
	}
	const spans = new Map<EventMention, { start: FuzzyDate; end: FuzzyDate | null }>();
	for (const group of byTraveller.values()) {
		const dated = group
			.filter((v) => v.during !== null && v.during.datePrecision === 'day')
			.sort((a, b) => a.during!.earliest.localeCompare(b.during!.earliest));
		let run: EventMention[] = [];
		const close = () => {
			const [first, last] = [run[0]!.during!, run.at(-1)!.during!];
			if (run.length > 1)
				for (const v of run) spans.set(v, { start: first, end: last.date === first.date ? null : last });
			run = [];
		};
		for (const visit of dated) {
			if (run.length > 0 && daysBetween(run.at(-1)!.during!.latest, visit.during!.earliest) > VISIT_GAP_DAYS)
				close();
			run.push(visit);
		}
		if (run.length > 0) close();
	}
	return visits.map((v) => {
		const span = spans.get(v);
		return span ? { ...v, start: span.start, end: span.end } : v;
	});
}

function visitsOfMeetings(
	meetings: readonly MeetingMention[],
	{ countryOf, isFollowedIn, livesAbroad }: Travellers,
): EventMention[] {
	return meetings.flatMap((meeting) => {
		if (meeting.place === null || meeting.date.datePrecision === 'year') return [];
		const there = countryOfPlace(meeting.place);
		if (there === null) return [];
		// A host of the place's country makes the others guests: "Xi received Lavrov in Beijing".
		const hosted = meeting.participants.some((person) => countryOf(person) === there);
		return meeting.participants
			.filter((person) => {
				const home = countryOf(person);
				return (
					home !== null &&
					home !== there &&
					!livesAbroad(person) &&
					(hosted || isFollowedIn(person, meeting.source.article))
				);
			})
			.map((person) => ({
				kind: 'visit' as const,
				name: `visit to ${meeting.place}`,
				key: '',
				ordinal: null,
				person,
				participants: [person],
				places: [meeting.place!],
				start: null,
				end: null,
				startStated: false,
				during: meeting.date,
				lengthDays: null,
				ending: false,
				implied: true,
				planned: meeting.status === 'planned',
				at: 0,
				source: meeting.source,
				sentence: meeting.sentence,
			}));
	});
}
