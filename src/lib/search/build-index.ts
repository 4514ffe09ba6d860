import {
	encodeBundle,
	encodeDocumentSet,
	encodePostings,
	encodePostingsFile,
	withTopDocuments,
	indexPaths,
	type DocumentShard,
	type Posting,
	type SearchManifest,
	type StoredDocument,
	type StoredParent,
	type TypeRange,
	type VocabularyShard,
} from './index-format.ts';
import { termWeight } from './rank.ts';
import { terms } from './tokenise.ts';
import { searchTypes, type SearchDocument } from './types.ts';

/** How the index is cut into files; the defaults keep every file a few kilobytes gzipped. */
export interface ShardSizes {
	/** Terms per vocabulary shard. Default 1000. */
	termsPerShard: number;
	/** A postings file is closed once it holds this many bytes; a longer list gets a file of its own. Default 8192. */
	postingsFileBytes: number;
	/** About this many bytes of JSON per documents shard. Default 2048. */
	documentShardBytes: number;
	/** A bundle is closed once it holds this many bytes. Default 1 MiB. */
	bundleBytes: number;
	/**
	 * When the vocabulary, postings and documents together are no larger than this, all of them are
	 * bundled, else only the vocabulary. Default 8 MiB (about 1.5 MB gzipped, some 1,000 stories).
	 */
	bundleAllBelow: number;
	/**
	 * In an index too large to bundle whole, each postings file carries the documents its terms used by
	 * at least `topsMinDocuments` documents rank highest, the best `topsPerType` of each type: as many
	 * as the search page first shows. Defaults 5 and 8: a rarer term has so few documents that fetching them costs little.
	 */
	topsPerType: number;
	topsMinDocuments: number;
	/**
	 * Terms of up to this many characters carry their top documents however few documents use them:
	 * they are typed on the way to longer words, and as exact matches they outrank those completions
	 * ("pat" on the way to "patrushev"). Default 3.
	 */
	topsShortTerms: number;
}

const defaultSizes: ShardSizes = {
	termsPerShard: 1000,
	postingsFileBytes: 8192,
	documentShardBytes: 2048,
	bundleBytes: 1 << 20,
	bundleAllBelow: 8 << 20,
	topsPerType: 5,
	topsMinDocuments: 8,
	topsShortTerms: 3,
};

/** The files of the index, by path under /search-index/, in a fixed order. */
export interface SearchIndexFiles {
	manifest: SearchManifest;
	files: Map<string, string | Uint8Array>;
}

