import Fuse from 'fuse.js/basic';

/** A term of the vocabulary that a query word matched, and how well (1 for the word itself). */
export interface TermMatch {
	/** The term's position in the vocabulary. */
	term: number;
	/** 1 for an exact match, 0.5–0.8 for a completion (closer to 0.8 the less is added), below 0.4 for a typo. */
	quality: number;
}

/**
 * How far a typo may be from a term (fuse.js score, 0 = identical). "Patrushov" and "Narishkin" score
 * 0.11, "Wenching" and "Secutiry" 0.25, while "Shoygu" → "should" and "Beijng" → "belong" score 0.33.
 */
export const fuzzyThreshold = 0.3;
/** Of the typos found, keep those within this much of the closest: "shoygu" → "shoigu", not "should". */
export const fuzzyWindow = 0.1;
/** At most this many completions per word, the most used first, so a two-letter word stays fast. */
export const maxCompletions = 50;
/** Typos are looked for only in words this long, and never in numbers: "2023" is no typo for "2024". */
export const minFuzzyLength = 4;
const maxTypos = 8;

/** First position in sorted `values` (terms by UTF-16 code units, or numbers) whose value is not below `value`. */
export function lowerBound<T extends string | number>(values: readonly T[], value: T): number {
	let low = 0;
	let high = values.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (values[mid]! < value) low = mid + 1;
		else high = mid;
	}
	return low;
}

/** The first string after every string that begins with `prefix` ("ab" → "ac"); "" for no prefix. */
export function prefixEnd(prefix: string): string {
	if (!prefix) return '';
	return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

/** True when a word that matches no term is worth looking for as a typo: long enough, and no number. */
export const mayBeTypo = (word: string) => word.length >= minFuzzyLength && !/\d/.test(word);

/**
 * The terms of a sorted vocabulary that a word matches as typed: the term equal to it, then (from two
 * letters on) the terms it begins, the `maxCompletions` most used.
 *
 * @param frequency How many documents use the term at each position.
 */
export function completions(
	terms: readonly string[],
	word: string,
	frequency: (term: number) => number,
): TermMatch[] {
	const at = lowerBound(terms, word);
	const exact = terms[at] === word;
	const found: TermMatch[] = [];
	if (word.length >= 2)
		for (let i = exact ? at + 1 : at; i < terms.length && terms[i]!.startsWith(word); i++)
			found.push({ term: i, quality: 0.5 + (0.3 * word.length) / terms[i]!.length });
	found.sort((a, b) => frequency(b.term) - frequency(a.term) || a.term - b.term);
	return [...(exact ? [{ term: at, quality: 1 }] : []), ...found.slice(0, maxCompletions)];
}

/**
 * Make a finder of typos among `terms` with fuse.js: the terms within `fuzzyThreshold` of a word, and
 * within `fuzzyWindow` of the closest. Callers give it the terms with the word's first letter: a slip
 * there is rare, and it keeps fuse.js to a small part of a large vocabulary.
 */
export function typoFinder(terms: readonly string[]): (word: string) => TermMatch[] {
	const options = { includeScore: true, threshold: fuzzyThreshold, minMatchCharLength: 2 };
	const fuse = new Fuse(terms, options);
	return (word) => {
		const found = fuse
			.search(word, { limit: maxTypos })
			.map((r) => ({ term: r.refIndex, score: r.score ?? 1 }));
		const closest = Math.min(...found.map((typo) => typo.score));
		return found
			.filter((typo) => typo.score <= fuzzyThreshold && typo.score <= closest + fuzzyWindow)
			.map((typo) => ({ term: typo.term, quality: 0.4 * (1 - typo.score) }));
	};
}
