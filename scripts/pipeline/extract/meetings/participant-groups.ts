import { SURNAME_PAIR } from '../descriptions.ts';
import { SUBJECT_PRONOUN } from '../coreference.ts';
import type { SentenceFacts } from '../sentence-facts.ts';
import { isPossessiveAt } from '../tokens.ts';
import {
	ALONGSIDE,
	APPOSITION,
	ATTENDED_AFTER,
	ATTENDED_BY,
	BETWEEN,
	BY_BOTH,
	BY_HOST,
	COUNTERPART,
	GAP,
	GATHERING,
	JOINT_VERB,
	MEET_VERB,
	MEETING_NOUN,
	OBJECT_LEAD,
	SUBJECT_LIST,
	TALKS_WITH,
	THE_TWO,
	URGED,
	WAS_ATTENDED_BY,
	WHICH_ATTENDED,
} from './meeting-phrases.ts';

/** People a sentence says met, and where in the sentence it says so. */
export interface ParticipantGroup {
	/** The participants' ids, sorted. */
	participants: string[];
	at: number;
	/** True for an occasion told of as before another ("their first meeting since …"): held, whatever the tense around it. */
	earlier?: boolean;
}

/** The groups of people a sentence says met, each with where in the sentence it says so. */
export function participantGroups({ sentence, people, pronoun }: SentenceFacts): ParticipantGroup[] {
	const text = sentence.text;
	const groups: ParticipantGroup[] = [];
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
	const asides = [...text.matchAll(ASIDE)].map((m) => [m.index, m.index + m[0].length] as const);
	/** Each meeting verb read so far: who did it, whom it names, and where its words end. */
	const verbs: { subject: string; objects: readonly string[]; end: number }[] = [];
	/**
	 * Who does what is said at `at`: the person named last before it, else "he"; but when that
	 * person is the one met by a verb before it, and "and" goes on with another verb, that verb's
	 * subject ("A sat down with B … and is scheduled to hold talks with C", "A met B and was then
	 * received by C", "he met B and held separate talks with C").
	 */
	const subjectAt = (at: number) => {
		// Not one named in a possessive ("Lukashenko, one of Putin's closest allies, held talks"):
		// that names what is theirs, not who acts.
		// Nor one named in a clause set off by commas: "Belousov, an economist who replaced Shoigu in
		// May, was welcomed by Dong".
		const inAside = (p: (typeof named)[number]) =>
			asides.some(([from, to]) => p.mention.start > from && p.mention.end < to && to <= at);
		const last = named
			.filter((p) => p.mention.end <= at && !isPossessiveAt(text, p.mention.end) && !inAside(p))
			.at(-1);
		const earlier = verbs
			.filter((v) => v.end <= at)
			.reduce<(typeof verbs)[number] | undefined>(
				(last, v) => (last && last.end > v.end ? last : v),
				undefined,
			);
		if (
			last &&
			earlier &&
			earlier.objects.includes(last.person) &&
			(COORDINATED.test(text.slice(last.mention.end, at)) ||
				AND_THEN.test(text.slice(last.mention.end, at)) ||
				HE_AFTER.test(text.slice(last.mention.end, at)))
		)
			return earlier.subject;
		if (last) return last.person;
		const he = SUBJECT_PRONOUN.exec(text.slice(0, at));
		if (!he) return null;
		// "Blinken's trip began in Astana, where he met B": the one named before "he" in a possessive.
		const owner = named.filter((p) => p.mention.end <= he.index).at(-1);
		return owner?.person ?? pronoun;
	};

	// Verbs and passive reports in the order they are written, so that each one's subject may be the
	// guest or host of one before it ("… was received by B on Wednesday, and held talks with C").
	const reports = [
		...[...text.matchAll(MEET_VERB)].map((match) => ({ match, passive: false })),
		...[...text.matchAll(BY_HOST)].map((match) => ({ match, passive: true })),
	].sort((a, b) => a.match.index - b.match.index);
	for (const { match, passive } of reports) {
		if (passive) {
			const by = match;
			const [host] = namedFrom(by.index + by[0].length);
			const guest = subjectAt(by.index);
			// "… where he was received by B on Wednesday, and held talks with C": the guest goes on.
			if (guest !== null && host)
				verbs.push({ subject: guest, objects: [host], end: by.index + by[0].length });
			addGroup(groups, guest, host ? [host] : [], by.index);
			continue;
		}
		const verb = match;
		const after = verb.index + verb[0].length;
		if (/^call/.test(verb[0]) && URGED.test(text.slice(after))) continue;
		// "and the host, President Jacob Zuma", "a warm welcome": a noun, not a verb.
		if (/^(?:host|hosts|welcome|greet)$/.test(verb[0]) && DETERMINER_BEFORE.test(text.slice(0, verb.index)))
			continue;
		const subject = subjectAt(verb.index);
		// "B, the Chinese foreign minister, met him in Kabul": "him" is who the sentences before name.
		const lead = OBJECT_LEAD.exec(text.slice(after));
		// "Bilawal met Lavrov, and Zhang Ming called on him": "him" is the first named before, else
		// who the sentences before name.
		const him = named.find((p) => p.mention.end <= verb.index && p.person !== subject)?.person ?? pronoun;
		const objects =
			OBJECT_PRONOUN.test(text.slice(after)) && him !== null
				? [him]
				: namedFrom(after).length > 0 || !lead
					? namedFrom(after)
					: namedFrom(after + lead[0].length);
		if (subject !== null) verbs.push({ subject, objects, end: after });
		// "Xi will join Putin, Rousseff and Zuma at the summit", "A will host B, C and D for a
		// meeting of the Quad": one meeting of them all.
		const gathered =
			/^join/.test(verb[0]) ||
			(objects.length > 1 && /^host/.test(verb[0]) && FOR_A_GATHERING.test(text.slice(after)));
		if (gathered && subject !== null && objects.length > 0)
			groups.push({ participants: [...new Set([subject, ...objects])].sort(), at: verb.index });
		else addGroup(groups, subject, objects, verb.index);
	}
	for (const talks of text.matchAll(TALKS_WITH)) {
		if (groups.some((g) => g.at >= talks.index && g.at < talks.index + talks[0].length)) continue;
		const subject = subjectAt(talks.index);
		const objects = namedFrom(talks.index + talks[0].length);
		if (subject !== null) verbs.push({ subject, objects, end: talks.index + talks[0].length });
		addGroup(groups, subject, objects, talks.index);
	}
	for (const between of [...text.matchAll(BETWEEN), ...text.matchAll(BY_BOTH)]) {
		// "No bilateral meeting between A and B had been arranged": none.
		if (NONE_BEFORE.test(text.slice(Math.max(0, between.index - 30), between.index))) continue;
		const [first, ...rest] = namedFrom(between.index + between[0].length);
		addGroup(groups, first ?? null, rest, between.index);
	}
	// "A watched the parade alongside B, C and D": one meeting of them all.
	for (const along of text.matchAll(ALONGSIDE)) {
		const others = namedFrom(along.index + along[0].length);
		const subject = subjectAt(along.index);
		if (subject !== null && others.length > 0)
			groups.push({ participants: [...new Set([subject, ...others])].sort(), at: along.index });
	}
	// "…, which B, C and D also attended"; "it was attended by B, C and D": those at it, together.
	for (const which of text.matchAll(WHICH_ATTENDED)) {
		const listed = namedFrom(which.index + which[0].length);
		const last = named.filter((p) => listed.includes(p.person)).at(-1);
		if (listed.length > 1 && last && ATTENDED_AFTER.test(text.slice(last.mention.end)))
			groups.push({ participants: [...new Set(listed)].sort(), at: which.index });
	}
	for (const by of text.matchAll(WAS_ATTENDED_BY)) {
		const listed = namedFrom(by.index + by[0].length);
		if (listed.length > 1) groups.push({ participants: [...new Set(listed)].sort(), at: by.index });
	}
	for (const by of text.matchAll(ATTENDED_BY)) {
		// "A is chairing the third meeting of …, attended by B and C": one meeting of them all.
		const gathering = GATHERING.exec(text.slice(0, by.index));
		const host = gathering ? subjectAt(gathering.index) : null;
		const guests = namedFrom(by.index + by[0].length);
		if (gathering && host !== null && guests.length > 0)
			groups.push({ participants: [...new Set([host, ...guests])].sort(), at: gathering.index });
	}
	for (const pair of text.matchAll(SURNAME_PAIR)) {
		// "The Xi-Modi meeting": the two people whose names (or descriptions) those words are.
		const second = pair.index + pair[1]!.length + 1;
		const at = (from: number, to: number) =>
			named.find((p) => p.mention.start <= from && p.mention.end >= to)?.person;
		const [a, b] = [at(pair.index, second - 1), at(second, second + pair[2]!.length)];
		if (a && b && a !== b) groups.push({ participants: [a, b].sort(), at: pair.index });
	}
	const noun = MEETING_NOUN.exec(text);
	if (noun && groups.length === 0) {
		const distinct = [...new Set(named.map((p) => p.person))];
		if (distinct.length === 1 && pronoun !== null && pronoun !== distinct[0]) distinct.push(pronoun);
		if (distinct.length >= 2) addGroup(groups, distinct[0]!, distinct.slice(1, 2), noun.index);
	}
	// "A and B last met in Xi'an, when A hosted a summit with C and D": the pair as well, unless the
	// verb after them has its own object ("A and B met C" is B's meeting with C, as read above).
	const joint = jointGroups(text, named, pronoun).filter(
		(j) => !groups.some((g) => g.at >= j.at && g.at <= j.at + JOINT_REACH),
	);
	groups.push(...joint);
	// A meeting is of two people or more: "Putin will join him", where "him" is Putin, is none.
	return groups.filter((g) => new Set(g.participants).size >= 2);
}

