import { list } from '../toolkit/lists.ts';
import { isCapitalised, writtenEnd, type Token } from '../tokens.ts';
import { kindOfNoun } from './occupations.ts';
import { isPossessive, isTitleWord } from './titles.ts';

// What is said of a person right after their name: an appositive ("Nikolai Patrushev, secretary
// of the Security Council of the Russian Federation", "Li Xing, a professor at …", "Wang Yi,
// China’s state councilor and foreign minister"), a relative clause ("Feng Yujun, who heads
// Russian studies at …", "who also serves as …", "who was elected head of state …") or a
// predicate ("Chen is the secretary of …", "Kasymov previously served as Kazakhstan’s interior
// minister", "Chen was promoted to China’s top security post in October 2022").

/** How a describer relates its words to the person: they are it, were it, head it, sit on it, were made it. */
export type Relation = 'is' | 'was' | 'heads' | 'member' | 'appointed';

/** A description of the person named just before it. */
export interface Describer {
	relation: Relation;
	/** The tokens of what the person is, heads or sits on: `first` to `last`, inclusive. */
	first: number;
	last: number;
	/** For an appointment ("was promoted to …"), its verb. */
	appointment?: string;
	/** True for a relative clause ("who …"), false for a predicate or an appositive. */
	relative?: boolean;
}

/** A describer as text, kept with the name it follows: what a role is read from. */
export interface Description {
	relation: Relation;
	/** What the person is, heads or sits on, as written: "secretary of the Security Council of Kazakhstan". */
	phrase: string;
	/** Where in the sentence's text the describer ends. */
	end: number;
	/** For an appointment ("was promoted to …"), its verb. */
	appointment?: string;
	/** True for a relative clause ("who …"). */
	relative?: boolean;
}

/** The describers after the name whose last token is `nameLast` (see `describersAfter`), as text. */
export function descriptionsAfter(tokens: readonly Token[], nameLast: number, text: string): Description[] {
	return describersAfter(tokens, nameLast).map((d) => describedIn(text, tokens, d));
}

/** A describer as the text writes it. */
export function describedIn(text: string, tokens: readonly Token[], describer: Describer): Description {
	const { relation, first, last, appointment, relative } = describer;
	return {
		relation,
		phrase: text.slice(tokens[first]!.start, writtenEnd(tokens[last]!)),
		end: writtenEnd(tokens[last]!),
		...(appointment ? { appointment } : {}),
		...(relative ? { relative } : {}),
	};
}

/** The noun a relation makes of what the person heads or sits on: "who heads X" is the head of X. */
const RELATION_NOUN: Partial<Record<Relation, string>> = { heads: 'head', member: 'member' };

/** The role a describer states, in words: "who heads X" is "head of X", "who sits on X" "member of X". */
export function describedRole(relation: Relation, phrase: string): string {
	const noun = RELATION_NOUN[relation];
	return noun ? `${noun} of ${phrase}` : phrase;
}

/** Verbs of a relative clause ("who …"), word by word, with what they make the clause. */
const RELATIVE_VERBS: [words: string[], relation: Relation][] = [
	...list('heads leads chairs runs directs').map((w): [string[], Relation] => [[w], 'heads']),
	[['holds', 'a', 'seat', 'on'], 'member'],
	[['sits', 'on'], 'member'],
	[['serves', 'as'], 'is'],
	[['served', 'as'], 'was'],
	[['has', 'been'], 'is'],
	[['had', 'been'], 'was'],
	[['is'], 'is'],
	[['was'], 'was'],
	[['became'], 'is'],
	[['remains'], 'is'],
];
/** Verbs of a predicate right after the name: "is the …", "previously served as …". */
const COPULAS = [['is'], ['was'], ['has', 'been'], ['had', 'been'], ['became'], ['remains']];
const SERVED = [
	['served', 'as'],
	['worked', 'as'],
];
const ADVERBS = new Set(list('also previously now currently formerly still once'));
const PAST_ADVERBS = new Set(list('previously formerly once'));
const APPOINTED = new Set(list('appointed named elected promoted made installed elevated'));
/** Words after which what a person is has been said: "… by China’s parliament", "… since 2008". */
const ENDS_PHRASE = new Set(list('by since until who which when where after before'));
/** Words that start when it happened: "… in October 2022", "… last week". */
const TIME_WORDS = new Set(list('in on during last this next earlier later'));
const TIME_TAGS = ['Date', 'Month', 'WeekDay', 'Value', 'Year'];
/** Punctuation that ends a phrase; a parenthesised acronym does not ("of China (CPC) Central Committee"). */
const closes = (token: Token): boolean =>
	/[,;:.–—]/.test(token.post) || token.post === '-' || (token.post.includes(')') && token.pre !== '(');
const lower = (token: Token | undefined): string => token?.bare.toLowerCase() ?? '';
const wordsAt = (tokens: readonly Token[], i: number, words: readonly string[]) =>
	words.every((w, k) => lower(tokens[i + k]) === w);

/**
 * The describers after the name whose last token is `nameLast`: an appositive set off by a comma,
 * a relative clause ("who heads …"), both ("Yang, a member of the Politburo who heads …"), or a
 * predicate ("… is the secretary of …", "… previously served as …", "… was appointed …").
 * An appositive is a noun phrase: it starts with a determiner, a possessive, a lower-case word or a
 * title word, holds no finite verb, and is not another person's title ("…, the ministry’s
 * spokeswoman Irina Volk said").
 */
