import { tagger } from './tagger.ts';

/** One word of a sentence with compromise's part-of-speech and entity tags. */
export interface Token {
	/** The word as written, without surrounding punctuation. */
	text: string;
	/** The word without a possessive ending: "Chen’s" → "Chen". */
	bare: string;
	start: number;
	end: number;
	tags: ReadonlySet<string>;
	/** Punctuation written right after the word ("," "." "’s" is not punctuation). */
	post: string;
	/** Punctuation written right before the word ("(", "“"). */
	pre: string;
}

/** A word as compromise's `json({ offset: true })` gives it. */
export interface CompromiseTerm {
	text: string;
	pre: string;
	post: string;
	tags: string[];
	offset: { start: number; length: number };
}

/** How many texts' parses are kept: an article's sentences are read by several stages in turn. */
const PARSES_KEPT = 512;
const parses = new Map<string, readonly CompromiseTerm[]>();

/**
 * A text's words as compromise tags them, all its sentences' in order. Tagging is the pipeline's
 * costliest step, so the last few hundred texts' parses are kept (callers must not change them).
 */
export function parseTerms(text: string): readonly CompromiseTerm[] {
	let terms = parses.get(text);
	if (terms === undefined) {
		const json = tagger()(text).json({ offset: true, terms: { offset: true } }) as {
			terms: CompromiseTerm[];
		}[];
		terms = json.flatMap((sentence) => sentence.terms);
		if (parses.size >= PARSES_KEPT) parses.delete(parses.keys().next().value!);
	} else parses.delete(text);
	parses.set(text, terms);
	return terms;
}

const POSSESSIVE = /[’']s?$/;

/** Whether a name ending at offset `end` of `text` is written as a possessive there: "Xi's initiative". */
export const isPossessiveAt = (text: string, end: number): boolean =>
	/^[’']s?(?!\p{L})/u.test(text.slice(end));

/** Tags a sentence's words with compromise; offsets index into `text`. */
export function tokenize(text: string): Token[] {
	return parseTerms(text).map((term) => {
		const start = term.offset.start + text.slice(term.offset.start).indexOf(term.text);
		return {
			text: term.text,
			bare: /\p{Lu}/u.test(term.text[0] ?? '') ? term.text.replace(POSSESSIVE, '') : term.text,
			start,
			end: start + term.text.length,
			tags: new Set(term.tags),
			post: term.post.trim(),
			pre: term.pre.trim(),
		};
	});
}

const plurals = new Map<string, boolean>();

/**
 * Whether the tagger takes a word, written alone in lower case, for a plural noun ("affairs",
 * "relations"); it knows surnames that end the same way ("Jones", "Reynolds") for names. Each
 * word's answer is kept, apart from the parses `parseTerms` keeps.
 */
export function isPluralNoun(word: string): boolean {
	let answer = plurals.get(word);
	if (answer === undefined) {
		const nlp = tagger();
		const tags = (nlp(word).json()[0]?.terms[0]?.tags ?? []) as string[];
		const known = (nlp.world() as { model: { one: { lexicon: Record<string, unknown> } } }).model.one.lexicon[
			word
		];
		answer = (tags.includes('Plural') || known === 'Plural') && !tags.includes('Person');
		plurals.set(word, answer);
	}
	return answer;
}

/** Where a word ends as written: after the bracket of a parenthesised one ("(FSB)"). */
export const writtenEnd = (token: Token): number =>
	token.end + (token.pre === '(' && token.post.startsWith(')') ? 1 : 0);

/** True for a word that starts with a capital letter. */
export const isCapitalised = (token: Token): boolean => /^\p{Lu}/u.test(token.text);

/**
 * A sentence's words as names and titles are written: a hyphenated compound is one word
 * ("Ki-moon", "Secretary-General", "Beijing-based"), and a slashed credit is two ("Xinhua/Liu" →
 * "Xinhua", "Liu"), each with the slash as its punctuation. A compound keeps the tags of its first
 * part when that is a name part before a lower-case one ("Ki-moon"), else of its last part, with
 * "Adjective" for one that ends lower-case ("Beijing-based"); a slashed part in capitals is an acronym.
 * Words the tagger adds that are not written (the "is" it reads in "party’s") are left out.
 */
export function compoundTokens(text: string): Token[] {
	// The tagger reads "party’s" as "party is" too, adding a word with no text for the "is".
	const written = tokenize(text).filter((token) => token.text !== '');
	const split = written.flatMap((token) => {
		if (!token.text.includes('/')) return [token];
		let offset = token.start;
		const parts = token.text.split('/');
		return parts.map((part, i) => {
			const start = offset;
			offset += part.length + 1;
			const acronym = /^\p{Lu}{2,}$/u.test(part);
			const tags = acronym
				? new Set(['Noun', 'Acronym'])
				: new Set([...token.tags].filter((t) => t !== 'SlashedTerm'));
			return {
				text: part,
				bare: /\p{Lu}/u.test(part[0] ?? '') ? part.replace(POSSESSIVE, '') : part,
				start,
				end: start + part.length,
				tags,
				pre: i === 0 ? token.pre : '/',
				post: i === parts.length - 1 ? token.post : '/',
			};
		});
	});
	const words: Token[] = [];
	for (const token of split) {
		const previous = words.at(-1);
		if (previous && previous.post === '-' && token.start === previous.end + 1 && token.pre === '') {
			const text = `${previous.text}-${token.text}`;
			const nameFirst = PERSON_PART.some((t) => previous.tags.has(t)) && !isCapitalised(token);
			const tags = nameFirst ? previous.tags : isCapitalised(token) ? token.tags : new Set(['Adjective']);
			words[words.length - 1] = {
				text,
				bare: /\p{Lu}/u.test(text[0] ?? '') ? text.replace(POSSESSIVE, '') : text,
				start: previous.start,
				end: token.end,
				tags: new Set([...tags, 'Hyphenated']),
				pre: previous.pre,
				post: token.post,
			};
		} else words.push(token);
	}
	return words;
}

const PERSON_PART = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
