import { countryOf } from '../countries.ts';
import { datelinePlace } from '../dateline.ts';
import { addDays } from '../toolkit/calendar.ts';
import { outsideRelativeClauses } from './meeting-date.ts';
import type { FuzzyDate } from '../../../../src/schemas/source.ts';
import type { PlaceMention } from '../places.ts';
import type { SentenceFacts } from '../sentence-facts.ts';

/**
 * Where a meeting named at `at` was: a city named "in" or "at" in the "where" clause holding it,
 * else the place that clause follows ("from Moscow, where he held talks with Putin"); else the
 * place named "in" or "at" nearest to it, a city over a country; else the one named "to" or
 * "visited" nearest to it; else the city of a landmark it was at ("at the Kremlin"); or null.
 * A place the talks were about ("the situation in Syria") or one named in a "before" clause after
 * them ("… on Tuesday, before heading to Germany") is not where they were.
 */
export function nearestPlace(mentions: readonly PlaceMention[], text: string, at: number): string | null {
	const places = mentions.filter(
		(p) => !p.possessive && !isTopic(p, text) && !isAfterwards(p, text, at) && !isSince(p, text, at),
	);
	const located = places.filter((p) => p.preposition === 'in' || p.preposition === 'at');
	for (const where of text.matchAll(/,\s+where\b[^.;]*/g)) {
		const end = where.index + where[0].length;
		if (at < where.index || at >= end) continue;
		// "South Africa, where he will join Putin at a summit in Durban": the city the clause names.
		const inside = located.find((p) => p.start >= where.index && p.end <= end && isCity(p.name));
		if (inside) return placeName(inside.name);
		const before = places.filter((p) => p.end <= where.index && where.index - p.end <= 1).at(-1);
		if (before) return placeName(before.name);
	}
	const distance = (p: PlaceMention) => Math.abs(p.start - at);
	// Where it was ("in", "at") over where someone went ("travelled to China … for talks in Guilin"),
	// and a city over a country ("in China, … in Tunxi").
	const cities = located.filter((p) => isCity(p.name));
	const nearest = (cities.length > 0 ? cities : located).sort((a, b) => distance(a) - distance(b))[0];
	if (nearest) return placeName(nearest.name);
	const went = places.filter((p) => /^(?:to|into|visited)$/.test(p.preposition ?? ''));
	const gone = went.sort((a, b) => distance(a) - distance(b))[0];
	return gone ? placeName(gone.name) : landmarkCity(text);
}

/** Whether a place's name is not a whole country's ("Moscow", "Tunxi", not "China"). */
const isCity = (name: string) => countryOf(name) !== name;

/** A landmark named as a place ("at the Kremlin") as its city; any other name as it is. */
const placeName = (name: string) => landmarkCity(`at ${name}`) ?? name;

/**
 * What talks are about, not where they are: "the situation in Syria", "the war in Ukraine",
 * "peace on the Korean Peninsula".
 */
const TOPIC_BEFORE =
	/\b(?:situation|crisis|conflict|war|fighting|peace|settlement|developments|events|unrest|tensions?|stability|instability|security|violence|escalation|ceasefire|truce|elections?|protests?|investments?|projects?|operations?|presence|troops|forces|interests|attacks?|turmoil|reconstruction|humanitarian|sanctions)\s+(?:in|on|at)\s+(?:the\s+)?$/i;
const isTopic = (p: PlaceMention, text: string) =>
	TOPIC_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start));

/**
 * "… sat down on Thursday, their first contact since the pair last met in Buenos Aires": a place in
 * a "since" phrase that does not hold the meeting's words is an earlier occasion's.
 */
const isSince = (p: PlaceMention, text: string, at: number) =>
	[...text.matchAll(/\bsince\b[^,;.]*/g)].some(
		(m) =>
			p.start >= m.index && p.end <= m.index + m[0].length && !(at >= m.index && at < m.index + m[0].length),
	);

/** "… held talks on Tuesday before heading to Germany": a place after the meeting, in a "before" clause. */
const isAfterwards = (p: PlaceMention, text: string, at: number) =>
	p.start > at && /\b(?:before|ahead of|prior to)\b/i.test(text.slice(at, p.start));

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

/** How far from a place a date may be to say when someone was there ("in Moscow last week"). */
const DATED_WITHIN = 80;

/**
 * The cities named "in" or "at" in `line`, outside its relative clauses and "since" phrases, but
 * those a date near them puts outside `when` ("… when Xi was in Moscow last week"); landmarks as
 * their cities.
 */
function citiesIn(
	line: SentenceFacts,
	when?: FuzzyDate,
	{ prepositions = /^(?:in|at)$/, daysBefore = 0 } = {},
): string[] {
	const { text } = line.sentence;
	const from = when ? addDays(when.earliest, -daysBefore) : '';
	const otherTime = (p: PlaceMention) => {
		if (!when) return false;
		const near = line.dates.filter((d) => d.start - p.end <= DATED_WITHIN && p.start - d.end <= DATED_WITHIN);
		return near.length > 0 && near.every((d) => d.latest < from || d.earliest > when.latest);
	};
	const cities = outsideRelativeClauses(line.places, text, -1)
		.filter(
			(p) =>
				!p.possessive &&
				p.preposition !== null &&
				prepositions.test(p.preposition) &&
				!isTopic(p, text) &&
				isCity(p.name) &&
				!otherTime(p),
		)
		.map((p) => placeName(p.name));
	const landmark = landmarkCity(text);
	return cities.length === 0 && landmark ? [landmark] : cities;
}

