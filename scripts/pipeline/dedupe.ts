import { hash } from 'node:crypto';
import { comparisonKey } from './normalise.ts';

/** Word n-gram length for shingles: long enough that shared shingles mean shared sentences. */
export const SHINGLE_SIZE = 5;
/** Share of the shorter text's shingles found in the longer one that makes two texts one story. */
export const CONTAINMENT_THRESHOLD = 0.7;

/** The set of word `size`-grams of a text (the text itself when it is shorter than that). */
export function shingles(text: string, size = SHINGLE_SIZE): Set<string> {
	return keyShingles(comparisonKey(text), size);
}

/** `shingles` of a text whose `comparisonKey` is `key`. */
export function keyShingles(key: string, size = SHINGLE_SIZE): Set<string> {
	// The key's words are separated by single spaces, so a shingle is a slice of it.
	const result = new Set<string>();
	if (key === '') return result;
	const starts = [0];
	for (let i = key.indexOf(' '); i !== -1; i = key.indexOf(' ', i + 1)) starts.push(i + 1);
	if (starts.length < size) result.add(key);
	for (let i = 0; i + size <= starts.length; i++)
		result.add(key.slice(starts[i], i + size < starts.length ? starts[i + size]! - 1 : key.length));
	return result;
}

/** |A ∩ B| / min(|A|, |B|): 1 when the smaller text is wholly inside the larger. */
export function containment<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	if (small.size === 0) return 0;
	let shared = 0;
	for (const shingle of small) if (large.has(shingle)) shared++;
	return shared / small.size;
}

/** |A ∩ B| / |A ∪ B|. */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
	const union = new Set([...a, ...b]).size;
	return union === 0 ? 0 : (a.size + b.size - union) / union;
}

export type DedupeInput = {
	/** Any key that names the document, e.g. its source file. */
	key: string;
} & (
	| {
			/** The story text to compare: its body paragraphs. */
			text: string;
	  }
	| {
			/** The story text's `comparisonKey`, when it is already known (the build keeps it per article). */
			comparisonKey: string;
	  }
);

export interface DuplicateLink {
	key: string;
	/** The key of the fuller capture this one duplicates. */
	canonical: string;
	containment: number;
	jaccard: number;
}

/**
 * Finds near-duplicate captures of one story and links each to its group's canonical capture:
 * the one with the most text (ties go to the first key in sort order). Groups are transitive,
 * so three captures of a story all point at the fullest one.
 *
 * Candidates are found by numbered shingle hashes (see `shingleHashes`), which a corpus of
 * thousands compares far quicker than strings; each pair they find is then scored on the
 * shingles themselves, so the links and their scores are the strings'.
 */
export function findDuplicates(documents: readonly DedupeInput[]): DuplicateLink[] {
	return scanDuplicates(documents).links;
}

/**
 * What `scanDuplicates` found in a set of documents, all a later scan needs to compare only the
 * documents that are new to it: each document's shingle hashes and every pair that reached the
 * threshold, by the documents' fingerprints (see `fingerprint`).
 */
export interface DuplicateScan {
	documents: { fingerprint: string; hashes: Float64Array }[];
	pairs: { a: string; b: string; containment: number; jaccard: number }[];
}

/** A document's identity for `DuplicateScan`: a hash of its key and its comparison key. */
export function fingerprint(key: string, comparisonKey: string): string {
	return hash('sha1', `${key}\0${comparisonKey}`);
}

/**
 * `findDuplicates`, with what it found (`scan`). Given an earlier scan, the pairs of two
 * documents it had already compared are taken from it and only each new document is compared
 * with the rest, one by one: the same links, at a small part of the cost when few documents are
 * new. When many are new, all are compared afresh.
 */
