import { countryOf } from '../countries.ts';
import { outsideRelativeClauses } from './meeting-date.ts';
import type { PlaceMention } from '../places.ts';
import type { SentenceFacts } from '../sentence-facts.ts';

/**
 * Where a meeting named at `at` was: a city named "in" or "at" in the "where" clause holding it,
 * else the place that clause follows ("from Moscow, where he held talks with Putin"); else the
 * place named "in" or "at" nearest to it, a city over a country; else the one named "to" or
 * "visited" nearest to it; else the city of a landmark it was at ("at the Kremlin"); or null.
 */
export function nearestPlace(places: readonly PlaceMention[], text: string, at: number): string | null {
	const located = places.filter((p) => !p.possessive && (p.preposition === 'in' || p.preposition === 'at'));
	const city = (p: PlaceMention) => countryOf(p.name) !== p.name;
	for (const where of text.matchAll(/,\s+where\b[^.;]*/g)) {
		const end = where.index + where[0].length;
		if (at < where.index || at >= end) continue;
		// "South Africa, where he will join Putin at a summit in Durban": the city the clause names.
		const inside = located.find((p) => p.start >= where.index && p.end <= end && city(p));
		if (inside) return inside.name;
		const before = places
			.filter((p) => !p.possessive && p.end <= where.index && where.index - p.end <= 1)
			.at(-1);
		if (before) return before.name;
	}
	const distance = (p: PlaceMention) => Math.abs(p.start - at);
	// Where it was ("in", "at") over where someone went ("travelled to China … for talks in Guilin"),
	// and a city over a country ("in China, … in Tunxi").
	const cities = located.filter(city);
	const nearest = (cities.length > 0 ? cities : located).sort((a, b) => distance(a) - distance(b))[0];
	if (nearest) return nearest.name;
	const went = places.filter((p) => !p.possessive && (p.preposition === 'to' || p.preposition === 'visited'));
	return went.sort((a, b) => distance(a) - distance(b))[0]?.name ?? landmarkCity(text);
}

/**
 * Landmarks reports name for the city they are in: the seats of government and the halls where
 * leaders meet ("talks at the Kremlin", "a banquet in the Great Hall of the People").
 */
const LANDMARKS: readonly [string, string][] = [
	[String.raw`Kremlin|Red Square`, 'Moscow'],
	[
		String.raw`Great Hall of the People|Zhongnanhai|Diaoyutai(?: State Guesthouse)?|Tiananmen(?: Square)?`,
		'Beijing',
	],
	[String.raw`White House`, 'Washington'],
	[String.raw`[EÉ]lys[eé]e Palace`, 'Paris'],
	[String.raw`Downing Street`, 'London'],
];
const AT_LANDMARK = LANDMARKS.map(
	([names, city]) =>
		[new RegExp(String.raw`\b(?:at|in|inside|outside|to)\s+(?:the\s+)?(?:${names})\b`), city] as const,
);

/** The city of a landmark `text` says something was at ("at the Kremlin"), or null. */
export function landmarkCity(text: string): string | null {
	return AT_LANDMARK.find(([landmark]) => landmark.test(text))?.[1] ?? null;
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
