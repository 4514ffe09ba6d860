import { readDocuments, type IndexedDocument, type SearchIndex } from './index-format.ts';
import { highlight, snippet } from './snippet.ts';
import { tokenise } from './tokenise.ts';
import {
	searchTypeLabels,
	searchTypes,
	type ResultGroup,
	type SearchQuery,
	type SearchResponse,
	type SearchType,
} from './types.ts';
import { vocabularyMatcher } from './vocabulary.ts';

export type { ResultGroup, SearchQuery, SearchResponse, SearchResult } from './types.ts';

/** Searches one index. */
export interface Searcher {
	search(query: SearchQuery, options?: { limit?: number; snippetWidth?: number }): SearchResponse;
}

/** Longer queries are cut: nobody types more, and it bounds the work a pasted text can cause. */
export const maxQueryLength = 200;
const maxWords = 12;
const titleWeight = 3;

/**
 * Make a searcher over an index built by `buildIndex`. Each query word is matched against the
 * vocabulary (see `vocabularyMatcher`); a document is found when every word matches one of its terms.
 * It scores the sum, over words, of its best term: the match quality times its weight — three for the
 * title, 1 + ln(count) for the text. Ties keep index order. Every term a word matched is marked
 * wherever it appears in a result.
 *
 * @example createSearcher(index).search({ q: 'patrushov', type: 'official' }).groups[0]?.results[0]?.url
 * // → '/officials/nikolai-patrushev/'
 */
export function createSearcher(index: SearchIndex): Searcher {
	const docs = readDocuments(index);
	const frequency = (term: number) => (index.postings[term]?.length ?? 0) / 3;
	const match = vocabularyMatcher(index.terms, frequency);
	// Scratch space shared by every search, so a search over many documents allocates little: one
	// word's best score per document, the running sum over words, and how many words matched so far.
	const best = new Float64Array(docs.length);
	const sum = new Float64Array(docs.length);
	const matched = new Uint8Array(docs.length);

	/** Score the documents one word matches into `best`, noting the terms it matched; returns them. */
	function scoreWord(word: string, terms: Set<string>): number[] {
		const touched: number[] = [];
		for (const { term, quality } of match(word)) {
			terms.add(index.terms[term] ?? '');
			const list = index.postings[term] ?? [];
			for (let i = 0, doc = 0; i + 2 < list.length; i += 3) {
				doc += list[i]!;
				const inTitle = list[i + 1]!;
				const inText = list[i + 2]!;
				const score = quality * ((inTitle > 0 ? titleWeight : 0) + (inText > 0 ? 1 + Math.log(inText) : 0));
				if (best[doc] === 0) touched.push(doc);
				if (score > best[doc]!) best[doc] = score;
			}
		}
		return touched;
	}

	/** The documents every word matches, best first, then in index order. */
	function find(words: readonly string[], terms: Set<string>, unmatched: string[]): number[] {
		if (words.length === 0) return docs.map((_, i) => i);
		let first: number[] = [];
		let found: number[] = [];
		words.forEach((word, n) => {
			const touched = scoreWord(word, terms);
			if (touched.length === 0) unmatched.push(word);
			for (const doc of touched) {
				if (matched[doc] === n) {
					sum[doc] = sum[doc]! + best[doc]!;
					matched[doc] = n + 1;
				}
				best[doc] = 0;
			}
			if (n === 0) first = touched;
			found = (n === 0 ? touched : found).filter((doc) => matched[doc] === n + 1);
		});
		found.sort((a, b) => sum[b]! - sum[a]! || a - b);
		// Every document with a score matched the first word: clear the scratch space through that list.
		for (const doc of first) {
			sum[doc] = 0;
			matched[doc] = 0;
		}
		return found;
	}

	return {
		search(query, { limit = Infinity, snippetWidth = 180 } = {}) {
			const words = [...new Set(tokenise(query.q.slice(0, maxQueryLength)).map((t) => t.term))];
			const filtered = query.official !== undefined || query.year !== undefined || query.type !== undefined;
			const unmatched: string[] = [];
			const counts = Object.fromEntries(searchTypes.map((type) => [type, 0])) as Record<SearchType, number>;
			if (words.length === 0 && !filtered) return { total: 0, counts, groups: [], unmatched };

			const terms = new Set<string>();
			const isMatch = (term: string) => terms.has(term);
			const passes = (doc: IndexedDocument) =>
				(query.official === undefined || doc.officials.includes(query.official)) &&
				(query.year === undefined || doc.years.includes(query.year));
			const byType = new Map<SearchType, number[]>();
			for (const i of find(words.slice(0, maxWords), terms, unmatched)) {
				const doc = docs[i]!;
				if (!passes(doc)) continue;
				counts[doc.type]++;
				if (query.type !== undefined && query.type !== doc.type) continue;
				const ofType = byType.get(doc.type);
				if (ofType) ofType.push(i);
				else byType.set(doc.type, [i]);
			}

			const groups = searchTypes
				.filter((type) => byType.has(type))
				.map((type): ResultGroup => {
					const ofType = byType.get(type) ?? [];
					return {
						type,
						label: searchTypeLabels[type],
						count: ofType.length,
						results: ofType.slice(0, limit).map((i) => {
							const doc = docs[i]!;
							return {
								type,
								url: doc.url,
								title: highlight(doc.title, isMatch),
								context: doc.context,
								meta: doc.meta,
								snippet: snippet(doc.text, isMatch, snippetWidth),
							};
						}),
					};
				});
			return { total: groups.reduce((total, group) => total + group.count, 0), counts, groups, unmatched };
		},
	};
}