/** Count each term of a text. */
function counts(text: string): Map<string, number> {
	const counted = new Map<string, number>();
	for (const term of terms(text)) counted.set(term, (counted.get(term) ?? 0) + 1);
	return counted;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Make a finder of a term's top documents: from its postings, the best `perType` of each type by the
 * weight the ranker gives the term in each (`termWeight`), ties to the lower id. For a one-word search, each result shown among the first `perType` of
 * its type is among the top documents of the term that scored it, whatever the match quality.
 */
export function topDocuments(types: readonly TypeRange[], perType: number) {
	return (list: readonly Posting[]): number[] => {
		const tops = types.map(() => [] as { id: number; weight: number }[]);
		let kind = 0;
		for (const { doc, inTitle, inText } of list) {
			while (kind < types.length - 1 && doc >= types[kind]!.from + types[kind]!.count) kind++;
			const weight = termWeight(inTitle, inText);
			const top = tops[kind]!;
			// Postings come in id order, so an equal weight never displaces an earlier document.
			if (top.length === perType && weight <= top[perType - 1]!.weight) continue;
			let at = top.length;
			while (at > 0 && top[at - 1]!.weight < weight) at--;
			top.splice(at, 0, { id: doc, weight });
			if (top.length > perType) top.pop();
		}
		return tops.flatMap((top) => top.map((entry) => entry.id));
	};
}

/** Cut `items` into consecutive groups of at most `size`. */
function chunks<T>(items: readonly T[], size: number): T[][] {
	const groups: T[][] = [];
	for (let i = 0; i < items.length; i += size) groups.push(items.slice(i, i + size));
	return groups;
}

/**
 * Build the search index from documents, as files: a manifest, the vocabulary in sorted shards, the
 * postings lists in binary files beside them, the documents in small shards, and one facet file per
 * official and year. Documents get ids by type (officials, meetings, …, paragraphs), keeping their
 * given order within a type, so a type's documents are a range of ids and its count needs no lookup.
 * The title is matched, then the text and keywords; keywords are not stored, as the meta line shows them.
 *
 * @param documents Documents in tie-break order; a part must come after its parent.
 * @returns The manifest and every file, byte-for-byte the same for the same documents.
 * @throws When a document names a parent that does not come before it, or whose url does not prefix its own.
 */
export function buildIndex(
	documents: readonly SearchDocument[],
	sizes: Partial<ShardSizes> = {},
): SearchIndexFiles {
	const {
		termsPerShard,
		postingsFileBytes,
		documentShardBytes,
		bundleBytes,
		bundleAllBelow,
		topsPerType,
		topsMinDocuments,
		topsShortTerms,
	} = { ...defaultSizes, ...sizes };
	const given = new Map(documents.map((doc, i) => [doc.key, i]));
	documents.forEach((doc, i) => {
		if (doc.parent === undefined) return;
		const parentAt = given.get(doc.parent);
		const parent = parentAt === undefined ? undefined : documents[parentAt];
		if (parentAt === undefined || parentAt >= i || !parent)
			throw new Error(`search document ${doc.key}: its parent ${doc.parent} must come before it`);
		if (!doc.url.startsWith(parent.url))
			throw new Error(`search document ${doc.key}: its url must start with its parent's, ${parent.url}`);
	});

	const ordered = searchTypes.flatMap((type) => documents.filter((doc) => doc.type === type));
	const byKey = new Map(ordered.map((doc, id) => [doc.key, { doc, id }]));

	// Postings, in id order, and the facets: which documents concern each official and each year.
	const postings = new Map<string, Posting[]>();
	const officials = new Map<string, number[]>();
	const years = new Map<number, number[]>();
	const add = <K>(map: Map<K, number[]>, key: K, id: number) => {
		const list = map.get(key);
		if (!list) map.set(key, [id]);
		else if (list[list.length - 1] !== id) list.push(id);
	};
	ordered.forEach((doc, id) => {
		const title = counts(doc.title);
		const text = counts(doc.keywords ? `${doc.text} ${doc.keywords}` : doc.text);
		for (const term of new Set([...title.keys(), ...text.keys()])) {
			const posting = { doc: id, inTitle: title.get(term) ?? 0, inText: text.get(term) ?? 0 };
			const list = postings.get(term);
			if (list) list.push(posting);
			else postings.set(term, [posting]);
		}
		for (const official of doc.officials) add(officials, official, id);
		const parentYears = doc.parent === undefined ? [] : (byKey.get(doc.parent)?.doc.years ?? []);
		for (const year of doc.years.length > 0 ? doc.years : parentYears) add(years, year, id);
	});

	const files = new Map<string, string | Uint8Array>();

	// The vocabulary in shards of sorted terms, each with its postings files.
	const vocabulary = [...postings.keys()].sort(byCodeUnits);
	const shardFirsts: string[] = [];
	const postingsFiles: { path: string; terms: string[] }[] = [];
	chunks(vocabulary, termsPerShard).forEach((shardTerms, shard) => {
		shardFirsts.push(shardTerms[0]!);
		const starts: number[] = [];
		let file: number[][] = [];
		let fileTerms: string[] = [];
		let fileBytes = 0;
		const close = () => {
			if (file.length === 0) return;
			const path = indexPaths.postings(shard, starts.length);
			files.set(path, encodePostingsFile(file));
			postingsFiles.push({ path, terms: fileTerms });
			file = [];
			fileTerms = [];
			fileBytes = 0;
		};
		const lists = shardTerms.map((term) => encodePostings(postings.get(term) ?? []));
		lists.forEach((list, i) => {
			if (file.length > 0 && fileBytes + list.length > postingsFileBytes) {
				close();
				starts.push(i);
			}
			file.push(list);
			fileTerms.push(shardTerms[i]!);
			fileBytes += list.length;
		});
		close();
		files.set(
			indexPaths.terms(shard),
			JSON.stringify({
				terms: shardTerms,
				df: shardTerms.map((term) => postings.get(term)?.length ?? 0),
				files: starts,
			} satisfies VocabularyShard),
		);
	});

	// The documents in small shards, a type at a time so a shard holds one type.
	const types: TypeRange[] = [];
	let shard = 0;
	for (const type of searchTypes) {
		const from = types.reduce((end, range) => end + range.count, 0);
		const ofType = ordered.filter((doc) => doc.type === type);
		if (ofType.length === 0) continue;
		const stored = ofType.map((doc) => storedDocument(doc));
		const bytes = stored.reduce((sum, entry) => sum + JSON.stringify(entry).length, 0);
		const perShard = Math.max(1, Math.min(64, Math.round(documentShardBytes / (bytes / ofType.length))));
		types.push({ type, from, count: ofType.length, perShard, shard });
		for (const group of chunks(ofType, perShard))
			files.set(indexPaths.docs(shard++), JSON.stringify(documentShard(group)));
	}

	function storedDocument(doc: SearchDocument): StoredDocument {
		const parent = doc.parent === undefined ? undefined : byKey.get(doc.parent)?.doc;
		return {
			...(doc.title && { h: doc.title }),
			...(doc.text && { x: doc.text }),
			u: parent ? doc.url.slice(parent.url.length) : doc.url,
			...(doc.meta && { m: doc.meta }),
		};
	}

	function documentShard(group: readonly SearchDocument[]): DocumentShard {
		const parents: StoredParent[] = [];
		const parentAt = new Map<string, number>();
		const docs = group.map((doc): StoredDocument => {
			const parent = doc.parent === undefined ? undefined : byKey.get(doc.parent)?.doc;
			if (!parent) return storedDocument(doc);
			if (!parentAt.has(parent.key)) {
				parentAt.set(parent.key, parents.length);
				parents.push({ h: parent.title, u: parent.url, ...(parent.meta && { m: parent.meta }) });
			}
			return { ...storedDocument(doc), a: parentAt.get(parent.key)! };
		});
		return { docs, parents };
	}

	// Bundles of what a search reads (the facet files come later), the vocabulary first.
	const searched = [...files];
	const vocabularyFiles = searched.filter(([path]) => path.startsWith('terms/'));
	const searchedBytes = searched.reduce((sum, [, body]) => sum + body.length, 0);
	const bundleAll = searchedBytes <= bundleAllBelow;
	const bundled = bundleAll
		? [...vocabularyFiles, ...searched.filter(([path]) => !path.startsWith('terms/'))]
		: vocabularyFiles;
	const bundles: string[] = [];
	let bundle: [string, string | Uint8Array][] = [];
	let bundleSize = 0;
	const closeBundle = () => {
		if (bundle.length === 0) return;
		const path = indexPaths.bundle(bundles.length);
		bundles.push(path);
		files.set(path, encodeBundle(bundle));
		bundle = [];
		bundleSize = 0;
	};
	for (const file of bundled) {
		if (bundleSize > 0 && bundleSize + file[1].length > bundleBytes) closeBundle();
		bundle.push(file);
		bundleSize += file[1].length;
	}
	closeBundle();

	// Too large to bundle whole: the postings files carry their common terms' top documents.
	if (!bundleAll) {
		const topsOf = topDocuments(types, topsPerType);
		for (const { path, terms: fileTerms } of postingsFiles) {
			const ids = new Set<number>();
			for (const term of fileTerms) {
				const list = postings.get(term) ?? [];
				if (list.length >= topsMinDocuments || term.length <= topsShortTerms)
					for (const id of topsOf(list)) ids.add(id);
			}
			if (ids.size === 0) continue;
			const sorted = [...ids].sort((a, b) => a - b);
			const tops = { ...documentShard(sorted.map((id) => ordered[id]!)), ids: sorted };
			files.set(path, withTopDocuments(files.get(path) as Uint8Array, tops));
		}
	}

	for (const [id, list] of officials)
		files.set(indexPaths.official(id), Uint8Array.from(encodeDocumentSet(list)));
	const yearList = [...years.keys()].sort((a, b) => a - b);
	for (const year of yearList)
		files.set(indexPaths.year(year), Uint8Array.from(encodeDocumentSet(years.get(year)!)));

	const manifest: SearchManifest = {
		version: 3,
		documents: ordered.length,
		types,
		years: yearList,
		vocabulary: shardFirsts,
		initials: Object.fromEntries(
			vocabulary.reduce((counted, term) => {
				const initial = term.charAt(0);
				return counted.set(initial, (counted.get(initial) ?? 0) + 1);
			}, new Map<string, number>()),
		),
		bundles,
	};
	return { manifest, files: new Map([[indexPaths.manifest, JSON.stringify(manifest)], ...files]) };
}
