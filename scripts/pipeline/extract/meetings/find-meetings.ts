import type { Meeting } from '../../../../src/schemas/meeting.ts';
import type { FuzzyDate, Source } from '../../../../src/schemas/source.ts';
import { tenseIn } from '../dates.ts';
import type { SentenceFacts } from '../sentence-facts.ts';
import type { Sentence } from '../sentences.ts';
import { datelineDay, datelinePlace } from '../dateline.ts';
import { addDays } from '../toolkit/calendar.ts';
import { isFuture } from '../toolkit/modality.ts';
import { meetingDate, outsideRelativeClauses } from './meeting-date.ts';
import { datesReporting } from '../toolkit/reporting.ts';
import { contextPlace, followingPlace, nearestPlace, placeThere, storyPlace } from './meeting-place.ts';
import { countryOf } from '../countries.ts';
import { ALSO_JOINED } from './meeting-phrases.ts';
import {
	anotherDayGroups,
	earlierMeetingGroups,
	gatheringOf,
	pairGroups,
	participantGroups,
	type ParticipantGroup,
} from './participant-groups.ts';

/** One sentence's report of a meeting. */
export interface MeetingMention {
	/** The participants' ids, sorted. */
	participants: string[];
	status: 'held' | 'planned';
	date: FuzzyDate;
	dateBasis: Meeting['dateBasis'];
	place: string | null;
	/**
	 * Where the place comes from: the sentence itself, the sentences around it (see `contextPlace`),
	 * the dateline, or where the story is set (see `storyPlace`).
	 */
	placeBasis: 'stated' | 'context' | 'dateline' | 'story' | null;
	source: Source;
	sentence: Sentence;
}

/** How many sentences back "they", "the two" or "also took part in the talks" may reach for their meeting. */
const REACH = 3;
/** How many sentences back "on the same day" may reach for the meeting whose day it means. */
const SAME_DAY_REACH = 6;
/** How far before and after the words of a meeting a future marker makes it planned. */
const PLANNED_BEFORE = 40;
const PLANNED_AFTER = 30;
/**
 * Besides the future markers, a meeting still "to meet" is planned ("agreed to meet", "A and B to
 * meet"), and so is one that "could meet"; not markers of tense, as "flew to Moscow to meet B"
 * dates nothing in the future.
 */
const TO_MEET = /\bto meet\b|\b(?:could|may|might)\s+(?:\w+ly\s+)?(?:meet|hold talks|sit down)\b/;

/**
 * Finds the meetings a sentence reports: "A met B (and C)", "during a meeting/talks …, A told
 * B …", "A and B pledged/agreed/would meet …". Participants are resolved people ("he" included);
 * a meeting spoken of in the future is planned. Its date is the sentence's own, else the nearest
 * in the two sentences before, else the week of the report; its place is the "in …" nearest to it.
 */
