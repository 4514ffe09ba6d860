import type { SearchType } from './types.ts';
import { VarintReader, writeVarint } from './varint.ts';

/**
 * The search index is a directory of small static files, /search-index/, fetched as a search needs
 * them (see README.md):
 *
 *   manifest.json            what every search reads first: document ranges per type, vocabulary shards
 *   terms/<n>.json           a run of the sorted vocabulary: terms, document frequencies, postings files
 *   postings/<n>-<k>.bin     the postings lists of some of vocabulary shard n's terms, binary, and in a
 *                            large index the documents its common terms rank first
 *   docs/<n>.json            a few neighbouring documents, with what results show
 *   officials/<id>.bin       the documents concerning one official, for the official filter
 *   years/<year>.bin         the documents concerning one year, for the year filter
 *   bundles/<n>.bin          copies of many of the files above in one, read in the background
 */
export const indexPaths = {
	manifest: 'manifest.json',
	terms: (shard: number) => `terms/${shard}.json`,
	postings: (shard: number, file: number) => `postings/${shard}-${file}.bin`,
	docs: (shard: number) => `docs/${shard}.json`,
	official: (id: string) => `officials/${id}.bin`,
	year: (year: number) => `years/${year}.bin`,
	bundle: (bundle: number) => `bundles/${bundle}.bin`,
};

/** The documents of one type: ids `from` to `from + count - 1`, stored `perShard` to a file from `shard` on. */
export interface TypeRange {
	type: SearchType;
	from: number;
	count: number;
	perShard: number;
	shard: number;
}

/** The first file every search reads: small, whatever the size of the corpus. */
export interface SearchManifest {
	/** The format's version, raised whenever a file's shape changes. */
	version: 3;
	/** How many documents there are; ids run from 0. */
	documents: number;
	/** The types in `searchTypes` order, each a contiguous range of ids. */
	types: TypeRange[];
	/** The years with a facet file. */
	years: number[];
	/** The vocabulary shards, in order: each one's first term; a shard runs to the next one's first. */
	vocabulary: string[];
	/** How many terms begin with each first character (a UTF-16 code unit), in sorted order. */
	initials: Record<string, number>;
	/**
	 * The bundles to read once the first results are shown, in order: the vocabulary always, and the
	 * postings and documents too when the whole index is small, so later keystrokes need no request.
	 */
	bundles: string[];
}

/** A run of the sorted vocabulary. */
export interface VocabularyShard {
	/** The terms, sorted by UTF-16 code units. */
	terms: string[];
	/** How many documents use each term. */
	df: number[];
	/** Where each postings file after the first starts, as a position in `terms`. */
	files: number[];
}

/** A document as stored in a documents shard: one-letter keys, empty fields left out. */
export interface StoredDocument {
	/** Its title, when it has one. */
	h?: string;
	/** Its text, when it has any. */
	x?: string;
	/** Its url; for a part, what follows its parent's url ("#p-3"). */
	u: string;
	/** Its meta line, when it has one. */
	m?: string;
	/** Its parent, by position in the shard's `parents`. */
	a?: number;
}

/** A parent of some of a shard's documents (a paragraph's story): what its parts borrow. */
export interface StoredParent {
	h: string;
	u: string;
	m?: string;
}

/** A few documents with neighbouring ids. */
export interface DocumentShard {
	docs: StoredDocument[];
	parents: StoredParent[];
}

/**
 * The documents a postings file's common terms rank highest, stored as in a documents shard, with
 * their ids: for a one-word search, the results each type shows first are among them, so they come
 * with the postings rather than from as many documents shards as there are results.
 */
export interface TopDocuments extends DocumentShard {
	/** Each of `docs`' document id, ascending. */
	ids: number[];
}

/** A document as search results show it, read back from its shard. */
export interface IndexedDocument {
	type: SearchType;
	title: string;
	text: string;
	url: string;
	meta: string;
	/** The parent's title (a paragraph's story), or "" when it has no parent. */
	context: string;
}

/** One entry of a postings list: a document using the term, and the term's counts in its title and text. */
export interface Posting {
	doc: number;
	inTitle: number;
	inText: number;
}

/**
 * Encode a postings list (ascending documents) as varints. Each entry is the gap from the previous
 * document times two, plus one when counts follow; the commonest entry, once in the text and not in
 * the title, is that one number, so a dense list costs about a byte a document.
 */
export function encodePostings(postings: readonly Posting[]): number[] {
	const out: number[] = [];
	let last = 0;
	for (const { doc, inTitle, inText } of postings) {
		const plain = inTitle === 0 && inText === 1;
		writeVarint(out, (doc - last) * 2 + (plain ? 0 : 1));
		if (!plain) {
			writeVarint(out, inTitle);
			writeVarint(out, inText);
		}
		last = doc;
	}
	return out;
}

