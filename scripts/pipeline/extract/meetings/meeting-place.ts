import { countryOf } from '../countries.ts';
import { outsideRelativeClauses } from './meeting-date.ts';
import type { PlaceMention } from '../places.ts';
import type { SentenceFacts } from '../sentence-facts.ts';

/**
 * Where a meeting named at `at` was: the place a "where" clause holding it follows ("from Moscow,
 * where he held talks with Putin"), else the place named "in" or "at" nearest to it, else the one
 * named "to" or "visited" nearest to it, or null.
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
	// Where it was ("in", "at") over where someone went ("travelled to China … for talks in Guilin").
	const located = named.filter((p) => p.preposition === 'in' || p.preposition === 'at');
	return (
		(located.length > 0 ? located : named).sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0]
			?.name ?? null
	);
}

/** How many sentences back a meeting that names no place may look for one. */
const PLACE_REACH = 2;

/**
 * Where a meeting in line `i` that names no place or day was, as the sentences just before it say: "Xi
 * arrived in Tianjin on Sunday for the summit. On its sidelines, he met Modi." The last city (no
 * whole country: "a trip that began in Hungary" says where a trip went, not where a meeting was)
 * named "in" or "at" in the nearest of the two sentences before, of the same article, that names one.
 */
export function contextPlace(lines: readonly SentenceFacts[], i: number): string | null {
	const { sentence } = lines[i]!;
	for (let back = 1; back <= PLACE_REACH && i - back >= 0; back++) {
		const line = lines[i - back]!;
		if (line.sentence.article !== sentence.article) break;
		// Not in a "since" phrase or relative clause: "…, the first since they met in Samarkand".
		const city = outsideRelativeClauses(line.places, line.sentence.text, -1)
			.filter(
				(p) =>
					!p.possessive &&
					p.preposition !== null &&
					/^(?:in|at)$/.test(p.preposition) &&
					countryOf(p.name) !== p.name,
			)
			.at(-1);
		if (city) return city.name;
	}
	return null;
}