/**
 * "Met him", "met her there": a person the sentences before name; "met her Tajik counterpart" is
 * a possessive, so "her" counts only before punctuation or the words that follow an object.
 */
/** How far after people named as one subject their verb may be, to be theirs: "A and B [met]". */
const JOINT_REACH = 40;

const OBJECT_PRONOUN =
	/^\s+(?:him\b|her(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|there|here|again|later|during|for|before|after|last|yesterday|today|and|when|while|to|with|as|briefly|twice|once|over|privately|separately)\b))/;
/** Words that deny the meeting after them: "no (bilateral) meeting between", "ruled out talks between". */
const NONE_BEFORE =
	/\b(?:no|not|never|without|ruled out|rule out|rules out)\s+(?:a\s+|any\s+)?(?:[\w-]+\s+)?$/i;
/** "A will meet B, and he is expected to …": "he" after the one met is the one meeting. */
const HE_AFTER = /[,;]\s+(?:and|while|where|but)\s+(?:\w+\s+)?(?:he|she)\b/;
/** Another verb of the same subject: "… and is scheduled to", "… and then". */
const COORDINATED = /\band\s+(?:is|are|was|were|will|would|has|had|then|later|also)\b/;
/**
 * Right before the meeting's words, another verb of the same subject: "… and [met]", "… and then
 * [met]", "… and held separate [talks with]"; not a new subject ("… and the two [held talks]").
 */
