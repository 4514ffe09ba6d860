import type { Meeting } from '../../../../src/schemas/meeting.ts';
import type { FuzzyDate, Source } from '../../../../src/schemas/source.ts';
import { tenseIn } from '../dates.ts';
import type { SentenceFacts } from '../sentence-facts.ts';
import type { Sentence } from '../sentences.ts';
import { isFuture } from '../toolkit/modality.ts';
import { meetingDate, outsideRelativeClauses } from './meeting-date.ts';
import { nearestPlace } from './meeting-place.ts';
import { pairGroups, participantGroups } from './participant-groups.ts';

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
		if (groups.length === 0) groups.push(...pairGroups(lines, i));
		for (const { participants, at } of groups) {
			const { sentence } = line;
			const dates = line.dates;
			const around = sentence.text.slice(Math.max(0, at - PLANNED_BEFORE), at + PLANNED_AFTER);
			// Near the meeting's words, or the tense of the clause that holds them ("Xi would spend 36
			// hours in Russia and fit in 20 engagements, among them a meeting with Medvedev").
			const future =
				isFuture(around) || TO_MEET.test(around) || tenseIn(line.tense, sentence.text, at) === 'future';
			const { date, basis } = meetingDate(
				outsideRelativeClauses(dates, sentence.text, at),
				at,
				lines,
				i,
				future,
			);
			const status = future || date.earliest > sentence.published ? 'planned' : 'held';
			mentions.push({
				participants,
				status,
				date,
				dateBasis: basis,
				place: nearestPlace(line.places, sentence.text, at),
				source: { article: sentence.article, paragraph: sentence.paragraph, quote: sentence.text },
				sentence,
			});
		}
	});
	return mentions;
}