export function findMeetings(lines: readonly SentenceFacts[]): MeetingMention[] {
	const mentions: MeetingMention[] = [];
	/** One person's report of a meeting of several, until a sentence after says who else was there. */
	let gathering: MeetingMention | undefined;
	/** The meeting reported last in the few sentences before line `i`, of the same article. */
	const lastBefore = (i: number) => {
		const { sentence } = lines[i]!;
		const near = (m: MeetingMention | undefined) =>
			m && m.sentence.article === sentence.article && sentence.index - m.sentence.index <= REACH
				? m
				: undefined;
		const [meeting, pending] = [near(mentions.at(-1)), near(gathering)];
		return pending && (!meeting || pending.sentence.index > meeting.sentence.index) ? pending : meeting;
	};
	lines.forEach((line, i) => {
		const last = lastBefore(i);
		const said = participantGroups(line);
		const groups = [...said, ...anotherDayGroups(line, said), ...earlierMeetingGroups(lines, i)];
		// "The two met …" on its own, or in a clause after the meetings the sentence names ("He held
		// a video call with B in April, and the two men met in May").
		const pair = pairGroups(
			lines,
			i,
			last && line.sentence.index - last.sentence.index <= 1 ? last.participants : null,
		);
		if (pair.every(({ at }) => groups.every((g) => g.at < at))) groups.push(...pair);
		const joined = groups.length === 0 && last ? joinedMeeting(line, last) : null;
		if (joined) {
			// The meeting before, now with everyone in it, and this sentence's report of it.
			if (last === gathering) {
				mentions.push(...joined);
				gathering = undefined;
			} else {
				mentions[mentions.length - 1] = joined[0];
				mentions.push(joined[1]);
			}
		}
		const alone = groups.length === 0 && !joined ? gatheringOf(line) : null;
		// The meeting "the same day" may be said of: the last reported in the article not long before.
		const previous = mentions.findLast(
			(m) =>
				m.sentence.article === line.sentence.article &&
				line.sentence.index - m.sentence.index <= SAME_DAY_REACH,
		);
		if (alone)
			gathering = meetingMention(
				lines,
				i,
				{ participants: [alone.person], at: alone.at },
				previous,
				mentions,
			);
		for (const group of groups) {
			const mention = meetingMention(lines, i, group, previous, mentions);
			mentions.push(pair.includes(group) ? sameOccasion(mention, mentions) : mention);
		}
	});
	return mentions;
}

/**
 * "The two leaders signed a joint statement": with no day of its own, what the two did is the
 * occasion the article last reported them meeting at, with its day and place.
 */
function sameOccasion(mention: MeetingMention, before: readonly MeetingMention[]): MeetingMention {
	if (mention.dateBasis === 'stated') return mention;
	const key = mention.participants.join('+');
	const occasion = before.findLast(
		(m) =>
			m !== mention && m.sentence.article === mention.sentence.article && m.participants.join('+') === key,
	);
	if (!occasion || occasion.status !== mention.status) return mention;
	const placed = mention.placeBasis === 'stated' ? mention : occasion;
	return {
		...mention,
		date: occasion.date,
		dateBasis: 'context',
		place: placed.place,
		placeBasis: placed === mention ? mention.placeBasis : 'context',
	};
}

/** The report of a meeting of `participants` in line `i`, its words at `at`: its status, date and place. */
function meetingMention(
	lines: readonly SentenceFacts[],
	i: number,
	{ participants, at, earlier = false }: ParticipantGroup,
	previous: MeetingMention | undefined,
	before: readonly MeetingMention[],
): MeetingMention {
	const line = lines[i]!;
	const { sentence } = line;
	const around = sentence.text.slice(Math.max(0, at - PLANNED_BEFORE), at + PLANNED_AFTER);
	// Near the meeting's words, or the tense of the clause that holds them ("Xi would spend 36
	// hours in Russia and fit in 20 engagements, among them a meeting with Medvedev"); never one
	// told of as before another ("It would be their first encounter since Putin came to Beijing").
	const future =
		!earlier &&
		(isFuture(around) || TO_MEET.test(around) || tenseIn(line.tense, sentence.text, at) === 'future');
	const { date, basis } = meetingDate(
		// Not when it was said ("officials said last week that the two would meet").
		outsideRelativeClauses(
			line.dates.filter((d) => !datesReporting(sentence.text, d)),
			sentence.text,
			at,
		),
		at,
		lines,
		i,
		future,
		previous?.date ?? null,
	);
	const { place, placeBasis } = meetingPlace(lines, i, at, date, basis, participants, before);
	return {
		participants,
		status: future || date.earliest > sentence.published ? 'planned' : 'held',
		date,
		dateBasis: basis,
		place,
		placeBasis,
		source: { article: sentence.article, paragraph: sentence.paragraph, quote: sentence.text },
		sentence,
	};
}

/**
 * Where the meeting of `participants` named at `at` in line `i` was, and where that comes from: the
 * sentence itself (a country only when the sentence after names no city for it: "… met Wang Yi.
 * The talks took place in Tunxi"); else, for a meeting of the report's own occasion, the
 * sentences just before; the place of a meeting of one of them the same day not long before
 * ("Later on Saturday, Mr Putin also met Li"); the dateline; or where the story is set.
 */
