import type { SentenceFacts } from '../sentence-facts.ts';
import { numberValue, WORD_NUMBER } from '../toolkit/number-words.ts';
import { newMention, type EventMention } from './mention.ts';

// "a nine-day official trip", "his visit", "the twenty-one-day tour"; or a verb of travel: "visited", "flew to".
const TRIP =
	/\b(?:(?:an?|the|his|her|their)\s+)?(?:(?:official|state|working|first|(?:\w+-)?\w+-(?:day|week)|anticipated|expected)\s+)*(?:(?<![’'])\b\w+\s+)?(trip|visit|tour|journey)\b|\b(will visit|would visit|to visit|visited|visits|is visiting|was visiting|is touring|toured|landed in|arrived in|travelled to|traveled to|flew to)\b/gi;
/** Words without one of which TRIP cannot match: most sentences are passed over at once. */
const TRIP_WORDS = /trip|visit|tour|journey|landed in|arrived in|travelled to|traveled to|flew to/i;
/** Verbs whose object is the place travelled to: "visited Moscow", "flew to Beijing". */
const TRAVEL_VERB =
	/^(?:visited|visits|landed in|arrived in|travelled to|traveled to|flew to|will visit|would visit|to visit|is touring|toured)$/i;
/** "as he wrapped up a trip", "ending a visit": the trip ends as the report is written. */
const ENDING =
	/\b(?:wrap(?:ped|s|ping)?\s+up|end(?:ed|s|ing)|conclud(?:ed|es|ing)|finish(?:ed|es|ing)|round(?:ed|s|ing)\s+off)\s+$/;
/** "for the last leg of an eight-day trip": the sentence's day is at the trip's end. */
const LAST_LEG = /\b(?:last|final|closing)\s+(?:leg|stop|stage)\s+of\s+$/i;
/** "a nine-day trip", "a two-week tour", "a twenty-one-day visit". */
const LENGTH = new RegExp(`\\b(\\d+|${WORD_NUMBER})-(day|week)\\b`, 'i');
/** How far after a trip's name its places may be named ("a trip that began in Hungary, followed by Russia"). */
const PLACE_REACH = 80;

/**
 * The trips and visits a sentence reports, each with its traveller (a trip nobody takes is none),
 * its length, its places, and whether it is ending as the report is written.
 *
 * @example findTrips(line) // "Chen began a nine-day trip to Russia on Saturday."
 * // → [{ kind: 'trip', person: 'chen-wenqing', lengthDays: 9, places: ['Russia'], … }]
 */
export function findTrips(line: SentenceFacts): EventMention[] {
	const text = line.sentence.text;
	if (!TRIP_WORDS.test(text)) return [];
	const triggers = [...text.matchAll(TRIP)];
	const found: EventMention[] = [];
	for (const match of triggers) {
		const at = match.index;
		const end = at + match[0].length;
		const person = traveller(line, at, end);
		if (person === null) continue;
		const noun = match[1] ?? match[2] ?? '';
		const trip = /trip|tour|journey/i.test(noun) || /touring|toured/.test(match[2] ?? '');
		const next = triggers.map((m) => m.index).find((index) => index > at) ?? text.length;
		const places = line.places
			.filter(
				(p) =>
					!p.possessive &&
					p.start >= at &&
					p.start < Math.min(next, end + PLACE_REACH) &&
					p.preposition !== null &&
					/^(?:to|into|in|visit|visited|visits|by|touring|toured)$/.test(p.preposition),
			)
			.map((p) => p.name);
		// "visited Moscow": the place right after the verb comes first.
		const direct = TRAVEL_VERB.test(match[2] ?? '')
			? line.places.find((p) => p.start >= end - 1 && p.start <= end + 2)
			: undefined;
		if (direct && !places.includes(direct.name)) places.unshift(direct.name);
		found.push(
			newMention(line, trip ? 'trip' : 'visit', match[0].trim(), at, {
				person,
				participants: [person],
				lengthDays: lengthInDays(match[0]),
				ending: ENDING.test(text.slice(0, at)),
				lastLeg: LAST_LEG.test(text.slice(0, at)),
				places,
			}),
		);
	}
	return found;
}

/** A trip's length in days from the words that name it ("a two-week tour" → 14), or null. */
function lengthInDays(name: string): number | null {
	const length = LENGTH.exec(name);
	const n = length ? numberValue(length[1]!) : null;
	return n === null ? null : length![2]!.toLowerCase() === 'week' ? n * 7 : n;
}

/** A reporting verb: what follows is what someone said. */
const REPORTED = /\b(?:said|says|told|added|noted|stressed|announced|confirmed)\b/;

/** The person a trip or visit belongs to: "Chen’s trip", "visit … by Putin", "Chen began a trip", "he wrapped up". */
function traveller(line: SentenceFacts, at: number, end: number): string | null {
	const text = line.sentence.text;
	const by = line.people.find((p) => {
		const from = p.mention.titleText
			? text.lastIndexOf(p.mention.titleText, p.mention.start)
			: p.mention.start;
		return from >= end && /^\s+by\s+$/.test(text.slice(end, from));
	});
	if (by) return by.person;
	const before = line.people.filter((p) => p.mention.end <= at).at(-1);
	// "Ushakov had said that the memorandum would be signed during the visit": the visit a speaker
	// speaks of is someone else's, told of before.
	if (before && /^the\b/i.test(text.slice(at, end)) && REPORTED.test(text.slice(before.mention.end, at)))
		return null;
	const pronounNear =
		line.pronoun !== null && /\b(?:he|she|his|her)\b[^,;]*$/i.test(text.slice(Math.max(0, at - 40), end));
	if (pronounNear && (!before || before.mention.end < at - 40)) return line.pronoun;
	return before?.person ?? (pronounNear ? line.pronoun : null);
}
