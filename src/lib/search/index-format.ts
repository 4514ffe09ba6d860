import type { SearchType } from './types.ts';

/** One document as stored in the index: one-letter keys, empty fields left out. */
export interface StoredDocument {
	/** Its type, by position in `SearchIndex.types`. */
	k: number;
	/** Its title, when it has one. */
	h?: string;
	/** Its text, when it has any. */
	x?: string;
	/** Its url; for a part, what follows its parent's url ("#p-3"). */
	u: string;
	/** Its meta line, when it has one. */
	m?: string;
	/** Its parent, by position in `SearchIndex.docs`. */
	a?: number;
	/** The officials it concerns, by position in `SearchIndex.officials`. */
	o?: number[];
	/** The years it concerns, when it has its own. */
	y?: number[];
}

/** The search index as written to /search-index.json at build time and read in the browser. */
export interface SearchIndex {
	/** The format's version, raised whenever this shape changes. */
	version: 1;
	/** The document types in use. */
	types: SearchType[];
	/** The ids of the officials documents concern. */
	officials: string[];
	/** The documents; a parent always comes before its parts. */
	docs: StoredDocument[];
	/** The vocabulary: every distinct term, sorted by UTF-16 code units. */
	terms: string[];
	/**
	 * One postings list per term, flat: for each document using the term, in document order, the gap
	 * from the previous document's position (the first one's position itself), then the term's count
	 * in its title, then its count in its text.
	 */
	postings: number[][];
}

/** A document as search results show it, read back from the index. */
export interface IndexedDocument {
	type: SearchType;
	title: string;
	text: string;
	url: string;
	meta: string;
	/** The parent's title (a paragraph's story), or "" when it has no parent. */
	context: string;
	officials: string[];
	years: number[];
}

/**
 * Read the documents back from an index: resolve positions into ids, and complete a part from its
 * parent: the url, the context (the parent's title), the meta line (its own, then the parent's) and,
 * when it has none of its own, the years.
 */
export function readDocuments(index: SearchIndex): IndexedDocument[] {
	const docs: IndexedDocument[] = [];
	for (const stored of index.docs) {
		const parent = stored.a === undefined ? undefined : docs[stored.a];
		docs.push({
			type: index.types[stored.k] ?? 'paragraph',
			title: stored.h ?? '',
			text: stored.x ?? '',
			url: (parent?.url ?? '') + stored.u,
			meta: [stored.m, parent?.meta].filter(Boolean).join(' · '),
			context: parent?.title ?? '',
			officials: (stored.o ?? []).map((i) => index.officials[i] ?? ''),
			years: stored.y ?? parent?.years ?? [],
		});
	}
	return docs;
}
