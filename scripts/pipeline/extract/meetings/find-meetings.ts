import type { Meeting } from '../../../../src/schemas/meeting.ts';
import type { FuzzyDate, Source } from '../../../../src/schemas/source.ts';
import type { DateMention } from '../dates.ts';
import type { PlaceMention } from '../places.ts';
import type { SentenceFacts } from '../sentence-facts.ts';
import type { Sentence } from '../sentences.ts';
import { contextDate } from '../toolkit/context-date.ts';
import { dayOf } from '../toolkit/calendar.ts';
import { fuzzyOf, onDay, reportWeek, restOfYear } from '../toolkit/fuzzy-dates.ts';
import { isFuture } from '../toolkit/modality.ts';
import { datesReporting } from '../toolkit/reporting.ts';
import { ROLE_NOUNS } from '../people.ts';
import { tenseAt } from '../dates.ts';

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

/** Verbs whose object is the person met: "A met B", "A received B", "A's meeting with B". */
const MEET_VERB =
	/\b(?:met|meets|meet|join|joins|joined|meeting with|talks with|talked with|spoke with|hosted|received|welcomed|greeted|shook hands with|sat down with)\b/g;
/**
 * Talks held with someone, the counterpart after "with" further on: "A held talks in Beijing on
 * Tuesday with B", "A held the 13th round of strategic security consultations with B", "A
 * co-chaired the fourth meeting of the mechanism with B".
 */
