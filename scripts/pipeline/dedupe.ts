import { comparisonKey } from './normalise.ts';

/** Word n-gram length for shingles: long enough that shared shingles mean shared sentences. */
export const SHINGLE_SIZE = 5;
/** Share of the shorter text's shingles found in the longer one that makes two texts one story. */
export const CONTAINMENT_THRESHOLD = 0.7;

/** The set of word `size`-grams of a text (the text itself when it is shorter than that). */
export function shingles(text: string, size = SHINGLE_SIZE): Set<string> {
	const words = comparisonKey(text).split(' ').filter(Boolean);
	const result = new Set<string>();
	if (words.length === 0) return result;
	if (words.length < size) result.add(words.join(' '));
	for (let i = 0; i + size <= words.length; i++) result.add(words.slice(i, i + size).join(' '));
	return result;
}

/** |A ∩ B| / min(|A|, |B|): 1 when the smaller text is wholly inside the larger. */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	if (small.size === 0) return 0;
	let shared = 0;
	for (const shingle of small) if (large.has(shingle)) shared++;
	return shared / small.size;
}

/** |A ∩ B| / |A ∪ B|. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
	const union = new Set([...a, ...b]).size;
	return union === 0 ? 0 : (a.size + b.size - union) / union;
}

export interface DedupeInput {
	/** Any key that names the document, e.g. its source file. */
	key: string;
	/** The story text to compare: its body paragraphs. */
	text: string;
}

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
	const sets = sorted.map((d) => shingles(d.text));
	const parent = sorted.map((_, i) => i);
	const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
	const pairScores = new Map<string, { containment: number; jaccard: number }>();
	// Only pairs that share a shingle are compared: an inverted index keeps this near-linear.
	const postings = new Map<string, number[]>();
	sets.forEach((set, j) => {
		const shared = new Map<number, number>();
		for (const shingle of set) {
			const earlier = postings.get(shingle);
			if (earlier) for (const i of earlier) shared.set(i, (shared.get(i) ?? 0) + 1);
			if (earlier) earlier.push(j);
			else postings.set(shingle, [j]);
		}
		for (const [i, count] of shared) {
			const score = count / Math.min(sets[i]!.size, set.size);
			if (score < CONTAINMENT_THRESHOLD) continue;
			pairScores.set(`${i}:${j}`, {
				containment: score,
				jaccard: count / (sets[i]!.size + set.size - count),
			});
			parent[root(j)] = root(i);
		}
	});
	const groups = new Map<number, number[]>();
	sorted.forEach((_, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), i]));
	const links: DuplicateLink[] = [];
	for (const members of groups.values()) {
		if (members.length < 2) continue;
		const canonical = members.reduce((best, i) => (sets[i]!.size > sets[best]!.size ? i : best));
		for (const i of members) {
			if (i === canonical) continue;
			const [a, b] = i < canonical ? [i, canonical] : [canonical, i];
			const scores = pairScores.get(`${a}:${b}`) ?? {
				containment: containment(sets[i]!, sets[canonical]!),
				jaccard: jaccard(sets[i]!, sets[canonical]!),
			};
			links.push({ key: sorted[i]!.key, canonical: sorted[canonical]!.key, ...scores });
		}
	}
	return links.sort((a, b) => a.key.localeCompare(b.key));
}