export function describersAfter(tokens: readonly Token[], nameLast: number): Describer[] {
	const name = tokens[nameLast];
	if (name?.post === '') {
		const predicate = predicateAfter(tokens, nameLast + 1);
		return predicate ? [predicate] : [];
	}
	if (name?.post !== ',') return [];
	const describers: Describer[] = [];
	let i = nameLast + 1;
	const appositive = nounPhrase(tokens, i, 'appositive');
	if (appositive !== null) {
		describers.push({ relation: 'is', first: i, last: appositive });
		if (closes(tokens[appositive]!)) return describers;
		i = appositive + 1;
	}
	const relative = relativeClause(tokens, i);
	if (relative) describers.push(relative);
	return describers;
}

/**
 * The last token of the noun phrase starting at `first`, or null when none starts there. An
 * appositive must open like one, not with a name ("Xi, Putin and Modi" is a list); a copula's
 * object with an article ("is the secretary …", not "is in Beijing"). It ends at punctuation,
 * at a word that starts another clause ("by", "since", "who") and before when it happened ("in
 * October 2022").
 */
function nounPhrase(
	tokens: readonly Token[],
	first: number,
	opening: 'appositive' | 'article' | 'any' = 'any',
): number | null {
	const start = tokens[first];
	if (!start || /^(?:who|which|that|and|or|but)$/.test(lower(start))) return null;
	if (opening === 'article' && !/^(?:the|a|an)$/.test(lower(start))) return null;
	const opens =
		start.tags.has('Determiner') ||
		isPossessive(start) ||
		(!isCapitalised(start) && !start.tags.has('Pronoun')) ||
		lower(start) === 'its' ||
		isTitleWord(start);
	if (opening === 'appositive' && !opens) return null;
	let last: number | null = null;
	for (let i = first; i < tokens.length; i++) {
		const token = tokens[i]!;
		const next = tokens[i + 1];
		if (i > first && ENDS_PHRASE.has(lower(token))) break;
		if (TIME_TAGS.some((tag) => token.tags.has(tag)) && !token.tags.has('Acronym')) break;
		if (TIME_WORDS.has(lower(token)) && next && TIME_TAGS.some((tag) => next.tags.has(tag))) break;
		// A word after an article or a modifier is a noun, whatever else it may be: "a 42-year-old tailor".
		const modified = i > first && /^(?:a|an|the)$|-/.test(lower(tokens[i - 1]));
		const finite =
			!modified &&
			token.tags.has('Verb') &&
			(token.tags.has('PastTense') || token.tags.has('PresentTense')) &&
			!token.tags.has('Adjective') &&
			!token.tags.has('Gerund') &&
			!token.tags.has('Hyphenated') &&
			kindOfNoun(lower(token)) === null;
		if (finite) return null;
		// A person's noun followed by a name is that other person's title.
		if (
			token.post === '' &&
			kindOfNoun(lower(token)) !== null &&
			next &&
			isCapitalised(next) &&
			next.tags.has('Person')
		)
			return null;
		last = i;
		if (closes(token)) break;
	}
	return last;
}

/** "who heads …", "who also serves as …", "who was elected …" at token `who`. */
function relativeClause(tokens: readonly Token[], who: number): Describer | null {
	if (lower(tokens[who]) !== 'who') return null;
	let i = who + 1;
	while (ADVERBS.has(lower(tokens[i]))) i++;
	for (const [words, verb] of RELATIVE_VERBS) {
		if (!wordsAt(tokens, i, words)) continue;
		let first = i + words.length;
		while (ADVERBS.has(lower(tokens[first]))) first++;
		const appointed = verb === 'is' || verb === 'was' ? appointment(tokens, first) : null;
		if (appointed) return { ...appointed, relative: true };
		const last = nounPhrase(tokens, first);
		return last === null ? null : { relation: verb, first, last, relative: true };
	}
	return null;
}

/**
 * A predicate right after a name: "is (also) (previously) the …" (past with "previously"),
 * "previously served as …", "was appointed (to|as) …".
 */
function predicateAfter(tokens: readonly Token[], i: number): Describer | null {
	let past = false;
	while (ADVERBS.has(lower(tokens[i]))) past ||= PAST_ADVERBS.has(lower(tokens[i++]));
	for (const words of SERVED) {
		if (!past || !wordsAt(tokens, i, words)) continue;
		const first = i + words.length;
		const last = nounPhrase(tokens, first);
		return last === null ? null : { relation: 'was', first, last };
	}
	for (const words of COPULAS) {
		if (!wordsAt(tokens, i, words)) continue;
		let first = i + words.length;
		while (ADVERBS.has(lower(tokens[first]))) past ||= PAST_ADVERBS.has(lower(tokens[first++]));
		if (!words.includes('became') && !words.includes('remains')) {
			const appointed = appointment(tokens, first);
			if (appointed) return appointed;
		}
		const last = nounPhrase(tokens, first, 'article');
		return last === null ? null : { relation: past ? 'was' : 'is', first, last };
	}
	return null;
}

/** "appointed (to|as) …", "promoted to …" at token `verb`, after "was", "has been", "is". */
function appointment(tokens: readonly Token[], verb: number): Describer | null {
	const how = lower(tokens[verb]);
	if (!APPOINTED.has(how)) return null;
	let first = verb + 1;
	if (/^(?:to|as)$/.test(lower(tokens[first]))) first++;
	let last = nounPhrase(tokens, first);
	if (last === null) return null;
	// "… in a reshuffle", "… replacing X": the post ends where the circumstances start.
	for (let i = first + 1; i <= last; i++) {
		const token = tokens[i]!;
		const stops =
			(lower(token) === 'in' && /^(?:a|an|the)$/.test(lower(tokens[i + 1]))) ||
			(token.tags.has('Gerund') && !isCapitalised(token));
		if (stops) {
			last = i - 1;
			break;
		}
	}
	return { relation: 'appointed', first, last, appointment: how };
}
