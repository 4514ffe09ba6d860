import type { SentencePeople } from './coreference.ts';
import { analysisOf, findDates, type DateMention, type TenseAnalysis } from './dates.ts';
import { attackTargets } from './event-mentions/attacks.ts';
import { findPlaces, type PlaceMention } from './places.ts';
import type { Sentence } from './sentences.ts';

/** What a sentence's reading found in it that the fact finders look up: its dates and places. */
export interface SentenceReading {
	/** The sentence's dates (see `findDates`). */
	dates: DateMention[];
	/** The sentence's places (see `findPlaces`). */
	places: PlaceMention[];
	/** For each attack the sentence names, in order (see `attackTargets`), the places in its target. */
	targetPlaces: PlaceMention[][];
	/** Where the sentence's clauses break and what sets their tense (see `tenseIn`). */
	tense: TenseAnalysis;
}

/**
 * A story sentence as the fact finders are given it: the people it names, who "he" is, and its
 * dates and places as its article's reading found them. Every finder takes its facts from here,
 * so what it finds depends on nothing but the lines it is given.
 */
export interface SentenceFacts extends SentencePeople, Readonly<SentenceReading> {}

/**
 * Reads one sentence's dates and places (the tagging-heavy part, kept per article by the build).
 * Its dates are counted from `day`: the day its story's dateline gives, else its publication.
 */
export function readSentence(sentence: Sentence, day: string = sentence.published): SentenceReading {
	return {
		dates: findDates(sentence.text, day),
		places: findPlaces(sentence.text),
		targetPlaces: attackTargets(sentence.text).map((target) => findPlaces(target)),
		tense: analysisOf(sentence.text),
	};
}

/** Gives each of an article's `lines` its reading: `readings[i]` is line `i`'s. */
export function withReadings(
	lines: readonly SentencePeople[],
	readings: (i: number) => SentenceReading,
): SentenceFacts[] {
	return lines.map((line, i) => ({ ...line, ...readings(i) }));
}