export function scanDuplicates(
	documents: readonly DedupeInput[],
	previous: DuplicateScan | null = null,
): { links: DuplicateLink[]; scan: DuplicateScan } {
	const sorted = [...documents].sort((a, b) => a.key.localeCompare(b.key));
	const keys = sorted.map((d) => ('text' in d ? comparisonKey(d.text) : d.comparisonKey));
	const fingerprints = sorted.map((d, i) => fingerprint(d.key, keys[i]!));
	const kept = new Map(previous?.documents.map((d) => [d.fingerprint, d.hashes]));
	const isNew = fingerprints.map((f) => !kept.has(f));
	const newCount = isNew.filter(Boolean).length;
	const rescan = previous === null || newCount * REUSE_BELOW > sorted.length;
	const hashes = keys.map((key, i) =>
		rescan || isNew[i] ? shingleHashes(key) : kept.get(fingerprints[i]!)!,
	);

	// The exact shingles, made only for the few documents candidate pairs name.
	const exact = new Map<number, Set<string>>();
	const shinglesOf = (i: number) => {
		let set = exact.get(i);
		if (set === undefined) exact.set(i, (set = keyShingles(keys[i]!)));
		return set;
	};
	const pairScores = new Map<number, { containment: number; jaccard: number }>();
	const score = (i: number, j: number, shared: number) => {
		if (shared / Math.min(hashes[i]!.length, hashes[j]!.length) < CONTAINMENT_THRESHOLD) return;
		const containmentScore = containment(shinglesOf(i), shinglesOf(j));
		if (containmentScore < CONTAINMENT_THRESHOLD) return;
		pairScores.set(i * sorted.length + j, {
			containment: containmentScore,
			jaccard: jaccard(shinglesOf(i), shinglesOf(j)),
		});
	};
	if (rescan) {
		const { sets, shingleCount } = numberShingles(hashes);
		for (const [i, j, shared] of overlappingPairs(sets, shingleCount)) score(i, j, shared);
	} else {
		const indexOf = new Map(fingerprints.map((f, i) => [f, i]));
		for (const pair of previous.pairs) {
			const [i, j] = [indexOf.get(pair.a), indexOf.get(pair.b)];
			if (i !== undefined && j !== undefined)
				pairScores.set(Math.min(i, j) * sorted.length + Math.max(i, j), {
					containment: pair.containment,
					jaccard: pair.jaccard,
				});
		}
		for (let n = 0; n < sorted.length; n++) {
			if (!isNew[n]) continue;
			for (let other = 0; other < sorted.length; other++) {
				// Two new documents are compared once, by the first of them.
				if (other === n || (isNew[other] && other < n)) continue;
				const [i, j] = n < other ? [n, other] : [other, n];
				score(i, j, sharedCount(hashes[i]!, hashes[j]!));
			}
		}
	}

	const parent = sorted.map((_, i) => i);
	const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
	for (const pair of pairScores.keys()) {
		const [i, j] = [Math.floor(pair / sorted.length), pair % sorted.length];
		parent[root(j)] = root(i);
	}
	const groups = new Map<number, number[]>();
	sorted.forEach((_, i) => {
		const group = groups.get(root(i));
		if (group) group.push(i);
		else groups.set(root(i), [i]);
	});
	const links: DuplicateLink[] = [];
	for (const members of groups.values()) {
		if (members.length < 2) continue;
		const canonical = members.reduce((best, i) => (shinglesOf(i).size > shinglesOf(best).size ? i : best));
		for (const i of members) {
			if (i === canonical) continue;
			const [a, b] = i < canonical ? [i, canonical] : [canonical, i];
			const scores = pairScores.get(a * sorted.length + b) ?? {
				containment: containment(shinglesOf(i), shinglesOf(canonical)),
				jaccard: jaccard(shinglesOf(i), shinglesOf(canonical)),
			};
			links.push({ key: sorted[i]!.key, canonical: sorted[canonical]!.key, ...scores });
		}
	}
	const scan: DuplicateScan = {
		documents: fingerprints.map((f, i) => ({ fingerprint: f, hashes: hashes[i]! })),
		pairs: [...pairScores].map(([pair, scores]) => ({
			a: fingerprints[Math.floor(pair / sorted.length)]!,
			b: fingerprints[pair % sorted.length]!,
			...scores,
		})),
	};
	return { links: links.sort((a, b) => a.key.localeCompare(b.key)), scan };
}

/**
 * An earlier scan is used when fewer than one document in this many is new: comparing each new
 * one with all the others costs about a tenth of comparing all afresh.
 */
const REUSE_BELOW = 10;

/**
 * A 52-bit hash of each of `keyShingles(key)`, sorted and each once. Words are hashed in two
 * independent 32-bit lanes and each shingle's words mixed in order, so equal shingles hash
 * equal and two different ones collide about once in 10^15 pairs. Only candidates are found by
 * them: a collision could add a candidate, which the strings then score, and miss a pair only
 * by joining two shingles of one text (about one text in 10^10).
 */
export function shingleHashes(key: string, size = SHINGLE_SIZE): Float64Array {
	if (key === '') return new Float64Array(0);
	const laneA: number[] = [];
	const laneB: number[] = [];
	let a = 0x811c9dc5;
	let b = 0x9747b28c;
	for (let i = 0; i <= key.length; i++) {
		const code = i < key.length ? key.charCodeAt(i) : 32;
		if (code === 32) {
			laneA.push(a);
			laneB.push(b);
			a = 0x811c9dc5;
			b = 0x9747b28c;
			continue;
		}
		a = Math.imul(a ^ code, 0x01000193);
		b = Math.imul(b ^ code, 0x5bd1e995);
		b ^= b >>> 13;
	}
	const width = Math.min(laneA.length, size);
	const hashes = new Float64Array(laneA.length - width + 1);
	for (let start = 0; start < hashes.length; start++) {
		let x = 0x27d4eb2d ^ width;
		let y = 0x165667b1 ^ width;
		for (let k = start; k < start + width; k++) {
			x = Math.imul(x ^ laneA[k]!, 0x85ebca6b);
			x ^= x >>> 16;
			y = Math.imul(y ^ laneB[k]!, 0xc2b2ae35);
			y ^= y >>> 13;
		}
		hashes[start] = (x >>> 0) * 0x100000 + (y >>> 12);
	}
	return unique(hashes.sort());
}