function meetingPlace(
	lines: readonly SentenceFacts[],
	i: number,
	at: number,
	date: FuzzyDate,
	dateBasis: Meeting['dateBasis'],
	participants: readonly string[],
	mentions: readonly MeetingMention[],
): Pick<MeetingMention, 'place' | 'placeBasis'> {
	const { sentence } = lines[i]!;
	const stated = nearestPlace(lines[i]!.places, sentence.text, at);
	const following = stated === null || countryOf(stated) === stated ? followingPlace(lines, i) : null;
	if (following) return { place: following, placeBasis: 'context' };
	if (stated) return { place: stated, placeBasis: 'stated' };
	const there = placeThere(lines, i);
	if (there) return { place: there, placeBasis: 'context' };
	// A sentence that dates its meeting itself tells of its own occasion, not the one before's,
	// unless that is the report's own: a day or two around it ("Earlier on Saturday, …").
	const occasion = nearReport(date, sentence.published);
	const context = dateBasis !== 'stated' || occasion ? contextPlace(lines, i, date) : null;
	if (context) return { place: context, placeBasis: 'context' };
	const sameDay =
		date.datePrecision === 'day'
			? mentions.findLast(
					(m) =>
						m.sentence.article === sentence.article &&
						sentence.index - m.sentence.index <= SAME_DAY_REACH &&
						m.place !== null &&
						m.date.earliest === date.earliest &&
						m.date.latest === date.latest &&
						m.participants.some((p) => participants.includes(p)),
				)
			: undefined;
	if (sameDay) return { place: sameDay.place, placeBasis: 'context' };
	const dateline = datelinePlaceOn(lines, i, date);
	if (dateline) return { place: dateline, placeBasis: 'dateline' };
	const story = occasion ? storyPlace(lines, i, date) : null;
	return story ?? { place: null, placeBasis: null };
}

/**
 * "Guo Shengkun also took part in the talks": the people named before those words join the
 * meeting `last` reports (the one the sentences just before report), which then has them all, as
 * this sentence and `last`'s both say: `last` with everyone in it, and this sentence's report of
 * it; or null when no one joins.
 */
function joinedMeeting(line: SentenceFacts, last: MeetingMention): [MeetingMention, MeetingMention] | null {
	const words = ALSO_JOINED.exec(line.sentence.text);
	if (!words) return null;
	const before = line.people.filter((p) => p.mention.end <= words.index).map((p) => p.person);
	const joining = before.length > 0 ? before : line.pronoun !== null ? [line.pronoun] : [];
	const participants = [...new Set([...last.participants, ...joining])].sort();
	if (participants.length === last.participants.length) return null;
	const { sentence } = line;
	const source = { article: sentence.article, paragraph: sentence.paragraph, quote: sentence.text };
	return [
		{ ...last, participants },
		{ ...last, participants, source, sentence },
	];
}

/**
 * The city of the dateline of line `i`'s story, for a meeting on `date` that names no place: when
 * the meeting may be on the dateline's day or the day before, the report tells of it from there.
 */
function datelinePlaceOn(lines: readonly SentenceFacts[], i: number, date: FuzzyDate): string | null {
	const { article, published } = lines[i]!.sentence;
	const first = lines.find((l) => l.sentence.article === article && l.sentence.index === 0)?.sentence.text;
	if (first === undefined) return null;
	const day = datelineDay({ published, paragraphs: [{ id: 'p-1', text: first }] });
	return date.earliest <= day && date.latest >= addDays(day, -1) ? datelinePlace(first) : null;
}

/** How many days either side of its publication a report's own occasion may be. */
const OCCASION_DAYS = 3;

/** Whether `date` is a day or two within `OCCASION_DAYS` of the report's publication. */
const nearReport = (date: FuzzyDate, published: string): boolean =>
	date.earliest >= addDays(published, -OCCASION_DAYS) && date.latest <= addDays(published, OCCASION_DAYS);
