/**
 * Seeded randomness for the corpus generator. Every choice comes from a `Random` made from a
 * seed number and a key ("article 17", "official 230"), never from Math.random or the clock, so
 * the same seed gives the same corpus byte for byte, and one article's choices never depend on
 * how many articles are asked for.
 */

/** A 32-bit hash of a string (FNV-1a), for turning keys into seeds. */
export function hashString(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** mulberry32: a small, fast PRNG with a 32-bit state; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Seeded choices: numbers, picks from lists, coin flips. */
export class Random {
	readonly #next: () => number;

	constructor(seed: number) {
		this.#next = mulberry32(seed);
	}

	/** A generator for one named thing under a corpus seed: `Random.for(1, 'article', 17)`. */
	static for(seed: number, ...key: (string | number)[]): Random {
		return new Random(hashString(`${seed}:${key.join(':')}`));
	}

	/** A float in [0, 1). */
	float(): number {
		return this.#next();
	}

	/** An integer from `min` to `max`, both included. */
	int(min: number, max: number): number {
		return min + Math.floor(this.#next() * (max - min + 1));
	}

	/** True with probability `p`. */
	chance(p: number): boolean {
		return this.#next() < p;
	}

	/** One item of a non-empty list. */
	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new Error('Random.pick: empty list');
		return items[Math.floor(this.#next() * items.length)]!;
	}

	/** One item, each with its weight: `weighted([['a', 3], ['b', 1]])`. */
	weighted<T>(items: readonly (readonly [T, number])[]): T {
		const total = items.reduce((sum, [, w]) => sum + w, 0);
		let roll = this.#next() * total;
		for (const [item, weight] of items) {
			roll -= weight;
			if (roll < 0) return item;
		}
		return items.at(-1)![0];
	}

	/** `count` different items of a list, in random order (all of them when it is shorter). */
	sample<T>(items: readonly T[], count: number): T[] {
		return this.shuffle(items).slice(0, count);
	}

	/** A shuffled copy (Fisher–Yates). */
	shuffle<T>(items: readonly T[]): T[] {
		const copy = [...items];
		for (let i = copy.length - 1; i > 0; i--) {
			const j = Math.floor(this.#next() * (i + 1));
			[copy[i], copy[j]] = [copy[j]!, copy[i]!];
		}
		return copy;
	}
}
