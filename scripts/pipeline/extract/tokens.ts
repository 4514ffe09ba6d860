import nlp from 'compromise';

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
}

/** A word as compromise's `json({ offset: true })` gives it. */
export interface CompromiseTerm {
	text: string;
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
		const json = nlp(text).json({ offset: true, terms: { offset: true } }) as { terms: CompromiseTerm[] }[];
		terms = json.flatMap((sentence) => sentence.terms);
		if (parses.size >= PARSES_KEPT) parses.delete(parses.keys().next().value!);
	} else parses.delete(text);
	parses.set(text, terms);
	return terms;
}

const POSSESSIVE = /[’']s?$/;

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
		};
	});
}

/** True for a word that starts with a capital letter. */
export const isCapitalised = (token: Token): boolean => /^\p{Lu}/u.test(token.text);
