import type { SearchIndexFiles } from './build-index.ts';
import { indexPaths, type SearchManifest, type VocabularyShard } from './index-format.ts';
import { createSearcher, headLimit, headSnippetWidth } from './query.ts';
import { memorySource } from './sources.ts';
import { terms } from './tokenise.ts';
import { lowerBound } from './vocabulary.ts';

/** Words up to this many characters get a head file: they begin the most terms and documents. */
export const headLength = 3;
/** A longer word, up to `longHeadLength` characters, gets one when the terms it begins are in this many documents. */
export const headDocuments = 30;
export const longHeadLength = 8;

/**
 * Add head files to an index: for every word of up to `length` characters that begins a term, its
 * answer as the searcher gives it (`headLimit` results per type, snippets `headSnippetWidth` wide),
 * ready to show. A word being typed is short longest where it costs most: "pa" completes to dozens
 * of terms in thousands of documents, whose best five per type lie in as many documents shards; its
 * head file is one request instead of a vocabulary shard, postings files and up to 30 documents shards.
 *
 * @returns The same files and a manifest naming the head length, byte-for-byte the same for the same index.
 */
export async function withHeads(
	index: SearchIndexFiles,
	{ length = headLength, documents = headDocuments, longLength = longHeadLength } = {},
): Promise<SearchIndexFiles> {
	const words = new Set<string>();
	const shards = index.manifest.vocabulary.map(
		(_, shard) => JSON.parse(String(index.files.get(indexPaths.terms(shard)))) as VocabularyShard,
	);
	// How many documents use the terms each longer word begins (counted once per term, so an upper bound).
	const used = new Map<string, number>();
	for (const vocabulary of shards)
		vocabulary.terms.forEach((term, i) => {
			for (let end = 1; end <= Math.min(length, term.length); end++) words.add(term.slice(0, end));
			for (let end = length + 1; end <= Math.min(longLength, term.length); end++) {
				const word = term.slice(0, end);
				used.set(word, (used.get(word) ?? 0) + vocabulary.df[i]!);
			}
		});
	// A longer word's head is listed in the vocabulary shard it sorts into, which the searcher reads first.
	const listed = shards.map((): string[] => []);
	for (const [word, count] of used) {
		if (count < documents) continue;
		words.add(word);
		const at = lowerBound(index.manifest.vocabulary, word);
		listed[Math.max(0, index.manifest.vocabulary[at] === word ? at : at - 1)]!.push(word);
	}
	// The searcher reads the index without heads, so it answers each word the long way.
	const searcher = createSearcher(memorySource(index.files));
	const answers = new Map<string, string>();
	for (const word of [...words].sort()) {
		// A prefix the query box would never send as one word ("24." is read as "24") needs no file.
		const [only, ...more] = terms(word);
		if (only !== word || more.length > 0) continue;
		const answer = await searcher.search({ q: word }, { limit: headLimit, snippetWidth: headSnippetWidth });
		answers.set(indexPaths.head(word), JSON.stringify(answer));
	}
	const manifest: SearchManifest = { ...index.manifest, heads: length };
	const files = new Map(index.files);
	files.set(indexPaths.manifest, JSON.stringify(manifest));
	shards.forEach((vocabulary, shard) => {
		const heads = listed[shard]!.filter((word) => answers.has(indexPaths.head(word))).sort();
		files.set(indexPaths.terms(shard), JSON.stringify({ ...vocabulary, heads } satisfies VocabularyShard));
	});
	for (const [path, body] of answers) files.set(path, body);
	return { manifest, files };
}