/** A sorted array with each value once. */
function unique(values: Float64Array): Float64Array {
	let length = 0;
	for (let i = 0; i < values.length; i++)
		if (i === 0 || values[i] !== values[length - 1]) values[length++] = values[i]!;
	return values.subarray(0, length);
}

/** Each document's hashes as numbers 0… of the distinct hashes of all, in ascending order. */
function numberShingles(hashes: readonly Float64Array[]): { sets: Uint32Array[]; shingleCount: number } {
	const all = new Float64Array(hashes.reduce((sum, h) => sum + h.length, 0));
	let offset = 0;
	for (const h of hashes) {
		all.set(h, offset);
		offset += h.length;
	}
	const distinct = unique(all.sort());
	const sets = hashes.map((h) => {
		const numbers = new Uint32Array(h.length);
		// Both are sorted: each hash is found at or after the one before.
		for (let k = 0, low = 0; k < h.length; k++) {
			const hash = h[k]!;
			let high = distinct.length - 1;
			while (low < high) {
				const middle = (low + high) >>> 1;
				if (distinct[middle]! < hash) low = middle + 1;
				else high = middle;
			}
			numbers[k] = low;
		}
		return numbers;
	});
	return { sets, shingleCount: distinct.length };
}

/** How many numbers two ascending arrays share. */
function sharedCount(a: Uint32Array | Float64Array, b: Uint32Array | Float64Array): number {
	let count = 0;
	for (let i = 0, j = 0; i < a.length && j < b.length;) {
		if (a[i]! < b[j]!) i++;
		else if (a[i]! > b[j]!) j++;
		else {
			count++;
			i++;
			j++;
		}
	}
	return count;
}

/**
 * Every pair of sets [i, j] (i < j) that might reach the containment threshold, with the number
 * of shingles they share. A pair reaching it shares at least `needed` of the smaller set's
 * shingles, so one of that set's first `size - needed + 1` shingles, in any order, is in the
 * larger set; taking each set's rarest shingles first keeps the pairs to look at few (prefix
 * filtering), and no pair that reaches the threshold is missed.
 */
function overlappingPairs(sets: readonly Uint32Array[], shingleCount: number): [number, number, number][] {
	// The sets holding each shingle, in order (postings), laid end to end.
	const counts = new Uint32Array(shingleCount);
	for (const set of sets) for (let k = 0; k < set.length; k++) counts[set[k]!]!++;
	const starts = new Uint32Array(shingleCount + 1);
	for (let s = 0; s < shingleCount; s++) starts[s + 1] = starts[s]! + counts[s]!;
	const postings = new Uint32Array(starts[shingleCount]!);
	const filled = starts.slice(0, shingleCount);
	for (let j = 0; j < sets.length; j++) {
		const set = sets[j]!;
		for (let k = 0; k < set.length; k++) postings[filled[set[k]!]!++] = j;
	}
	const seen = new Set<number>();
	const pairs: [number, number, number][] = [];
	for (let x = 0; x < sets.length; x++) {
		const set = sets[x]!;
		// Shingles no other set has come first and lead nowhere: only the rest need sorting,
		// rarest first, each as its count and number in one (a typed array sorts without a callback).
		let sharedLength = 0;
		for (let k = 0; k < set.length; k++) if (counts[set[k]!]! > 1) sharedLength++;
		const prefix = set.length - needed(set.length) + 1 - (set.length - sharedLength);
		if (prefix <= 0) continue;
		const byRarity = new Float64Array(sharedLength);
		for (let k = 0, n = 0; k < set.length; k++)
			if (counts[set[k]!]! > 1) byRarity[n++] = counts[set[k]!]! * shingleCount + set[k]!;
		byRarity.sort();
		for (let r = 0; r < prefix; r++) {
			const shingle = byRarity[r]! % shingleCount;
			for (let p = starts[shingle]!; p < starts[shingle + 1]!; p++) {
				const y = postings[p]!;
				const other = sets[y]!;
				if (y === x || other.length < set.length || (other.length === set.length && y < x)) continue;
				const [i, j] = x < y ? [x, y] : [y, x];
				if (seen.has(i * sets.length + j)) continue;
				seen.add(i * sets.length + j);
				pairs.push([i, j, sharedCount(set, other)]);
			}
		}
	}
	return pairs.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

/** The fewest shingles a set of `size` must share with a larger one to reach the threshold. */
function needed(size: number): number {
	let shared = Math.ceil(CONTAINMENT_THRESHOLD * size);
	while (shared > 0 && (shared - 1) / size >= CONTAINMENT_THRESHOLD) shared--;
	while (shared / size < CONTAINMENT_THRESHOLD) shared++;
	return Math.max(shared, 1);
}
