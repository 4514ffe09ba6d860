import {
	indexPaths,
	readBundle,
	readDocument,
	readDocumentSet,
	readPostingsFile,
	type DocumentShard,
	type SearchManifest,
	type TypeRange,
	type VocabularyShard,
} from './index-format.ts';
import { highlight, snippet } from './snippet.ts';
import { tokenise } from './tokenise.ts';
import {
	searchTypeLabels,
	searchTypes,
	type ResultGroup,
	type SearchQuery,
	type SearchResponse,
	type SearchResult,
	type SearchType,
} from './types.ts';
import { ranker } from './rank.ts';
import { completions, lowerBound, mayBeTypo, prefixEnd, typoFinder, type TermMatch } from './vocabulary.ts';

export type { ResultGroup, SearchQuery, SearchResponse, SearchResult } from './types.ts';

/** Where the searcher gets the index's files, by path under /search-index/: fetched in the browser, from memory in tests. */
export interface IndexSource {
	json(path: string): Promise<unknown>;
	/**
	 * A binary file; an optional one that does not exist reads as no bytes. A `background` read is
	 * one no search waits for, which the browser may put behind the others.
	 */
	bytes(path: string, options?: { optional?: boolean; background?: boolean }): Promise<Uint8Array>;
}

/** Searches one index. */
export interface Searcher {
	/** Fetch the manifest, which every search reads first; rejects when the index cannot be read. */
	prepare(): Promise<void>;
	/**
	 * Search. `limit` caps the results shown per type (every result is counted); `signal` abandons a
	 * search a newer one replaces, before it fetches documents it would never show.
	 */
	search(query: SearchQuery, options?: SearchOptions): Promise<SearchResponse>;
	/**
	 * Read the manifest's bundles, one at a time, in the background: the vocabulary, and the whole
	 * index when it is small. Later searches then read those files from memory. Call it once the first
	 * results are shown, so it never delays them; it resolves when all are read (or one cannot be).
	 */
	warm(): Promise<void>;
}

/** How a search shows its results. */
export interface SearchOptions {
	/** Results shown per type, the best first; every result is counted. Default: all. */
	limit?: number;
	/** About how many characters of text a snippet shows. Default 180. */
	snippetWidth?: number;
	/** Aborting it rejects the search with the signal's reason as soon as it next waits. */
	signal?: AbortSignal;
}

/** Longer queries are cut: nobody types more, and it bounds the work a pasted text can cause. */
export const maxQueryLength = 200;
/**
 * Completions of a word are kept, the most used first, until together they are in this many documents
 * (the first is always kept): "pa" in a large corpus begins dozens of common words, and reading every
 * one's postings would cost more than the search is worth while the word is being typed.
 */
export const maxCompletionDocuments = 10_000;
/**
 * Typos are looked for among the terms with a word's first letter, unless more than this many begin
 * with it; then among those with its first two letters. fuse.js takes about a millisecond per few
 * hundred terms, and a large corpus has thousands of terms for a common letter.
 */
export const maxTypoCandidates = 2000;
const maxWords = 12;
const noCounts = () => Object.fromEntries(searchTypes.map((type) => [type, 0])) as Record<SearchType, number>;

/** A term a query word matched: the term, how well, and where its postings are. */
interface WordMatch {
	term: string;
	quality: number;
	shard: number;
	position: number;
}

/**
 * Make a searcher over an index built by `buildIndex`, reading its files from `source` only as a search
 * needs them and keeping what it read. Each query word is matched against the vocabulary shards that
 * can hold it (see `completions` and `typoFinder`); a document is found when every word matches one of
 * its terms. It scores the sum, over words, of its best term: the match quality times its weight —
 * three for the title, 1 + ln(count) for the text. Ties keep index order. Every term a word matched is
 * marked wherever it appears in a result. Only the shown results' documents are fetched.
 *
 * @example (await createSearcher(source).search({ q: 'patrushov', type: 'official' })).groups[0]?.results[0]?.url
 * // → '/officials/nikolai-patrushev/'
 */
