import type { Article } from '../../../src/schemas/article.ts';
import { findDates, rememberDates, type DateMention } from './dates.ts';
import { placeTexts } from './event-mentions.ts';
import { findAllFigures, type FigureMention } from './figures.ts';
import { findPersonMentions, type PersonMention } from './people.ts';
import { findPlaces, rememberPlaces, type PlaceMention } from './places.ts';
import { storySentences, type Sentence } from './sentences.ts';

/**
 * Everything read from one article's story text on its own, before articles are compared: the
 * tagging-heavy part of extraction, so a build can keep it per article (plain JSON).
 */
export interface ArticleReading {
	/** For each story sentence in order, the people it names (their `sentence` left out). */
	mentions: Omit<PersonMention, 'sentence'>[][];
	/** For each story sentence in order, its dates (see `findDates`). */
	dates: DateMention[][];
	/** The places of every text the event and meeting stages ask about (see `findPlaces`). */
	places: [text: string, places: PlaceMention[]][];
	/** The article's figures (see `findFigures`). */
	figures: FigureMention[];
}

/** Reads one canonical article's sentences: names, dates, places and figures. */
export function readArticle(article: Article): ArticleReading {
	const sentences = storySentences([article]);
	const texts = new Set(sentences.flatMap((s) => placeTexts(s.text)));
	return {
		mentions: sentences.map((s) => findPersonMentions(s).map(({ sentence: _, ...mention }) => mention)),
		dates: sentences.map((s) => findDates(s.text, s.published)),
		places: [...texts].map((text) => [text, findPlaces(text)]),
		figures: findAllFigures(sentences),
	};
}

/**
 * An article's sentences with the people they name, from its reading; the reading's dates and
 * places are remembered, so the later stages find them without reading the text again.
 */
export function recall(
	article: Article,
	reading: ArticleReading,
): { sentences: Sentence[]; mentions: PersonMention[] } {
	const sentences = storySentences([article]);
	sentences.forEach((s, i) => rememberDates(s.text, s.published, reading.dates[i] ?? []));
	for (const [text, places] of reading.places) rememberPlaces(text, places);
	const mentions = sentences.flatMap((sentence, i) =>
		(reading.mentions[i] ?? []).map((mention) => ({ ...mention, sentence })),
	);
	return { sentences, mentions };
}
