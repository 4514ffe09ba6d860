import type { SearchIndex, StoredDocument } from './index-format.ts';
import { terms } from './tokenise.ts';
import type { SearchDocument, SearchType } from './types.ts';

/** Count each term of a text. */
function counts(text: string): Map<string, number> {
	const counted = new Map<string, number>();
	for (const term of terms(text)) counted.set(term, (counted.get(term) ?? 0) + 1);
	return counted;
}

/** The position of each distinct value, in first-seen order. */
function positions<T>(values: Iterable<T>): Map<T, number> {
	const map = new Map<T, number>();
	for (const value of values) if (!map.has(value)) map.set(value, map.size);
	return map;
}

/**
 * Build the search index from documents: tokenise each title and text, and write the vocabulary (the
 * distinct terms), a postings list per term and the documents with what results show. The title is
 * matched, then the text and keywords; keywords are not stored, as the meta line shows them.
 *
 * @param documents Documents in tie-break order; a part must come after its parent.
 * @returns A JSON-ready `SearchIndex`.
 * @throws When a document names a parent that does not come before it, or whose url does not prefix its own.
 *
 * @example
 * buildIndex([{ key: 'o', type: 'official', title: 'Nikolai Patrushev', text: '', url: '/officials/nikolai-patrushev/', … }])
 * // → { terms: ['nikolai', 'patrushev'], postings: [[0, 1, 0], [0, 1, 0]], docs: [{ k: 0, h: 'Nikolai Patrushev', … }], … }
 */
export function buildIndex(documents: readonly SearchDocument[]): SearchIndex {
	const typeIndex = positions<SearchType>(documents.map((doc) => doc.type));
	const officialIndex = positions(documents.flatMap((doc) => doc.officials));
	const docIndex = new Map(documents.map((doc, i) => [doc.key, i]));

	const postings = new Map<string, number[]>();
	const last = new Map<string, number>();
	const docs = documents.map((doc, i): StoredDocument => {
		const title = counts(doc.title);
		const text = counts(doc.keywords ? `${doc.text} ${doc.keywords}` : doc.text);
		for (const term of new Set([...title.keys(), ...text.keys()])) {
			const list = postings.get(term) ?? [];
			list.push(i - (last.get(term) ?? 0), title.get(term) ?? 0, text.get(term) ?? 0);
			postings.set(term, list);
			last.set(term, i);
		}
		return stored(doc, i);
	});

	function stored(doc: SearchDocument, i: number): StoredDocument {
		const parentAt = doc.parent === undefined ? undefined : docIndex.get(doc.parent);
		const parent = parentAt === undefined ? undefined : documents[parentAt];
		if (doc.parent !== undefined && (parentAt === undefined || parentAt >= i || !parent))
			throw new Error(`search document ${doc.key}: its parent ${doc.parent} must come before it`);
		if (parent && !doc.url.startsWith(parent.url))
			throw new Error(`search document ${doc.key}: its url must start with its parent's, ${parent.url}`);
		return {
			k: typeIndex.get(doc.type) ?? 0,
			...(doc.title && { h: doc.title }),
			...(doc.text && { x: doc.text }),
			u: parent ? doc.url.slice(parent.url.length) : doc.url,
			...(doc.meta && { m: doc.meta }),
			...(parentAt !== undefined && { a: parentAt }),
			...(doc.officials.length > 0 && { o: doc.officials.map((id) => officialIndex.get(id) ?? 0) }),
			...(doc.years.length > 0 && { y: doc.years }),
		};
	}

	const vocabulary = [...postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	return {
		version: 1,
		types: [...typeIndex.keys()],
		officials: [...officialIndex.keys()],
		docs,
		terms: vocabulary,
		postings: vocabulary.map((term) => postings.get(term) ?? []),
	};
}