/**
 * Where a meeting in line `i` that names no place or day was, as the sentences just before it say: "Xi
 * arrived in Tianjin on Sunday for the summit. On its sidelines, he met Modi." The last city (no
 * whole country: "a trip that began in Hungary" says where a trip went, not where a meeting was)
 * named "in" or "at" in the nearest of the two sentences before, of the same article, that names one
 * not dated to another time than the meeting's, `when`; or the city of a landmark one names.
 */
export function contextPlace(lines: readonly SentenceFacts[], i: number, when: FuzzyDate): string | null {
	const { sentence } = lines[i]!;
	for (let back = 1; back <= PLACE_REACH && i - back >= 0; back++) {
		const line = lines[i - back]!;
		if (line.sentence.article !== sentence.article) break;
		// Not in a "since" phrase or relative clause: "…, the first since they met in Samarkand".
		const city = citiesIn(line, when).at(-1);
		if (city) return city;
	}
	return null;
}

/** "there" as a place, not "there is", "there were". */
const THERE =
	/\b[Tt]here\b(?!\s+(?:is|are|was|were|will|would|has|have|had|seems?|remains?|appears?|may|might|could|must)\b|[’']s\b)/;

/**
 * The place "there" stands for in line `i` ("They also held a bilateral meeting there on
 * Thursday"): the last place named before it in the sentence, else in the sentences just before
 * ("flew in from Tashkent, where both men had attended a summit"), a city over a country; or null.
 */
export function placeThere(lines: readonly SentenceFacts[], i: number): string | null {
	const { sentence } = lines[i]!;
	const there = THERE.exec(sentence.text);
	if (!there) return null;
	const named = (line: SentenceFacts, before = Infinity) => {
		const places = line.places.filter(
			(p) => !p.possessive && p.preposition !== null && p.end <= before && !isTopic(p, line.sentence.text),
		);
		const last = places.filter((p) => isCity(p.name)).at(-1) ?? places.at(-1);
		return last ? placeName(last.name) : null;
	};
	const here = named(lines[i]!, there.index);
	if (here) return here;
	for (let back = 1; back <= PLACE_REACH && i - back >= 0; back++) {
		const line = lines[i - back]!;
		if (line.sentence.article !== sentence.article) break;
		const place = named(line);
		if (place) return place;
	}
	return null;
}

/** A sentence that goes on about the meeting before it: "The talks took place in Tunxi, …". */
const ABOUT_THE_MEETING =
	/^(?:The|Their|Those|These)\s+(?:\w+\s+)?(?:talks|meetings?|negotiations|consultations|discussions|encounter)\b/;

/**
 * The city the sentence after line `i` puts the meeting in, when it goes on about it ("… met Wang
 * Yi on Wednesday. The talks took place in Tunxi, …"), or null.
 */
export function followingPlace(lines: readonly SentenceFacts[], i: number): string | null {
	const next = lines[i + 1];
	if (!next || next.sentence.article !== lines[i]!.sentence.article) return null;
	if (!ABOUT_THE_MEETING.test(next.sentence.text)) return null;
	return citiesIn(next)[0] ?? null;
}

/** Where a story puts its subject: "in Beijing", "arrived to", "flew into", "a visit to". */
const SET_IN = /^(?:in|at|to|into|visit|visits|visited)$/;
/** How long before a meeting its lede may say someone arrived ("flew to Kabul on Monday", talks on Tuesday). */
const STAY_DAYS = 3;
/** How many of a story's first sentences may say where it is set (a standfirst or a byline may come first). */
const LEDE_SENTENCES = 3;

/**
 * Where the story of line `i` is set: the city of its dateline, else the first city its opening
 * sentences put its subject in or send them to ("arrived in Beijing", "a state visit to Beijing"),
 * or null. What a report tells of its own days without naming a place happened there.
 */
export function storyPlace(
	lines: readonly SentenceFacts[],
	i: number,
	when: FuzzyDate,
): { place: string; placeBasis: 'dateline' | 'story' } | null {
	const { article } = lines[i]!.sentence;
	const opening = lines.find((l) => l.sentence.article === article && l.sentence.index === 0);
	const dateline = opening ? datelinePlace(opening.sentence.text) : null;
	if (dateline) return { place: dateline, placeBasis: 'dateline' };
	const first = lines.findIndex((l) => l.sentence.article === article);
	for (const line of lines.slice(first, Math.min(first + LEDE_SENTENCES, i + 1))) {
		if (line.sentence.article !== article) break;
		const city = citiesIn(line, when, { prepositions: SET_IN, daysBefore: STAY_DAYS })[0];
		if (city) return { place: city, placeBasis: 'story' };
	}
	return null;
}
