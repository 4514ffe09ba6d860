import type { Article } from '../../../src/schemas/article.ts';
import type { DateMention, TenseAnalysis } from './dates.ts';
import { datelineDay } from './dateline.ts';
import { findAllFigures, type FigureMention } from './figures.ts';
import { findPersonMentions, type PersonMention } from './people.ts';
import { loneSurnames } from './people/lone-surnames.ts';
import type { PlaceMention } from './places.ts';
import { readSentence, type SentenceReading } from './sentence-facts.ts';
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
	/** For each story sentence in order, the places in each attack's target (see `readSentence`). */
	targetPlaces: PlaceMention[][][];
	/** For each story sentence in order, its tense analysis (see `readSentence`). */
	tenses: TenseAnalysis[];
	/** The article's figures (see `findFigures`). */
	figures: FigureMention[];
}

/** Reads one canonical article's sentences: names, dates, places and figures. */
export function readArticle(article: Article): ArticleReading {
	const sentences = storySentences([article]);
	const paragraphs = new Map(article.paragraphs.map((p, i) => [p.id, i]));
	const day = datelineDay(article);
	const read = sentences.map((s) => readSentence(s, day));
	// Each sentence's names, then the family names the article writes alone (see `loneSurnames`).
	const { mentions, places } = loneSurnames(
		sentences,
		sentences.map((s) => findPersonMentions(s).map(({ sentence: _, ...mention }) => mention)),
		read.map((r) => r.places),
	);
	return {
		sentences: sentences.map((s) => [paragraphs.get(s.paragraph)!, s.start, s.end]),
		mentions,
		dates: read.map((r) => r.dates),
		places,
		targetPlaces: read.map((r) => r.targetPlaces),
		tenses: read.map((r) => r.tense),
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

/** What the reading of an article found in its sentence `i` (as `recall` numbers them). */
export function sentenceReading(reading: ArticleReading, i: number): SentenceReading {
	return {
		dates: reading.dates[i] ?? [],
		places: reading.places[i] ?? [],
		targetPlaces: reading.targetPlaces[i] ?? [],
		tense: reading.tenses[i] ?? { indicators: [], clauseBreaks: [], phraseBreaks: [] },
	};
}
