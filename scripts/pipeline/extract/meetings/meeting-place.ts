import type { PlaceMention } from '../places.ts';

/**
 * Where a meeting named at `at` was: the place a "where" clause holding it follows ("from Moscow,
 * where he held talks with Putin"), else the place named "in", "at" or "to" nearest to it, or null.
 */
export function nearestPlace(places: readonly PlaceMention[], text: string, at: number): string | null {
	for (const where of text.matchAll(/,\s+where\b[^.;]*/g)) {
		if (at < where.index || at >= where.index + where[0].length) continue;
		const before = places
			.filter((p) => !p.possessive && p.end <= where.index && where.index - p.end <= 1)
			.at(-1);
		if (before) return before.name;
	}
	const named = places.filter(
		(p) => !p.possessive && p.preposition !== null && /^(?:in|at|to|visited)$/.test(p.preposition),
	);
	return named.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0]?.name ?? null;
}
