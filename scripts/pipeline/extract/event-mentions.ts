import type { FuzzyDate, Source } from '../../../src/schemas/source.ts';
import type { DateMention } from './dates.ts';
import type { SentenceFacts } from './sentence-facts.ts';
import type { Sentence } from './sentences.ts';
import { contextDate } from './toolkit/context-date.ts';
import { isFuture } from './toolkit/modality.ts';
import { numberValue, WORD_NUMBER } from './toolkit/number-words.ts';

export type EventKind = 'trip' | 'visit' | 'conference' | 'attack' | 'appointment' | 'other';

/** One sentence's report of an event, before reports of one event are merged. */
export interface EventMention {
	kind: EventKind;
	/** The words that name the event in the sentence ("a nine-day trip", "12th International Meeting …"). */
	name: string;
	/** Words that identify the event across articles (for conferences, founding, attacks). */
	key: string;
	/** Ordinal in the event's name ("12th" → 12), or null. */
	ordinal: number | null;
	/** The person travelling (trips and visits), or null. */
	person: string | null;
	/** People the sentence places at the event. */
	participants: string[];
	places: string[];
	start: FuzzyDate | null;
	end: FuzzyDate | null;
	/** True when the start is a day the sentence states ("on Saturday"), not one worked out. */
	startStated: boolean;
	/** A day within the event, when the text dates it only by its context, or null. */
	during: FuzzyDate | null;
	/** A trip's length in days ("a nine-day trip"), or null. */
	lengthDays: number | null;
	/** True when the trip is ending as the report is written ("as he wrapped up a trip"). */
	ending: boolean;
	planned: boolean;
	at: number;
	source: Source;
	sentence: Sentence;
}

const TRIP =
	/\b(?:(?:an?|the|his|her|their)\s+)?(?:(?:official|state|working|first|(?:\w+-)?\w+-(?:day|week)|anticipated|expected)\s+)*(?:\b\w+\s+)?(trip|visit|tour|journey)\b|\b(will visit|would visit|to visit|visited|visits|is visiting|was visiting|is touring|toured|landed in|arrived in|travelled to|traveled to|flew to)\b/gi;
const CONFERENCE =
	/\b(?:the\s+|this\s+(?:week|year|month)[’']s\s+|next\s+(?:week|year|month)[’']s\s+)?(?:(\d+)(?:st|nd|rd|th)\s+)?((?:[A-Z][\w-]*\s+){0,5})([Mm]eeting|[Cc]onference|[Ss]ummit|[Ff]orum|[Dd]ialogue)(?:\s+(?:of|on|for)\s+((?:the\s+)?(?:[\w’'-]+\s+){0,8}?(?:[\w’'-]+)))?(?=\s+in\s+[A-Z]|\s+(?:which|that|where|to|and\s+the)\b|[,.;]|\s+[–—]|$)/g;
