import type { Meeting } from '../../../../src/schemas/meeting.ts';
import type { FuzzyDate, Source } from '../../../../src/schemas/source.ts';
import type { DateMention } from '../dates.ts';
import type { PlaceMention } from '../places.ts';
import type { SentenceFacts } from '../sentence-facts.ts';
import type { Sentence } from '../sentences.ts';
import { contextDate } from '../toolkit/context-date.ts';
import { fuzzyOf, reportWeek, restOfYear } from '../toolkit/fuzzy-dates.ts';
import { isFuture } from '../toolkit/modality.ts';

/** One sentence's report of a meeting. */
export interface MeetingMention {
	/** The participants' ids, sorted. */
	participants: string[];
	status: 'held' | 'planned';
	date: FuzzyDate;
	dateBasis: Meeting['dateBasis'];
	place: string | null;
	source: Source;
	sentence: Sentence;
}

const MEET_VERB =
	/\b(?:met|meets|meet|meeting with|held talks with|holds talks with|hold talks with|talked with|talks with|spoke with|hosted|received)\b/g;
const MEETING_NOUN = /\b(?:[Dd]uring|[Ii]n|[Aa]t|[Aa]fter)\s+(?:a|the|their|his|her)?\s*(?:meeting|talks)\b/;
const JOINT_VERB =
	/^\s+(?:both\s+)?(?:pledged|agreed|discussed|signed|exchanged|held talks|hold talks|will meet|would meet|met|are to meet|are expected to meet|are due to meet|to meet|meet)\b/;
const GAP = /^\s*(?:with\s+)?(?:,\s*)?(?:and\s+)?(?:(?:his|her|their)\s+)?$/;
/** How far before and after the words of a meeting a future marker makes it planned. */
const PLANNED_BEFORE = 40;
const PLANNED_AFTER = 30;
/**
 * Besides the future markers, a meeting still "to meet" is planned ("agreed to meet", "A and B to
 * meet"); not a marker of tense, as "flew to Moscow to meet B" dates nothing in the future.
 */
const TO_MEET = /\bto meet\b/;

/**
 * Finds the meetings a sentence reports: "A met B (and C)", "during a meeting/talks …, A told
 * B …", "A and B pledged/agreed/would meet …". Participants are resolved people ("he" included);
 * a meeting spoken of in the future is planned. Its date is the sentence's own, else the nearest
 * in the two sentences before, else the week of the report; its place is the "in …" nearest to it.
 */
export function findMeetings(lines: readonly SentenceFacts[]): MeetingMention[] {
	const mentions: MeetingMention[] = [];
	lines.forEach((line, i) => {
		const groups = participantGroups(line);
		for (const { participants, at } of groups) {
			const { sentence } = line;
			const dates = line.dates;
			const around = sentence.text.slice(Math.max(0, at - PLANNED_BEFORE), at + PLANNED_AFTER);
			const future = isFuture(around) || TO_MEET.test(around);
			const { date, basis } = meetingDate(dates, at, lines, i, future);
			const status = future || date.earliest > sentence.published ? 'planned' : 'held';
			mentions.push({
				participants,
				status,
				date,
				dateBasis: basis,
				place: nearestPlace(line.places, at),
				source: { article: sentence.article, paragraph: sentence.paragraph, quote: sentence.text },
				sentence,
			});
		}
	});
	return mentions;
}

/** The groups of people a sentence says met, each with where in the sentence it says so. */
function participantGroups({
	sentence,
	people,
	pronoun,
}: SentenceFacts): { participants: string[]; at: number }[] {
	const text = sentence.text;
	const groups: { participants: string[]; at: number }[] = [];
	const named = people.map((p) => ({
		...p,
		from: p.mention.titleText ? text.lastIndexOf(p.mention.titleText, p.mention.start) : p.mention.start,
	}));

	for (const verb of text.matchAll(MEET_VERB)) {
		const at = verb.index;
		const before = named.filter((p) => p.mention.end <= at);
		const pronounBefore = pronoun !== null && /\b(?:he|she)\b/i.test(text.slice(0, at));
		const subject = before.at(-1)?.person ?? (pronounBefore ? pronoun : null);
		const objects: string[] = [];
		let cursor = at + verb[0].length;
		for (const p of named.filter((n) => n.mention.start > at)) {
			if (!GAP.test(text.slice(cursor, p.from))) break;
			objects.push(p.person);
			cursor = p.mention.end;
		}
		addGroup(groups, subject, objects, at);
	}
	const noun = MEETING_NOUN.exec(text);
	if (noun && groups.length === 0) {
		const distinct = [...new Set(named.map((p) => p.person))];
		if (distinct.length === 1 && pronoun !== null && pronoun !== distinct[0]) distinct.push(pronoun);
		if (distinct.length >= 2) addGroup(groups, distinct[0]!, distinct.slice(1, 2), noun.index);
	}
	for (let k = 0; k + 1 < named.length && groups.length === 0; k++) {
		const [a, b] = [named[k]!, named[k + 1]!];
		if (/^\s+and\s+$/.test(text.slice(a.mention.end, b.from)) && JOINT_VERB.test(text.slice(b.mention.end))) {
			addGroup(groups, a.person, [b.person], b.mention.end);
		}
	}
	return groups;
}

/**
 * "A met B and C" is read as A's meeting with B and A's meeting with C: reports name the
 * subject's counterparts one by one, and another report may give each meeting on its own.
 */
function addGroup(
	groups: { participants: string[]; at: number }[],
	subject: string | null,
	objects: string[],
	at: number,
) {
	if (subject === null) return;
	for (const object of new Set(objects)) {
		if (object !== subject) groups.push({ participants: [subject, object].sort(), at });
	}
}

/**
 * The date of a meeting named at `at` in sentence `i` of `lines`, and where it comes from: the
 * sentence's date nearest to it, else one from its context (for a held meeting, not after the
 * report), else the report's week (held) or the rest of its year (`future`: planned).
 */
function meetingDate(
	dates: readonly DateMention[],
	at: number,
	lines: readonly SentenceFacts[],
	i: number,
	future: boolean,
): { date: FuzzyDate; basis: Meeting['dateBasis'] } {
	const own = [...dates].sort((a, b) => distance(a, at) - distance(b, at))[0];
	if (own) return { date: fuzzyOf(own), basis: 'stated' };
	const sentence = lines[i]!.sentence;
	// A meeting that was held is not dated by a later day the sentences before name.
	const context = contextDate(lines, i, (d) => future || d.earliest <= sentence.published);
	if (context) return { date: fuzzyOf(context), basis: 'context' };
	return {
		date: future ? restOfYear(sentence.published) : reportWeek(sentence.published),
		basis: 'publication',
	};
}

/** How far a date is from offset `at`; one before it counts twice, so one after it is preferred. */
const distance = (d: DateMention, at: number) => (d.start >= at ? d.start - at : (at - d.end) * 2);

/** The place named "in", "at" or "to" nearest to offset `at`, or null. */
function nearestPlace(places: readonly PlaceMention[], at: number): string | null {
	const named = places.filter(
		(p) => !p.possessive && p.preposition !== null && /^(?:in|at|to|visited)$/.test(p.preposition),
	);
	return named.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0]?.name ?? null;
}