const AND_THEN =
	/\band\s+(?:(?:then|later|also|subsequently)\s+)?(?:(?!the\b|his\b|her\b|their\b)[a-z][\w-]*\s+){0,3}$/;

/**
 * "The two met in Moscow", "the two leaders held talks", "they met on the sidelines": the two
 * people the sentence names before it, else in all of it, else with the sentence before, when
 * those are exactly two;
 * else, when the sentence names no one before it, the two of `lastPair`, the meeting the sentences
 * just before report ("Xi met Putin on
 * Tuesday. It was their first meeting since 2019. They held talks by video link in December");
 * else, with one person named before it and "he" or "she" before that, those two ("He held a
 * video call with B in April, and the two men met in May"); else, when the sentences name no one
 * else it could mean, the pair the article is about so far (see `pairInFocus`): "The two leaders
 * had held talks in the city on Monday" four sentences after either was last named, or "This was
 * their third meeting, after Putin attended a forum in May and the two held talks in Kazakhstan".
 */
export function pairGroups(
	lines: readonly SentenceFacts[],
	i: number,
	lastPair: readonly string[] | null = null,
): ParticipantGroup[] {
	const { sentence, people, pronoun } = lines[i]!;
	const pair = THE_TWO.exec(sentence.text);
	if (!pair) return [];
	const distinct = (named: SentenceFacts['people']) => [...new Set(named.map((p) => p.person))];
	const here = distinct(people.filter((p) => p.mention.end <= pair.index));
	const before = lines[i - 1];
	const there = before && before.sentence.article === sentence.article ? distinct(before.people) : [];
	// Those named before it in the sentence first, then the sentence before's: exactly two in all.
	const both = [...new Set([...here, ...there])];
	const whole = distinct(people);
	const participants =
		here.length === 2
			? here
			: whole.length === 2
				? whole
				: both.length === 2
					? both
					: here.length === 0 && lastPair?.length === 2
						? [...lastPair]
						: here.length === 1 &&
							  pronoun !== null &&
							  pronoun !== here[0] &&
							  SUBJECT_PRONOUN.test(sentence.text.slice(0, pair.index))
							? [here[0]!, pronoun]
							: both.length <= 1
								? pairInFocus(lines, i, here[0], holdersOf(pair[0]))
								: null;
	// Its words end at the verb: the date and place nearest to them are the meeting's.
	return participants ? [{ participants: participants.sort(), at: pair.index + pair[0].length }] : [];
}

