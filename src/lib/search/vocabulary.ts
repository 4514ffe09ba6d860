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

/** First position in sorted `terms` whose term is not below `word`. */
function lowerBound(terms: readonly string[], word: string): number {
	let low = 0;
	let high = terms.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (terms[mid]! < word) low = mid + 1;
		else high = mid;
	}
	return low;
}

/**
 * Make a matcher of query words against a sorted vocabulary. A word matches the term equal to it,
 * then the terms it begins (from two letters on); only when neither exists does fuse.js look for
 * terms within `fuzzyThreshold` of it. Typos are looked for among the terms with the same first
 * letter (a contiguous run of the sorted vocabulary): a slip there is rare, and it keeps fuse.js to
 * a small part of a large vocabulary.
 *
 * @param terms The vocabulary, sorted by UTF-16 code units.
 * @param frequency How many documents use the term at each position, to keep the most used completions.
 */
export function vocabularyMatcher(
	terms: readonly string[],
	frequency: (term: number) => number,
): (word: string) => TermMatch[] {
	const byInitial = new Map<string, { fuse: Fuse<string>; offset: number }>();
	function typos(word: string): TermMatch[] {
		const initial = word.charAt(0);
		let run = byInitial.get(initial);
		if (!run) {
			const from = lowerBound(terms, initial);
			const to = lowerBound(terms, String.fromCharCode(initial.charCodeAt(0) + 1));
			const options = { includeScore: true, threshold: fuzzyThreshold, minMatchCharLength: 2 };
			run = { fuse: new Fuse(terms.slice(from, to), options), offset: from };
			byInitial.set(initial, run);
		}
		const { fuse, offset } = run;
		const found = fuse
			.search(word, { limit: maxTypos })
			.map((r) => ({ term: r.refIndex, score: r.score ?? 1 }));
		const closest = Math.min(...found.map((typo) => typo.score));
		return found
			.filter((typo) => typo.score <= fuzzyThreshold && typo.score <= closest + fuzzyWindow)
			.map((typo) => ({ term: typo.term + offset, quality: 0.4 * (1 - typo.score) }));
	}

	return (word) => {
		const at = lowerBound(terms, word);
		const exact = terms[at] === word;
		const completions: TermMatch[] = [];
		if (word.length >= 2)
			for (let i = exact ? at + 1 : at; i < terms.length && terms[i]!.startsWith(word); i++)
				completions.push({ term: i, quality: 0.5 + (0.3 * word.length) / terms[i]!.length });
		completions.sort((a, b) => frequency(b.term) - frequency(a.term) || a.term - b.term);
		const found = [...(exact ? [{ term: at, quality: 1 }] : []), ...completions.slice(0, maxCompletions)];
		if (found.length > 0 || word.length < minFuzzyLength || /\d/.test(word)) return found;
		return typos(word);
	};
}