const TALKS_WITH =
	/\b(?:(?:held|holds|hold|holding|had|has|have|conducted|conducts)\s+(?:[\w’'-]+\s+){0,8}?(?:talks|consultations?|meeting|discussions|negotiations|dialogue|round)|co-chair(?:ed|s|ing)?|sat down for talks)\b[^.;:]{0,140}?\bwith\b/g;
/** "A meeting between A and B", "talks between A and B": both named after the noun. */
const BETWEEN = /\b(?:meeting|talks|consultations?|summit|dialogue)\s+between\b/g;
/** Passive reports: "the consultation was co-chaired by A and B", "A was received by B". */
const BY_BOTH = /\b(?:was|were)\s+(?:jointly\s+)?co-chaired\s+by\b/g;
const BY_HOST = /\b(?:was|were)\s+(?:\w+ly\s+)?(?:received|hosted|welcomed|greeted|met)\s+by\b/g;
const MEETING_NOUN = /\b(?:[Dd]uring|[Ii]n|[Aa]t|[Aa]fter)\s+(?:a|the|their|his|her)?\s*(?:meeting|talks)\b/;
const JOINT_VERB =
	/^\s+(?:both\s+)?(?:(?:last|also|first|previously|recently|later|again|then)\s+)?(?:pledged|agreed|discussed|signed|exchanged|(?:also\s+)?(?:held|hold|had)\s+(?:[\w’'-]+\s+){0,5}?(?:talks|consultations?|meeting|discussions)|will meet|would meet|met|are to meet|are expected to meet|are due to meet|to meet|meet|co-chaired|sat down|shook hands|talked)\b/;
/**
 * What may come between a meeting's words and a person met, or between two people met: "and",
 * "with", commas, "his", and capitalised words of a description or title the people finder did
 * not take as the name's ("his Chinese counterpart", "Chinese State Councilor").
 */
const GAP =
	/^(?:\s|,|\band\b|\bwith\b|\bhis\b|\bher\b|\btheir\b|\bthe\b|\bits\b|\bcounterparts?\b|\bhosts?\b|\bas well as\b|\b(?:senior|former|top|acting|deputy|visiting|outgoing|incoming|new)\b|\b\p{Lu}[\p{L}’'-]*\b)*$/u;
/** Two people spoken of together, as they meet: "the two met", "the two leaders held talks", "they met". */
const THE_TWO =
	/\b(?:[Tt]he two(?:\s+(?:leaders|men|women|presidents|ministers|officials|heads of state|counterparts))?|[Tt]hey)\s+(?:also\s+)?(?:met|meet|will meet|would meet|held talks|hold talks|sat down|talked|shook hands|co-chaired)\b/;
/**
 * Between people named as one subject: "A and B", "A, B and C", and the capitalised words of a
 * title the people finder did not take as the name's ("he, U.S. Secretary of State B and C").
 */
const SUBJECT_LIST = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:\p{Lu}[\p{L}.’'-]*|of)\s+)*$/u;
/**
 * A counterpart described before the name: "the city's mayor, Ying Yong", "his Chinese host, B",
 * "senior Chinese official B".
 */
const COUNTERPART = new RegExp(
	`^\\s*(?:and\\s+)?(?:with\\s+)?(?:(?:the|his|her|its|their)\\s+)?(?:[\\p{L}’'-]+\\s+){0,3}?(?:${[...ROLE_NOUNS, 'counterpart', 'host', 'mayor', 'governor', 'leader'].join('|')})s?,?\\s*$`,
	'u',
);

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
			const future = isFuture(around) || TO_MEET.test(around) || tenseAt(sentence.text, at) === 'future';
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

	/** The people named one after another from `cursor`, as `GAP` allows between them. */
	const namedFrom = (cursor: number) => {
		const objects: string[] = [];
		for (const p of named.filter((n) => n.mention.start >= cursor)) {
			const gap = text.slice(cursor, p.from);
			if (!GAP.test(gap) && !COUNTERPART.test(gap)) break;
			objects.push(p.person);
			cursor = p.mention.end;
		}
		return objects;
	};
	/** Who does what is said at `at`: the person named last before it, else "he". */
	const subjectAt = (at: number) =>
		named.filter((p) => p.mention.end <= at).at(-1)?.person ??
		(pronoun !== null && /\b(?:he|she)\b/i.test(text.slice(0, at)) ? pronoun : null);

	for (const verb of text.matchAll(MEET_VERB)) {
		const subject = subjectAt(verb.index);
		const objects = namedFrom(verb.index + verb[0].length);
		// "Xi will join Putin, Rousseff and Zuma at the summit": one meeting of them all.
		if (/^join/.test(verb[0]) && subject !== null && objects.length > 0)
			groups.push({ participants: [...new Set([subject, ...objects])].sort(), at: verb.index });
		else addGroup(groups, subject, objects, verb.index);
	}
	for (const talks of text.matchAll(TALKS_WITH)) {
		if (groups.some((g) => g.at >= talks.index && g.at < talks.index + talks[0].length)) continue;
		addGroup(groups, subjectAt(talks.index), namedFrom(talks.index + talks[0].length), talks.index);
	}
	for (const between of [...text.matchAll(BETWEEN), ...text.matchAll(BY_BOTH)]) {
		const [first, ...rest] = namedFrom(between.index + between[0].length);
		addGroup(groups, first ?? null, rest, between.index);
	}
	for (const by of text.matchAll(BY_HOST)) {
		const [host] = namedFrom(by.index + by[0].length);
		addGroup(groups, subjectAt(by.index), host ? [host] : [], by.index);
	}
	const noun = MEETING_NOUN.exec(text);
	if (noun && groups.length === 0) {
		const distinct = [...new Set(named.map((p) => p.person))];
		if (distinct.length === 1 && pronoun !== null && pronoun !== distinct[0]) distinct.push(pronoun);
		if (distinct.length >= 2) addGroup(groups, distinct[0]!, distinct.slice(1, 2), noun.index);
	}
	if (groups.length === 0) groups.push(...jointGroups(text, named, pronoun));
	return groups;
}

/**
 * "The two met in Moscow", "the two leaders held talks", "they met on the sidelines": the two
 * people the sentence names before it, or else the sentence before, when it names exactly two.
 */
function pairGroups(lines: readonly SentenceFacts[], i: number): { participants: string[]; at: number }[] {
	const { sentence, people } = lines[i]!;
	const pair = THE_TWO.exec(sentence.text);
	if (!pair) return [];
	const distinct = (named: SentenceFacts['people']) => [...new Set(named.map((p) => p.person))];
	const here = distinct(people.filter((p) => p.mention.end <= pair.index));
	const before = lines[i - 1];
	const there = before && before.sentence.article === sentence.article ? distinct(before.people) : [];
	// Those named before it in the sentence first, then the sentence before's: exactly two in all.
	const both = [...new Set([...here, ...there])];
	const participants = here.length === 2 ? here : both.length === 2 ? both : null;
	return participants ? [{ participants: participants.sort(), at: pair.index }] : [];
}

/**
 * People named together as the subject of what they did together: "A and B pledged …", "he and B
 * signed …", "A, B and C met over lunch" (one meeting of the three).
 */
function jointGroups(
	text: string,
	named: readonly { person: string; from: number; mention: { end: number } }[],
	pronoun: string | null,
): { participants: string[]; at: number }[] {
	const people = named.map((p) => ({ person: p.person, from: p.from, end: p.mention.end }));
	// "Xi paid a visit, during which he and Putin signed …": "he" is the person named before it in
	// the same sentence, else the one the sentences before name.
	const pronouns = [...text.matchAll(/\b(?:he|she)\b/gi)].flatMap((m) => {
		const person = people.filter((p) => p.end <= m.index).at(-1)?.person ?? pronoun;
		return person === null ? [] : [{ person, from: m.index, end: m.index + m[0].length }];
	});
	const subjects = [...people, ...pronouns].sort((a, b) => a.from - b.from);
	const groups: { participants: string[]; at: number }[] = [];
	let run = subjects.slice(0, 1);
	for (const next of [...subjects.slice(1), null]) {
		const last = run.at(-1)!;
		if (next && SUBJECT_LIST.test(text.slice(last.end, next.from))) {
			run.push(next);
			continue;
		}
		const participants = [...new Set(run.map((s) => s.person))].sort();
		if (
			participants.length >= 2 &&
			run.length === participants.length &&
			JOINT_VERB.test(text.slice(last.end))
		)
			groups.push({ participants, at: last.end });
		if (next) run = [next];
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
 * The dates of a sentence but those inside a relative clause or a "since" phrase that does not
 * hold the meeting at `at`: in "Xi, who was elected only last week, held talks with Putin", "last
 * week" dates the election, not the talks; in "… held talks, the first contact since the standoff
 * began in May", "May" dates the standoff.
 */
function outsideRelativeClauses(dates: readonly DateMention[], text: string, at: number): DateMention[] {
	const clauses = [...text.matchAll(/,\s+(?:who|which|whose)\b[^,;]*(?:,|$)|\bsince\b[^,;.]*/g)].map(
		(m) => [m.index, m.index + m[0].length] as const,
	);
	const inOther = (d: DateMention) =>
		clauses.some(([from, to]) => d.start >= from && d.end <= to && !(at >= from && at < to));
	return dates.filter((d) => !inOther(d));
}

/** How far a date is from offset `at`; one before it counts twice, so one after it is preferred. */
const distance = (d: DateMention, at: number) => (d.start >= at ? d.start - at : (at - d.end) * 2);

/**
 * Where a meeting named at `at` was: the place a "where" clause holding it follows ("from Moscow,
 * where he held talks with Putin"), else the place named "in", "at" or "to" nearest to it, or null.
 */
function nearestPlace(places: readonly PlaceMention[], text: string, at: number): string | null {
	for (const where of text.matchAll(/,\s+where\b[^.;]*/g)) {
		if (at < where.index || at >= where.index + where[0].length) continue;
		const before = places
			.filter((p) => !p.possessive && p.end <= where.index && where.index - p.end <= 1)
			.at(-1);
		if (before) return before.name;
	}
	const named = places.filter(
		(p) => !p.possessive && p.preposition !== null && /^(?:in|at|to|visited)$/.test(p.preposition),
	);
	return named.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0]?.name ?? null;
}
