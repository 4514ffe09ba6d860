import type { Sentence } from '../sentences.ts';
import { tokenize, type Token } from '../tokens.ts';
import type { Span } from './spot-numbers.ts';
import { ends, word } from './word-classes.ts';

/** One sentence with its tokens and clause boundaries, and the article's earlier sentences. */
export interface Reading {
	sentence: Sentence;
	tokens: Token[];
	before: readonly Sentence[];
}

/** What a figure measures, in words for people and in key parts for grouping (see `figureKey`). */
export interface Described {
	measure: string;
	what: string;
	context: string;
	period: string;
}

/** What a describer makes of a number: what it measures, and its span as the words around it correct it. */
export interface Description extends Described {
	/** The number's span, with a fall's sign or a count's noun as its unit and end. */
	span: Span;
}

// Earlier sentences are read again for every figure after them.
const tokenCache = new WeakMap<Sentence, Token[]>();

/** A sentence's words, tagged (see `tokenize`). */
export function tokensOf(sentence: Sentence): Token[] {
	let tokens = tokenCache.get(sentence);
	if (!tokens) tokenCache.set(sentence, (tokens = tokenize(sentence.text).filter((t) => t.text !== '')));
	return tokens;
}

const CLAUSE_OPENER = /^(?:while|whereas|but|although)$/;

/** Token indices [first, last] of the clause around token `i`: punctuation and "while/but" end clauses. */
export function clause(tokens: readonly Token[], i: number): [number, number] {
	let first = i;
	while (first > 0 && !ends(tokens[first - 1]!) && !CLAUSE_OPENER.test(word(tokens[first]))) first--;
	let last = i;
	while (last < tokens.length - 1 && !ends(tokens[last]!) && !CLAUSE_OPENER.test(word(tokens[last + 1])))
		last++;
	return [first, last];
}

/** The sentence's text from one token to another, both included. */
export const textOf = (r: Reading, from: Token, to: Token): string =>
	r.sentence.text.slice(from.start, to.end);
