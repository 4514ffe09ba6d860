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

interface CompromiseTerm {
	text: string;
	post: string;
	tags: string[];
	offset: { start: number; length: number };
}

const POSSESSIVE = /[’']s?$/;

/** Tags a sentence's words with compromise; offsets index into `text`. */
export function tokenize(text: string): Token[] {
	const json = nlp(text).json({ offset: true, terms: { offset: true } }) as { terms: CompromiseTerm[] }[];
	return json.flatMap((sentence) =>
		sentence.terms.map((term) => {
			const start = term.offset.start + text.slice(term.offset.start).indexOf(term.text);
			return {
				text: term.text,
				bare: /\p{Lu}/u.test(term.text[0] ?? '') ? term.text.replace(POSSESSIVE, '') : term.text,
				start,
				end: start + term.text.length,
				tags: new Set(term.tags),
				post: term.post.trim(),
			};
		}),
	);
}

/** True for a word that starts with a capital letter. */
export const isCapitalised = (token: Token): boolean => /^\p{Lu}/u.test(token.text);