/** Words without one of which neither TRIP nor CONFERENCE can match: most sentences are passed over at once. */
const TRIP_WORDS = /trip|visit|tour|journey|landed in|arrived in|travelled to|traveled to|flew to/i;
const CONFERENCE_WORDS = /[Mm]eeting|[Cc]onference|[Ss]ummit|[Ff]orum|[Dd]ialogue/;
/** Likewise for ATTACK, FOUNDED and OTHER. */
const ATTACK_WORDS = /attack|bombing|shooting|explosion|blast|massacre|killed/;
const FOUNDED_WORDS = /established|set up|founded|created|launched|formed/i;
const OTHER_WORDS = /election|inauguration|invasion of|coup|referendum/;
const ATTACK =
	/\b(attack|bombing|shooting|explosion|blast|massacre)\s+(?:on|at|in)\s+((?:a|an|the)\s+(?!attack\b)[^,.;–—]+?)(?=[,.;–—]|\s+(?:and|that|which|in\s+which|last|this|on|in\s+\d)\b|$)|\bkilled\s+(?:at|in)\s+((?:a|an|the)\s+(?!attack\b)[^,.;–—]+?)(?=\s+in\s+\p{Lu}[\p{L}’']*\s|[,.;–—]|$)/gu;
const FOUNDED =
	/\bthe\s+((?:[\w-]+\s+){0,8}?(?:mechanism|organisation|organization|alliance|partnership|bloc|group|forum|council|commission|committee|agreement|treaty|initiative|fund|bank|dialogue))[,]?\s+(?:which\s+was\s+|that\s+was\s+|was\s+)?(established|set up|founded|created|launched|formed)\s+in\s+(\d{4})/gi;
const OTHER =
	/\b((?:landslide\s+)?re-election|election|inauguration|invasion of \p{Lu}\p{L}+|coup|referendum)\b/gu;
const REPORTING =
	/\b(?:said|says|announced|reported|confirmed|stated|added)(?:\s+by\s+(?:\S+\s+){1,6}?|\s+)(?:on|in|last|this|earlier)?\s*$/;
const ENDING =
	/\b(?:wrap(?:ped|s|ping)?\s+up|end(?:ed|s|ing)|conclud(?:ed|es|ing)|finish(?:ed|es|ing)|round(?:ed|s|ing)\s+off)\s+$/;
/** "a nine-day trip", "a two-week tour", "a twenty-one-day visit". */
const LENGTH = new RegExp(`\\b(\\d+|${WORD_NUMBER})-(day|week)\\b`, 'i');
const REPORTER =
	/^\s+(?:\w+\s+)?(?:said|says|confirmed|confirms|announced|told|reported|added|noted|denied)\b/;

/** The target of each attack a sentence names, in order: "a concert hall near Moscow". */
export function attackTargets(text: string): string[] {
	if (!ATTACK_WORDS.test(text)) return [];
	return [...text.matchAll(ATTACK)].map((match) => (match[2] ?? match[3] ?? '').trim());
}

/** Every event the sentences report: trips and visits, conferences, attacks, foundings and others. */
export function findEventMentions(lines: readonly SentenceFacts[]): EventMention[] {
	const mentions: EventMention[] = [];
	lines.forEach((line, i) => {
		const { sentence } = line;
		const text = sentence.text;
		const found = [
			...tripMentions(line),
			...conferenceMentions(line),
			...attackMentions(line),
			...foundingMentions(line),
			...otherMentions(line),
		];
		if (found.length === 0) return;
		// Each date belongs to the nearest event named before it (else the nearest after it);
		// a date of reporting ("said on Friday") belongs to none.
		const dates = line.dates.filter((d) => !REPORTING.test(text.slice(0, d.start)));
		const owned = new Map<EventMention, DateMention[]>();
		for (const date of dates) {
			const before = found.filter((m) => m.at <= date.start).sort((a, b) => b.at - a.at)[0];
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
		for (const mention of found) {
			const own = owned.get(mention) ?? [];
			const date = own[0];
			if (date) {
				mention.start = pick(date);
				mention.end = date.until ? pick(date.until) : null;
				mention.startStated = date.datePrecision === 'day';
			} else if (mention.kind === 'trip' || mention.kind === 'visit' || mention.kind === 'conference') {
				// "Chen’s trip to Moscow coincided with Mishustin’s visit … this week": one date for both.
				if (/\bcoincid/.test(text) && dates[0]) mention.during = pick(dates[0]);
				// "During his visit, he met …": a day of the visit is the date of the sentences before.
				else if (dates.length === 0) {
					const context = contextDate(lines, i);
					mention.during = context ? pick(context) : null;
				}
			}
			if (mention.start && mention.start.earliest > sentence.published) mention.planned = true;
		}
		// "this year’s SCO meeting in Kazakhstan and the BRICS summit in Russia": one date for both.
		found.forEach((mention, k) => {
			const previous = found[k - 1];
			if (
				mention.kind !== 'conference' ||
				mention.start ||
				previous?.kind !== 'conference' ||
				!previous.start
			)
				return;
			if (
				!/^(?:\s+in\s+\S+)?\s+and\s+(?:the\s+)?$/.test(
					text
						.slice(previous.at + previous.name.length, mention.at)
						.replace(/^.*?(?=\s+(?:in\s+\S+\s+)?and\s)/, ''),
				)
			)
				return;
			mention.start = previous.start;
			mention.planned = previous.planned;
		});
		// An election or an invasion is an event here only when the sentence dates it.
		mentions.push(...found.filter((m) => !m.key.startsWith('other:') || m.start !== null));
	});
	return mentions;
}

function pick({ date, datePrecision, earliest, latest }: FuzzyDate): FuzzyDate {
	return { date, datePrecision, earliest, latest };
}

function base(line: SentenceFacts, kind: EventKind, name: string, at: number): EventMention {
	const { sentence } = line;
	const clause = sentence.text.slice(Math.max(0, at - 50), at);
	return {
		kind,
		name,
		key: '',
		ordinal: null,
		person: null,
		participants: [],
		places: [],
		start: null,
		end: null,
		during: null,
		startStated: false,
		lengthDays: null,
		ending: false,
		planned: isFuture(clause),
		at,
		source: { article: sentence.article, paragraph: sentence.paragraph, quote: sentence.text },
		sentence,
	};
}

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
	const pronounNear =
		line.pronoun !== null && /\b(?:he|she|his|her)\b[^,;]*$/i.test(text.slice(Math.max(0, at - 40), end));
	if (pronounNear && (!before || before.mention.end < at - 40)) return line.pronoun;
	return before?.person ?? (pronounNear ? line.pronoun : null);
}

function tripMentions(line: SentenceFacts): EventMention[] {
	const text = line.sentence.text;
	if (!TRIP_WORDS.test(text)) return [];
	const places = line.places;
	const result: EventMention[] = [];
	for (const match of text.matchAll(TRIP)) {
		const at = match.index;
		const end = at + match[0].length;
		const person = traveller(line, at, end);
		if (person === null) continue;
		const mention = base(
			line,
			/trip|tour|journey/i.test(match[1] ?? match[2] ?? '') || /touring|toured/.test(match[2] ?? '')
				? 'trip'
				: 'visit',
			match[0].trim(),
			at,
		);
		mention.person = person;
		mention.participants = [person];
		const length = LENGTH.exec(match[0]);
		const n = length ? numberValue(length[1]!) : null;
		if (n !== null) mention.lengthDays = length![2]!.toLowerCase() === 'week' ? n * 7 : n;
		mention.ending = ENDING.test(text.slice(0, at));
		const nextTrigger =
			[...text.matchAll(TRIP)].map((m) => m.index).find((index) => index > at) ?? text.length;
		mention.places = places
			.filter(
				(p) =>
					!p.possessive &&
					p.start >= at &&
					p.start < Math.min(nextTrigger, end + 80) &&
					p.preposition !== null &&
					/^(?:to|in|visit|visited|visits|by|touring|toured)$/.test(p.preposition),
			)
			.map((p) => p.name);
		if (
			/^(?:visited|visits|landed in|arrived in|travelled to|traveled to|flew to|will visit|would visit|to visit|is touring|toured)$/i.test(
				match[2] ?? '',
			)
		) {
			const direct = places.find((p) => p.start >= end - 1 && p.start <= end + 2);
			if (direct && !mention.places.includes(direct.name)) mention.places.unshift(direct.name);
		}
		result.push(mention);
	}
	return result;
}

function conferenceMentions(line: SentenceFacts): EventMention[] {
	const text = line.sentence.text;
	if (!CONFERENCE_WORDS.test(text)) return [];
	const result: EventMention[] = [];
	for (const match of text.matchAll(CONFERENCE)) {
		const [, ordinal, rawCapitals = '', noun = '', complement = ''] = match;
		const capitals = rawCapitals.replace(/^(?:The|A|An|This|That|During|At|In)\s+/, '');
		const named =
			capitals.trim() !== '' ||
			ordinal !== undefined ||
			/\b(?:security|international|senior|high)\b/i.test(complement);
		if (!named || (capitals.trim() === '' && complement === '' && ordinal === undefined)) continue;
		const name = [
			ordinal ? `${ordinal}${ordinalSuffix(Number(ordinal))}` : '',
			capitals.trim(),
			noun,
			complement
				? /^(?:of|on|for)\b/.test(match[0].slice(match[0].indexOf(noun) + noun.length).trim())
					? `${match[0].slice(match[0].indexOf(noun) + noun.length).trim()}`
					: ''
				: '',
		]
			.filter(Boolean)
			.join(' ')
			.replace(/\s+/g, ' ');
		const mention = base(line, 'conference', name, match.index);
		mention.ordinal = ordinal ? Number(ordinal) : null;
		mention.key = topicKey(name);
		// Who takes part: the people the sentence names, but not one who only reports it ("Lavrov confirmed …").
		mention.participants = line.people
			.filter((p) => !REPORTER.test(text.slice(p.mention.end, p.mention.end + 40)))
			.map((p) => p.person)
			.concat(line.pronoun && /\b(?:he|she)\b/i.test(text) ? [line.pronoun] : []);
		mention.places = line.places
			.filter(
				(p) =>
					p.preposition === 'in' && p.start > match.index && p.start - (match.index + match[0].length) <= 5,
			)
			.map((p) => p.name);
		result.push(mention);
	}
	return result;
}

function attackMentions(line: SentenceFacts): EventMention[] {
	const text = line.sentence.text;
	if (!ATTACK_WORDS.test(text)) return [];
	const result: EventMention[] = [];
	[...text.matchAll(ATTACK)].forEach((match, k) => {
		const target = (match[2] ?? match[3] ?? '').trim();
		const mention = base(line, 'attack', `Attack on ${target}`, match.index);
		mention.key = topicKey(target);
		mention.places = (line.targetPlaces[k] ?? []).map((p) => p.name);
		result.push(mention);
	});
	// "the attack" referring back: only a source for an attack named nearby, kept by key "".
	return result.filter((m) => m.key !== '' && m.key !== 'attack');
}

function foundingMentions(line: SentenceFacts): EventMention[] {
	if (!FOUNDED_WORDS.test(line.sentence.text)) return [];
	const result: EventMention[] = [];
	for (const match of line.sentence.text.matchAll(FOUNDED)) {
		const thing = match[1]!.replace(/^(?:the|a|an)\s+/i, '').trim();
		const mention = base(line, 'other', `Founding of the ${thing}`, match.index);
		mention.key = `founding:${topicKey(thing)}`;
		result.push(mention);
	}
	return result;
}

function otherMentions(line: SentenceFacts): EventMention[] {
	const text = line.sentence.text;
	if (!OTHER_WORDS.test(text)) return [];
	const result: EventMention[] = [];
	for (const match of text.matchAll(OTHER)) {
		const what = match[1]!;
		// Whose election or invasion: a possessor right before ("Russia’s invasion"), or for an
		// election or inauguration, the person who is the clause's subject ("Putin … won a re-election").
		const possessor = /(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*[’']s)\s+(?:\w+\s+)?$/u.exec(
			text.slice(Math.max(0, match.index - 40), match.index),
		)?.[1];
		const personal = /election|inauguration/.test(what);
		const owner = personal
			? (line.people.filter((p) => p.mention.end <= match.index).at(-1)?.person ??
				(/\b(?:his|her)\s+$/.test(text.slice(0, match.index)) ? line.pronoun : null))
			: null;
		const mention = base(line, 'other', possessor && !personal ? `${possessor} ${what}` : what, match.index);
		mention.person = owner;
		mention.participants = owner ? [owner] : [];
		mention.key = `other:${topicKey(mention.name)}:${owner ?? ''}`;
		result.push(mention);
	}
	return result;
}

function ordinalSuffix(n: number): string {
	if (n % 100 >= 11 && n % 100 <= 13) return 'th';
	return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

const GENERIC = new Set([
	'the',
	'a',
	'an',
	'of',
	'on',
	'for',
	'in',
	'and',
	'sino',
	'chinese',
	'china',
	'russian',
	'russia',
	'international',
	'meeting',
	'meetings',
	'conference',
	'summit',
	'forum',
	'issues',
	'issue',
	'near',
]);

/** Topic words of a name, sorted, crude plurals folded: what two outlets' names of one thing share. */
export function topicKey(name: string): string {
	const words = name
		.toLowerCase()
		.replace(/[’']s\b/g, '')
		.split(/[^a-z0-9]+/)
		.filter((w) => w.length > 1 && !GENERIC.has(w))
		.map((w) => (w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w));
	return [...new Set(words)].sort().join(' ');
}
