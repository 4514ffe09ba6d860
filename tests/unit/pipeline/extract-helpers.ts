import type { Article } from '../../../src/schemas/article.ts';
import { peopleBySentence } from '../../../scripts/pipeline/extract/coreference.ts';
import { resolvePeople } from '../../../scripts/pipeline/extract/officials.ts';
import { findPersonMentions } from '../../../scripts/pipeline/extract/people.ts';
import {
	readSentence,
	withReadings,
	type SentenceFacts,
} from '../../../scripts/pipeline/extract/sentence-facts.ts';
import { storySentences, type Sentence } from '../../../scripts/pipeline/extract/sentences.ts';
import { seedCollection } from '../seed-output.ts';

/** A one-sentence fixture: the sentence as its own paragraph of a made-up article. */
export function sentence(
	text: string,
	published = '2024-04-24',
	article = 'test-article',
	index = 0,
): Sentence {
	return { article, published, paragraph: `p-${index + 1}`, text, start: 0, end: text.length, index };
}

/**
 * The articles' story sentences as the fact finders are given them: each with the people it names
 * (resolved across `articles`), who "he" is, and its dates and places, read afresh.
 */
export function factLines(articles: readonly Article[]): SentenceFacts[] {
	const sentences = storySentences(articles);
	const mentions = sentences.flatMap(findPersonMentions);
	const { personOf } = resolvePeople(mentions);
	return withReadings(peopleBySentence(sentences, mentions, personOf), (i) => readSentence(sentences[i]!));
}

/** A made-up article whose paragraphs are the given texts. */
export function article(id: string, published: string, paragraphs: readonly string[]): Article {
	return {
		id,
		source: `${id}.txt`,
		title: id,
		outlet: 'Test Outlet',
		republishes: null,
		published,
		dateBasis: null,
		sourceUrl: null,
		standfirst: [],
		paragraphs: paragraphs.map((text, i) => ({ id: `p-${i + 1}`, text })),
		captions: [],
		related: [],
		duplicateOf: null,
		duplicates: [],
		url: `/articles/${id}/`,
	};
}

/** The seed articles as the pipeline wrote them in this test run. */
export function seedArticles(): Article[] {
	return seedCollection<Article>('articles');
}
