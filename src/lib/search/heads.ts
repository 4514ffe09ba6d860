import type { SearchIndexFiles } from './build-index.ts';
import { indexPaths, type SearchManifest, type VocabularyShard } from './index-format.ts';
import { createSearcher, headLimit, headSnippetWidth } from './query.ts';
import { memorySource } from './sources.ts';
import { terms } from './tokenise.ts';

/** Words up to this many characters get a head file: they begin the most terms and documents. */
export const headLength = 3;

/**
 * Add head files to an index: for every word of up to `length` characters that begins a term, its
 * answer as the searcher gives it (`headLimit` results per type, snippets `headSnippetWidth` wide),
 * ready to show. A word being typed is short longest where it costs most: "pa" completes to dozens
 * of terms in thousands of documents, whose best five per type lie in as many documents shards; its
 * head file is one request instead of a vocabulary shard, postings files and up to 30 documents shards.
 *
 * @returns The same files and a manifest naming the head length, byte-for-byte the same for the same index.
 */
export async function withHeads(index: SearchIndexFiles, length = headLength): Promise<SearchIndexFiles> {
	const words = new Set<string>();
	for (let shard = 0; shard < index.manifest.vocabulary.length; shard++) {
		const file = index.files.get(indexPaths.terms(shard));
		const vocabulary = JSON.parse(String(file)) as VocabularyShard;
		for (const term of vocabulary.terms)
			for (let end = 1; end <= Math.min(length, term.length); end++) words.add(term.slice(0, end));
	}
	// The searcher reads the index without heads, so it answers each word the long way.
	const searcher = createSearcher(memorySource(index.files));
	const heads = new Map<string, string>();
	for (const word of [...words].sort()) {
		// A prefix the query box would never send as one word ("24." is read as "24") needs no file.
		const [only, ...more] = terms(word);
		if (only !== word || more.length > 0) continue;
		const answer = await searcher.search({ q: word }, { limit: headLimit, snippetWidth: headSnippetWidth });
		heads.set(indexPaths.head(word), JSON.stringify(answer));
	}
	const manifest: SearchManifest = { ...index.manifest, heads: length };
	const files = new Map(index.files);
	files.set(indexPaths.manifest, JSON.stringify(manifest));
	for (const [path, body] of heads) files.set(path, body);
	return { manifest, files };
}