/**
 * "their first meeting since", "their third meeting this year, after", "the first face-to-face
 * meeting between A and B since": a count of a pair's meetings, then what came before them.
 */
const EARLIER_ENCOUNTER =
	/\b(?:their|the)\s+(?:[\w-]+\s+){0,3}?(?:meeting|encounter|talks|summit|contact)\b(\s+between\s+[^.;]*?)?[^.;]*?\b(?:since|after)\s+/u;
/** A title's words between "since" and the name: "since Russian President Vladimir Putin". */
const TITLE_WORDS = /^(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u;
/** Going to where the other is, or to a gathering they hold: "came to Beijing", "attended Xi's forum". */
const WENT =
	/^\s+(?:came|travell?ed|traveled|flew|went|visited|attended|took\s+part\s+in|was\s+in|paid\s+a\s+(?:state\s+|official\s+)?visit)\b/;
/** Words a date may follow "since" with: "since early 2019". */
const DATE_OPENING = /^(?:(?:early|late|mid|the\s+(?:start|end|middle)\s+of)\s+)?$/i;

/**
 * The pair's earlier meeting that a count of their meetings names: "It was their first
 * face-to-face meeting since Putin came to Beijing for the Winter Olympics in February", "their
 * second meeting in less than a month, after Putin took part in a forum in Beijing in May", "the
 * first meeting between Xi and Lavrov since 2018". What follows "since" or "after" must be one of
 * them going somewhere, or a date alone ("the pandemic began in 2020" is no meeting). The pair is
 * the two named after "between", else the one the article is about (see `pairInFocus`), with the
 * one who went. Its words end at that verb or date, so the clause's date and place are the
 * meeting's.
 */
export function earlierMeetingGroups(lines: readonly SentenceFacts[], i: number): ParticipantGroup[] {
	const { sentence, people, dates } = lines[i]!;
	const count = EARLIER_ENCOUNTER.exec(sentence.text);
	if (!count) return [];
	const clause = count.index + count[0].length;
	const subject = people.find(
		(p) => p.mention.start >= clause && TITLE_WORDS.test(sentence.text.slice(clause, p.mention.start)),
	);
	const went = subject && WENT.exec(sentence.text.slice(subject.mention.end));
	const date = dates.find(
		(d) => d.start >= clause && DATE_OPENING.test(sentence.text.slice(clause, d.start)),
	);
	const at = went ? subject.mention.end + went[0].length : date?.start;
	if (at === undefined) return [];
	const between = count[1]
		? [
				...new Set(
					people
						.filter((p) => p.mention.start > count.index && p.mention.start < clause)
						.map((p) => p.person),
				),
			]
		: [];
	const pair = between.length === 2 ? between : pairInFocus(lines, i, went ? subject.person : undefined);
	return pair ? [{ participants: pair.sort(), at, earlier: true }] : [];
}

/** "…, and before that on March 21", "and again in May": the same people's meeting on another day. */
const ANOTHER_DAY =
	/,?\s+and\s+(?:(?:again|also|before\s+that|after\s+that|earlier|later|previously|once\s+more|then)\s+)?(?:on|in)\s+$/;

/**
 * The same people meeting again, on a day a clause after their meeting gives with no verb of its
 * own: "He met Kim there on June 4, and before that on March 21". Only for a sentence of one
 * meeting; its words end at that day, so the day is the other meeting's.
 */
export function anotherDayGroups(
	{ sentence, dates }: SentenceFacts,
	groups: readonly ParticipantGroup[],
): ParticipantGroup[] {
	if (groups.length !== 1) return [];
	const [group] = groups;
	return dates
		.filter(
			(d) =>
				d.start > group!.at &&
				ANOTHER_DAY.test(sentence.text.slice(Math.max(group!.at, d.start - 40), d.start)),
		)
		.map((d) => ({ participants: group!.participants, at: d.start }));
}

/** The titles of those "the two presidents", "the two ministers" … may mean; null for "the two men". */
function holdersOf(words: string): RegExp | null {
	if (/\bpresidents\b/i.test(words)) return /\bpresident\b/i;
	if (/\bministers\b/i.test(words)) return /\bminister\b|\bsecretary\b/i;
	if (/\bleaders\b|\bheads of state\b/i.test(words))
		return /\bpresident\b|\bpremier\b|\bprime minister\b|\bchancellor\b|\bleader\b|\bking\b|\bemir\b|\bchairman\b/i;
	return null;
}

/** "his Chinese counterpart": the title of one who holds the office of the person meant. */
const COUNTERPART_TITLE = /\bcounterpart\b/i;

/**
 * The pair of people the article names together most often in the sentences up to line `i` (on a
 * tie, the pair named first: the lede's); with `one`, the person named most often together with
 * `one`; with an `office`, only those given a title of it, when the article gives two or more
 * people one. When no two are named in one sentence, the two it names most. Null when it names
 * fewer than two.
 */
function pairInFocus(
	lines: readonly SentenceFacts[],
	i: number,
	one?: string,
	office: RegExp | null = null,
): string[] | null {
	const { article } = lines[i]!.sentence;
	let first = i;
	while (first > 0 && lines[first - 1]!.sentence.article === article) first--;
	const before = lines.slice(first, i);
	// "The two presidents": of those the article gives such a title, when two or more have one; a
	// president's "counterpart" holds it too.
	const holders = new Set(
		before.flatMap((l) =>
			l.people
				.filter((p) => office?.test(p.mention.title ?? '') || COUNTERPART_TITLE.test(p.mention.title ?? ''))
				.map((p) => p.person),
		),
	);
	const counted = (person: string) => office === null || holders.size < 2 || holders.has(person);
	const together = new Map<string, { pair: string[]; count: number }>();
	for (const line of before) {
		const named = [...new Set(line.people.map((p) => p.person))].filter(counted).sort();
		for (const [k, a] of named.entries())
			for (const b of named.slice(k + 1)) {
				if (one !== undefined && a !== one && b !== one) continue;
				const key = `${a} ${b}`;
				const seen = together.get(key) ?? { pair: [a, b], count: 0 };
				together.set(key, { pair: seen.pair, count: seen.count + 1 });
			}
	}
	// Counted from the article's first sentence, so a stable sort puts the first named first on a tie.
	const ranked = [...together.values()].sort((x, y) => y.count - x.count);
	if (ranked[0]) return ranked[0].pair;
	// Never named together: the two it names most ("Xi arrived in Astana … Putin flew in", then
	// "the two leaders would meet"), or with `one`, the one it names most besides them.
	const named = new Map<string, number>();
	for (const line of before)
		for (const person of new Set(line.people.map((p) => p.person)))
			if (counted(person)) named.set(person, (named.get(person) ?? 0) + 1);
	const most = [...named].sort((x, y) => y[1] - x[1]).map(([person]) => person);
	const pair = one === undefined ? most.slice(0, 2) : [one, ...most.filter((p) => p !== one).slice(0, 1)];
	return pair.length === 2 ? pair.sort() : null;
}

/**
 * People named together as the subject of what they did together: "A and B pledged …", "he and B
 * signed …", "A, B and C met over lunch" (one meeting of the three).
 */
function jointGroups(
	text: string,
	named: readonly { person: string; from: number; mention: { end: number } }[],
	pronoun: string | null,
): ParticipantGroup[] {
	const people = named.map((p) => ({ person: p.person, from: p.from, end: p.mention.end }));
	// "Xi paid a visit, during which he and Putin signed …": "he" is the person named before it in
	// the same sentence, else the one the sentences before name.
	const pronouns = [...text.matchAll(/\b(?:he|she)\b/gi)].flatMap((m) => {
		const person = people.filter((p) => p.end <= m.index).at(-1)?.person ?? pronoun;
		return person === null ? [] : [{ person, from: m.index, end: m.index + m[0].length }];
	});
	const subjects = [...people, ...pronouns].sort((a, b) => a.from - b.from);
	const groups: ParticipantGroup[] = [];
	let run = subjects.slice(0, 1);
	for (const next of [...subjects.slice(1), null]) {
		const last = run.at(-1)!;
		// "A, who is also a state councillor, and B sat down": the description set aside.
		if (next && SUBJECT_LIST.test(text.slice(last.end, next.from).replace(APPOSITION, ''))) {
			run.push(next);
			continue;
		}
		const participants = [...new Set(run.map((s) => s.person))].sort();
		// "A and B, a member of the Political Bureau, co-chaired …": the description set aside.
		if (
			participants.length >= 2 &&
			run.length === participants.length &&
			JOINT_VERB.test(text.slice(last.end).replace(APPOSITION, ''))
		)
			groups.push({ participants, at: last.end });
		if (next) run = [next];
	}
	return groups;
}

/** A clause set off by commas after a name: ", who replaced Shoigu in May,", ", an economist who …,". */
const ASIDE = /,\s+(?:who|whose|which|a|an|the)\s[^,;.]{1,200},/g;

/** A determiner or possessive right before a word, which makes it a noun: "the host", "a warm welcome". */
const DETERMINER_BEFORE = /\b(?:the|a|an|his|her|their|its|our|as|warm|official)\s+$/i;
/** What a host holds for all their guests: "… for a meeting of the Quad", "for talks". */
const FOR_A_GATHERING =
	/^[^.;]{0,160}?\bfor\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:meeting|summit|talks|session|dinner|gathering|conference)\b/;

/**
 * "A met B and C" is read as A's meeting with B and A's meeting with C: reports name the
 * subject's counterparts one by one, and another report may give each meeting on its own.
 */
function addGroup(groups: ParticipantGroup[], subject: string | null, objects: string[], at: number) {
	if (subject === null) return;
	for (const object of new Set(objects)) {
		if (object !== subject) groups.push({ participants: [subject, object].sort(), at });
	}
}

/**
 * "A represented Kazakhstan at the 14th meeting of …": one person's part in a meeting of several,
 * which the sentences after may say others joined. The person, and where the sentence says so.
 */
export function gatheringOf({
	sentence,
	people,
	pronoun,
}: SentenceFacts): { person: string; at: number } | null {
	const gathering = GATHERING.exec(sentence.text);
	if (!gathering) return null;
	const person =
		people.filter((p) => p.mention.end <= gathering.index).at(-1)?.person ??
		(SUBJECT_PRONOUN.test(sentence.text.slice(0, gathering.index)) ? pronoun : null);
	return person === null ? null : { person, at: gathering.index };
}
