import type { Article } from '../../../src/schemas/article.ts';
import type { Sentence } from '../../../scripts/pipeline/extract/sentences.ts';
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
