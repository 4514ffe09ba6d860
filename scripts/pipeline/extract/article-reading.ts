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
	/** Where each story sentence is, in order: its paragraph's place in the article, and its start and end there. */
	sentences: [paragraph: number, start: number, end: number][];
	/** For each story sentence in order, the people it names (their `sentence` left out). */
	mentions: Omit<PersonMention, 'sentence'>[][];
	/** For each story sentence in order, its dates (see `findDates`). */
	dates: DateMention[][];
	/** For each story sentence in order, its places (see `findPlaces`). */
	places: PlaceMention[][];
	/** The places of the other texts the event stage asks about (see `placeTexts`). */
	otherPlaces: [text: string, places: PlaceMention[]][];
	/** The article's figures (see `findFigures`). */
	figures: FigureMention[];
}

/** Reads one canonical article's sentences: names, dates, places and figures. */
export function readArticle(article: Article): ArticleReading {
	const sentences = storySentences([article]);
	const others = new Set(sentences.flatMap((s) => placeTexts(s.text).slice(1)));
	const paragraphs = new Map(article.paragraphs.map((p, i) => [p.id, i]));
	return {
		sentences: sentences.map((s) => [paragraphs.get(s.paragraph)!, s.start, s.end]),
		mentions: sentences.map((s) => findPersonMentions(s).map(({ sentence: _, ...mention }) => mention)),
		dates: sentences.map((s) => findDates(s.text, s.published)),
		places: sentences.map((s) => findPlaces(s.text)),
		otherPlaces: [...others].map((text) => [text, findPlaces(text)]),
		figures: findAllFigures(sentences),
	};
}

/** An article's sentences with the people they name, from its reading. */
export function recall(
	article: Article,
	reading: ArticleReading,
): { sentences: Sentence[]; mentions: PersonMention[] } {
	const sentences = reading.sentences.map(([p, start, end], index) => {
		const paragraph = article.paragraphs[p]!;
		const text = paragraph.text.slice(start, end);
		return {
			article: article.id,
			published: article.published,
			paragraph: paragraph.id,
			text,
			start,
			end,
			index,
		};
	});
	const mentions = sentences.flatMap((sentence, i) =>
		(reading.mentions[i] ?? []).map((mention) => ({ ...mention, sentence })),
	);
	return { sentences, mentions };
}

/**
 * Remembers the dates and places of an article's `sentences` (as `recall` gave them) that its
 * reading found, so the stages that look for roles, meetings and events in them find them
 * without reading the text again.
 */
export function rememberReading(sentences: readonly Sentence[], reading: ArticleReading): void {
	sentences.forEach((s, i) => {
		rememberDates(s.text, s.published, reading.dates[i] ?? []);
		rememberPlaces(s.text, reading.places[i] ?? []);
	});
	for (const [text, places] of reading.otherPlaces) rememberPlaces(text, places);
}