export function createSearcher(source: IndexSource): Searcher {
	const cache = new Map<string, Promise<unknown>>();
	/** Read a file once, and what is made of it; a failed read is forgotten so the next search tries again. */
	function once<T>(key: string, read: () => Promise<T>): Promise<T> {
		let promise = cache.get(key) as Promise<T> | undefined;
		if (!promise) {
			promise = read();
			cache.set(key, promise);
			promise.catch(() => cache.delete(key));
		}
		return promise;
	}
	/** Files read from bundles, by path: a search reads them from here rather than ask for them. */
	const bundled = new Map<string, Uint8Array>();
	const decoder = new TextDecoder();
	const json = (path: string) => {
		const kept = bundled.get(path);
		return kept ? Promise.resolve(JSON.parse(decoder.decode(kept)) as unknown) : source.json(path);
	};
	const bytes = (path: string) => {
		const kept = bundled.get(path);
		return kept ? Promise.resolve(kept) : source.bytes(path);
	};
	const manifest = () => once('manifest', () => source.json(indexPaths.manifest) as Promise<SearchManifest>);
	const vocabularyShard = (shard: number) =>
		once(`terms ${shard}`, () => json(indexPaths.terms(shard)) as Promise<VocabularyShard>);
	/** Documents that came with postings files (their terms' top documents), by id, and where each is. */
	const topDocuments = new Map<number, { shard: DocumentShard; position: number }>();
	const postingsFile = (shard: number, file: number) =>
		once(`postings ${shard}-${file}`, async () => {
			const { lists, tops } = readPostingsFile(await bytes(indexPaths.postings(shard, file)));
			tops?.ids.forEach((id, position) => topDocuments.set(id, { shard: tops, position }));
			return lists;
		});
	const documentShard = (shard: number) =>
		once(`docs ${shard}`, () => json(indexPaths.docs(shard)) as Promise<DocumentShard>);
	let warming: Promise<void> | undefined;
	// An official no document concerns has no file: an empty set.
	const facet = (path: string, documents: number) =>
		once(`facet ${path}`, async () =>
			readDocumentSet(await source.bytes(path, { optional: true }), documents),
		);

	/** The vocabulary shards whose terms may lie in [from, to), each with its terms. */
	async function shardsOver(index: SearchManifest, from: string, to: string) {
		const at = lowerBound(index.vocabulary, from);
		const first = Math.max(0, index.vocabulary[at] === from ? at : at - 1);
		const last = lowerBound(index.vocabulary, to) - 1;
		const numbers = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
		return Promise.all(numbers.map(async (shard) => ({ shard, ...(await vocabularyShard(shard)) })));
	}

	/** The terms a word matches, as typed (`completions`), else as a typo among the terms with its first letter. */
	async function matchWord(index: SearchManifest, word: string): Promise<WordMatch[]> {
		// A one-letter word matches only itself; a longer one, the terms it begins too.
		const near = await shardsOver(index, word, word.length < 2 ? `${word}\0` : prefixEnd(word));
		const terms = near.flatMap((shard) => shard.terms);
		const df = near.flatMap((shard) => shard.df);
		const where = near.flatMap((shard) =>
			shard.terms.map((_, position) => ({ shard: shard.shard, position })),
		);
		const found = completions(terms, word, (term) => df[term] ?? 0);
		const asWords = (matches: TermMatch[], list: readonly string[], places: typeof where) =>
			matches.map(({ term, quality }) => ({ term: list[term] ?? '', quality, ...places[term]! }));
		if (found.length > 0) {
			let documents = 0;
			const kept = found.filter(({ term, quality }, i) => {
				if (quality === 1) return true;
				documents += df[term] ?? 0;
				return i === 0 || (i === 1 && found[0]!.quality === 1) || documents <= maxCompletionDocuments;
			});
			return asWords(kept, terms, where);
		}
		if (!mayBeTypo(word)) return [];
		// Typos among the terms with the word's first letter, or its first two when the first alone
		// begins too many terms for fuse.js to search at every keystroke.
		const initial = word.charAt(0);
		const prefix = (index.initials[initial] ?? 0) > maxTypoCandidates ? word.slice(0, 2) : initial;
		const run = await once(`typos ${prefix}`, async () => {
			const shards = await shardsOver(index, prefix, prefixEnd(prefix));
			const list: string[] = [];
			const places: typeof where = [];
			for (const shard of shards)
				shard.terms.forEach((term, position) => {
					if (!term.startsWith(prefix)) return;
					list.push(term);
					places.push({ shard: shard.shard, position });
				});
			return { find: typoFinder(list), list, places };
		});
		return asWords(run.find(word), run.list, run.places);
	}

	/** A term's postings list, as bytes. */
	async function postingsOf(match: WordMatch): Promise<Uint8Array> {
		const shard = await vocabularyShard(match.shard);
		const file = lowerBound(shard.files, match.position + 1);
		const lists = await postingsFile(match.shard, file);
		return lists[match.position - (file === 0 ? 0 : shard.files[file - 1]!)] ?? new Uint8Array();
	}

	/** Each word's matched terms with their postings; notes the terms, to mark them in results. */
	async function postingsOfWords(index: SearchManifest, words: readonly string[], terms: Set<string>) {
		return Promise.all(
			words.map(async (word) => {
				const matches = await matchWord(index, word);
				return Promise.all(
					matches.map(async (match) => {
						terms.add(match.term);
						return { quality: match.quality, postings: await postingsOf(match) };
					}),
				);
			}),
		);
	}

	let rank: { documents: number; run: ReturnType<typeof ranker> } | undefined;

	/** The filter a query's official and year make, as a test of a document id; undefined for none. */
	async function filterOf(index: SearchManifest, query: SearchQuery) {
		const sets = await Promise.all([
			query.official === undefined ? undefined : facet(indexPaths.official(query.official), index.documents),
			query.year === undefined
				? undefined
				: index.years.includes(query.year)
					? facet(indexPaths.year(query.year), index.documents)
					: new Uint8Array(index.documents),
		]);
		const active = sets.filter((set) => set !== undefined);
		if (active.length === 0) return undefined;
		return (doc: number) => active.every((set) => set[doc] === 1);
	}

	/** A document ready to show: its shard fetched, matched words marked. */
	async function result(range: TypeRange, doc: number, isMatch: (term: string) => boolean, width: number) {
		const offset = doc - range.from;
		const top = topDocuments.get(doc);
		const stored = top
			? readDocument(top.shard, top.position, range.type)
			: readDocument(
					await documentShard(range.shard + Math.floor(offset / range.perShard)),
					offset % range.perShard,
					range.type,
				);
		return {
			type: range.type,
			url: stored.url,
			title: highlight(stored.title, isMatch),
			context: stored.context,
			meta: stored.meta,
			snippet: snippet(stored.text, isMatch, width),
		} satisfies SearchResult;
	}

	return {
		async prepare() {
			await manifest();
		},
		warm() {
			warming ??= (async () => {
				for (const path of (await manifest()).bundles) {
					const files = readBundle(await source.bytes(path, { background: true }));
					for (const [name, body] of files) bundled.set(name, body);
				}
			})().catch(() => {});
			return warming;
		},
		async search(query, { limit = Infinity, snippetWidth = 180, signal } = {}) {
			const words = [...new Set(tokenise(query.q.slice(0, maxQueryLength)).map((t) => t.term))];
			const filtered = query.official !== undefined || query.year !== undefined || query.type !== undefined;
			if (words.length === 0 && !filtered) return { total: 0, counts: noCounts(), groups: [], unmatched: [] };

			const index = await manifest();
			const terms = new Set<string>();
			const isMatch = (term: string) => terms.has(term);
			const [matched, passes] = await Promise.all([
				postingsOfWords(index, words.slice(0, maxWords), terms),
				filterOf(index, query),
			]);
			signal?.throwIfAborted();
			if (rank?.documents !== index.documents)
				rank = { documents: index.documents, run: ranker(index.documents) };
			const { counts, best, unmatched } = rank.run({
				words: matched,
				ranges: index.types,
				passes,
				only: query.type,
				limit,
			});

			const groups = await Promise.all(
				index.types
					.filter((range) => best.has(range.type))
					.map(async (range): Promise<ResultGroup> => {
						const shown = best.get(range.type) ?? [];
						return {
							type: range.type,
							label: searchTypeLabels[range.type],
							count: counts[range.type],
							results: await Promise.all(shown.map((doc) => result(range, doc, isMatch, snippetWidth))),
						};
					}),
			);
			return {
				total: groups.reduce((total, group) => total + group.count, 0),
				counts,
				groups,
				unmatched: unmatched.map((n) => words[n]!),
			};
		},
	};
}
