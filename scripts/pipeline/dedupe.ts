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
 */
export function findDuplicates(documents: readonly DedupeInput[]): DuplicateLink[] {
	const sorted = [...documents].sort((a, b) => a.key.localeCompare(b.key));
	// Each distinct shingle numbered once: numbers are quicker to look up than strings.
	const numbers = new Map<string, number>();
	const sets = sorted.map((d) => {
		const set = new Set<number>();
		for (const shingle of 'text' in d ? shingles(d.text) : keyShingles(d.comparisonKey)) {
			let n = numbers.get(shingle);
			if (n === undefined) numbers.set(shingle, (n = numbers.size));
			set.add(n);
		}
		return set;
	});
	const parent = sorted.map((_, i) => i);
	const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
	const pairScores = new Map<number, { containment: number; jaccard: number }>();
	for (const [i, j, shared] of overlappingPairs(sets, numbers.size)) {
		const score = shared / Math.min(sets[i]!.size, sets[j]!.size);
		if (score < CONTAINMENT_THRESHOLD) continue;
		pairScores.set(i * sorted.length + j, {
			containment: score,
			jaccard: shared / (sets[i]!.size + sets[j]!.size - shared),
		});
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
		const canonical = members.reduce((best, i) => (sets[i]!.size > sets[best]!.size ? i : best));
		for (const i of members) {
			if (i === canonical) continue;
			const [a, b] = i < canonical ? [i, canonical] : [canonical, i];
			const scores = pairScores.get(a * sorted.length + b) ?? {
				containment: containment(sets[i]!, sets[canonical]!),
				jaccard: jaccard(sets[i]!, sets[canonical]!),
			};
			links.push({ key: sorted[i]!.key, canonical: sorted[canonical]!.key, ...scores });
		}
	}
	return links.sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * Every pair of sets [i, j] (i < j) that might reach the containment threshold, with the number
 * of shingles they share. A pair reaching it shares at least `needed` of the smaller set's
 * shingles, so one of that set's first `size - needed + 1` shingles, in any order, is in the
 * larger set; taking each set's rarest shingles first keeps the pairs to look at few (prefix
 * filtering), and no pair that reaches the threshold is missed.
 */
function overlappingPairs(sets: readonly Set<number>[], shingleCount: number): [number, number, number][] {
	const postings = Array.from({ length: shingleCount }, (): number[] => []);
	sets.forEach((set, j) => {
		for (const shingle of set) postings[shingle]!.push(j);
	});
	const seen = new Set<number>();
	const pairs: [number, number, number][] = [];
	sets.forEach((set, x) => {
		// Shingles no other set has come first and lead nowhere: only the rest need sorting.
		const shared = [...set].filter((shingle) => postings[shingle]!.length > 1);
		const prefix = set.size - needed(set.size) + 1 - (set.size - shared.length);
		if (prefix <= 0) return;
		shared.sort((a, b) => postings[a]!.length - postings[b]!.length);
		for (const shingle of shared.slice(0, prefix)) {
			for (const y of postings[shingle]!) {
				const other = sets[y]!;
				if (y === x || other.size < set.size || (other.size === set.size && y < x)) continue;
				const [i, j] = x < y ? [x, y] : [y, x];
				if (seen.has(i * sets.length + j)) continue;
				seen.add(i * sets.length + j);
				let count = 0;
				for (const s of set) if (other.has(s)) count++;
				pairs.push([i, j, count]);
			}
		}
	});
	return pairs.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

/** The fewest shingles a set of `size` must share with a larger one to reach the threshold. */
function needed(size: number): number {
	let shared = Math.ceil(CONTAINMENT_THRESHOLD * size);
	while (shared > 0 && (shared - 1) / size >= CONTAINMENT_THRESHOLD) shared--;
	while (shared / size < CONTAINMENT_THRESHOLD) shared++;
	return Math.max(shared, 1);
}
