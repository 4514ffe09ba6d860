import type { SentenceFacts } from '../sentence-facts.ts';
import { newMention, type EventMention } from './mention.ts';
import { topicKey } from './topic-key.ts';

// "the 12th International Meeting of High Representatives for Security Issues", "this week’s BRICS summit".
const CONFERENCE =
	/\b(?:the\s+|this\s+(?:week|year|month)[’']s\s+|next\s+(?:week|year|month)[’']s\s+)?(?:(\d+)(?:st|nd|rd|th)\s+)?((?:[A-Z][\w-]*\s+){0,5})([Mm]eeting|[Cc]onference|[Ss]ummit|[Ff]orum|[Dd]ialogue)(?:\s+(?:of|on|for)\s+((?:the\s+)?(?:[\w’'-]+\s+){0,8}?(?:[\w’'-]+)))?(?=\s+in\s+[A-Z]|\s+(?:which|that|where|to|and\s+the)\b|[,.;]|\s+[–—]|$)/g;
/** Words without one of which CONFERENCE cannot match: most sentences are passed over at once. */
const CONFERENCE_WORDS = /[Mm]eeting|[Cc]onference|[Ss]ummit|[Ff]orum|[Dd]ialogue/;
/** Someone who only reports on a conference ("Lavrov confirmed …") does not take part in it. */
const REPORTER =
	/^\s+(?:\w+\s+)?(?:said|says|confirmed|confirms|announced|told|reported|added|noted|denied)\b/;

/**
 * The named conferences, summits and forums a sentence reports (a "meeting" without a name is
 * none), with their ordinal, topic key, the people taking part and the place "in …" right after.
 *
 * @example findConferences(line) // "Chen attended the 12th International Meeting … in Moscow."
 * // → [{ kind: 'conference', ordinal: 12, places: ['Moscow'], … }]
 */
export function findConferences(line: SentenceFacts): EventMention[] {
	const text = line.sentence.text;
	if (!CONFERENCE_WORDS.test(text)) return [];
	const found: EventMention[] = [];
	for (const match of text.matchAll(CONFERENCE)) {
		const [, ordinal, rawCapitals = '', noun = '', complement = ''] = match;
		const capitals = rawCapitals.replace(/^(?:The|A|An|This|That|During|At|In)\s+/, '');
		const named =
			capitals.trim() !== '' ||
			ordinal !== undefined ||
			/\b(?:security|international|senior|high)\b/i.test(complement);
		if (!named || (capitals.trim() === '' && complement === '' && ordinal === undefined)) continue;
		const afterNoun = match[0].slice(match[0].indexOf(noun) + noun.length).trim();
		const name = [
			ordinal ? `${ordinal}${ordinalSuffix(Number(ordinal))}` : '',
			capitals.trim(),
			noun,
			complement && /^(?:of|on|for)\b/.test(afterNoun) ? afterNoun : '',
		]
			.filter(Boolean)
			.join(' ')
			.replace(/\s+/g, ' ');
		// Who takes part: the people the sentence names, but not one who only reports it.
		const participants = line.people
			.filter((p) => !REPORTER.test(text.slice(p.mention.end, p.mention.end + 40)))
			.map((p) => p.person)
			.concat(line.pronoun && /\b(?:he|she)\b/i.test(text) ? [line.pronoun] : []);
		const places = line.places
			.filter(
				(p) =>
					p.preposition === 'in' && p.start > match.index && p.start - (match.index + match[0].length) <= 5,
			)
			.map((p) => p.name);
		found.push(
			newMention(line, 'conference', name, match.index, {
				ordinal: ordinal ? Number(ordinal) : null,
				key: topicKey(name),
				participants,
				places,
			}),
		);
	}
	return found;
}

/** "st", "nd", "rd" or "th" for an ordinal: 1st, 12th, 22nd. */
function ordinalSuffix(n: number): string {
	if (n % 100 >= 11 && n % 100 <= 13) return 'th';
	return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}
