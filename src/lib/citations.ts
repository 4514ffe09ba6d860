import type { Article } from '../schemas/article.ts';
import type { Source } from '../schemas/source.ts';
import { formatDay, outletLabel } from './format.ts';

/** A source ready to show: the quote and what the link to its paragraph says. */
export interface Citation {
	/** The exact words quoted. */
	quote: string;
	/** The paragraph's address on its article page, e.g. "/articles/x/#p-3". */
	href: string;
	/** The article's headline. */
	title: string;
	/** The outlet in words, e.g. "Outlet unknown". */
	outlet: string;
	/** The publication day in words, e.g. "24 April 2024". */
	date: string;
	/** The paragraph's number as readers count it: "p-3" → 3. */
	paragraph: number;
}

/** The number of a paragraph id: "p-3" → 3. */
export function paragraphNumber(id: string): number {
	return Number(id.replace(/^p-/, ''));
}

/**
 * Resolve a source against the articles it may cite.
 *
 * @throws When the source names an article that is not there, so a broken citation stops the build.
 */
export function cite(source: Source, articles: ReadonlyMap<string, Article>): Citation {
	const article = articles.get(source.article);
	if (!article) throw new Error(`A source cites article "${source.article}", which is not in articles.json.`);
	return {
		quote: source.quote,
		href: `${article.url}#${source.paragraph}`,
		title: article.title,
		outlet: outletLabel(article),
		date: formatDay(article.published),
		paragraph: paragraphNumber(source.paragraph),
	};
}
