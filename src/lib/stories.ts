import type { Article } from '../schemas/article.ts';

/** One story as listed on the home page: its canonical article and other captures of it. */
export interface Story<A extends Article = Article> {
	article: A;
	captures: A[];
}

/** Compare articles newest first, then by id so the order is stable. */
export function newestFirst(a: Article, b: Article): number {
	if (a.published !== b.published) return a.published < b.published ? 1 : -1;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Group articles into stories, newest first. A near-duplicate capture is listed
 * under its canonical article; one whose canonical is missing stands alone.
 */
export function groupStories<A extends Article>(articles: readonly A[]): Story<A>[] {
	const byId = new Map(articles.map((article) => [article.id, article]));
	const isListed = (article: A) => article.duplicateOf === null || !byId.has(article.duplicateOf);
	const captures = new Map<string, A[]>();
	for (const article of articles)
		if (article.duplicateOf !== null)
			captures.set(article.duplicateOf, [...(captures.get(article.duplicateOf) ?? []), article]);
	return articles
		.filter(isListed)
		.sort(newestFirst)
		.map((article) => ({ article, captures: (captures.get(article.id) ?? []).sort(newestFirst) }));
}

/** One line that says what an article is about: its first standfirst line, else its first paragraph. */
export function articleSummary(article: Article): string {
	return article.standfirst[0] ?? article.paragraphs[0]?.text ?? article.title;
}