/** Decode a postings list written by `encodePostings`, calling `visit` for each entry in order. */
export function readPostings(
	reader: VarintReader,
	visit: (doc: number, inTitle: number, inText: number) => void,
): void {
	let doc = 0;
	while (reader.more) {
		const head = reader.next();
		doc += Math.floor(head / 2);
		if (head % 2 === 0) visit(doc, 0, 1);
		else {
			const inTitle = reader.next();
			visit(doc, inTitle, reader.next());
		}
	}
}

/**
 * Encode ascending document ids as runs: the gap from the end of the previous run, then the run's
 * length. A story's paragraphs have neighbouring ids, so a year's documents are a few runs.
 */
export function encodeDocumentSet(docs: readonly number[]): number[] {
	const out: number[] = [];
	let end = 0;
	for (let i = 0; i < docs.length;) {
		let j = i + 1;
		while (j < docs.length && docs[j] === docs[j - 1]! + 1) j++;
		writeVarint(out, docs[i]! - end);
		writeVarint(out, j - i);
		end = docs[j - 1]! + 1;
		i = j;
	}
	return out;
}

/** Decode a set written by `encodeDocumentSet` into a membership array over `documents` ids. */
export function readDocumentSet(bytes: Uint8Array, documents: number): Uint8Array {
	const member = new Uint8Array(documents);
	const reader = new VarintReader(bytes);
	let at = 0;
	while (reader.more) {
		at += reader.next();
		const length = reader.next();
		member.fill(1, Math.min(at, documents), Math.min(at + length, documents));
		at += length;
	}
	return member;
}

/** A postings file: how many lists it holds, then each term's list, prefixed by its length in bytes. */
export function encodePostingsFile(lists: readonly number[][]): Uint8Array {
	const out: number[] = [];
	writeVarint(out, lists.length);
	for (const list of lists) {
		writeVarint(out, list.length);
		for (const byte of list) out.push(byte);
	}
	return Uint8Array.from(out);
}

/** A postings file with its terms' top documents after the lists, as UTF-8 JSON to the end of the file. */
export const withTopDocuments = (file: Uint8Array, tops: TopDocuments): Uint8Array =>
	concatBytes([file, new TextEncoder().encode(JSON.stringify(tops))]);

/** A postings file's terms' lists, in order, as views of `bytes`, and its top documents when it has them. */
export function readPostingsFile(bytes: Uint8Array): { lists: Uint8Array[]; tops: TopDocuments | undefined } {
	const lists: Uint8Array[] = [];
	const reader = new VarintReader(bytes);
	for (let count = reader.next(); count > 0; count--) {
		const length = reader.next();
		lists.push(bytes.subarray(reader.at, reader.at + length));
		reader.skip(length);
	}
	const rest = bytes.subarray(reader.at);
	const tops = rest.length > 0 ? (JSON.parse(new TextDecoder().decode(rest)) as TopDocuments) : undefined;
	return { lists, tops };
}

/** Read a document back from its shard: a part takes its url, context and the rest of its meta from its parent. */
export function readDocument(shard: DocumentShard, position: number, type: SearchType): IndexedDocument {
	const stored = shard.docs[position];
	const parent = stored?.a === undefined ? undefined : shard.parents[stored.a];
	return {
		type,
		title: stored?.h ?? '',
		text: stored?.x ?? '',
		url: (parent?.u ?? '') + (stored?.u ?? ''),
		meta: [stored?.m, parent?.m].filter(Boolean).join(' · '),
		context: parent?.h ?? '',
	};
}

/**
 * Pack files into one bundle: per file, its path's length and UTF-8 bytes, then its length and bytes
 * (varint lengths). A bundle holds copies of files the index also serves alone, so one request can
 * bring many of them and each is read only when a search needs it.
 */
export function encodeBundle(
	files: ReadonlyArray<readonly [path: string, body: string | Uint8Array]>,
): Uint8Array {
	const encoder = new TextEncoder();
	const parts: Uint8Array[] = [];
	for (const [path, body] of files) {
		const name = encoder.encode(path);
		const bytes = typeof body === 'string' ? encoder.encode(body) : body;
		const nameLength: number[] = [];
		writeVarint(nameLength, name.length);
		const length: number[] = [];
		writeVarint(length, bytes.length);
		parts.push(Uint8Array.from(nameLength), name, Uint8Array.from(length), bytes);
	}
	return concatBytes(parts);
}

/** Byte arrays one after another, in one. */
function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((size, part) => size + part.length, 0));
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

/** The files of a bundle written by `encodeBundle`, by path, as views of `bytes`. */
export function readBundle(bytes: Uint8Array): Map<string, Uint8Array> {
	const files = new Map<string, Uint8Array>();
	const decoder = new TextDecoder();
	const reader = new VarintReader(bytes);
	while (reader.more) {
		const nameLength = reader.next();
		const name = decoder.decode(bytes.subarray(reader.at, reader.at + nameLength));
		reader.skip(nameLength);
		const length = reader.next();
		files.set(name, bytes.subarray(reader.at, reader.at + length));
		reader.skip(length);
	}
	return files;
}
