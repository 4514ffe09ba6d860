import type { Article } from '../schemas/article.ts';

/** The download's text: the articles as a pretty-printed JSON array, in the order given. */
export function articlesJson(articles: readonly Article[]): string {
	return JSON.stringify(articles, null, 2) + '\n';
}
