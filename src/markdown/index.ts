import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { unified, type PluggableList } from 'unified';
import type { Article } from '../schemas/article.ts';
import { articleHast } from './article-hast.ts';
import { rehypeCrossReferences, type Options as CrossReferences } from './rehype-cross-references.ts';
import { rehypeParagraphLinks } from './rehype-paragraph-links.ts';

/**
 * The rehype plugins run on every article body, in order: links to the records read from the
 * text first, then each paragraph's self-link. Add new ones here.
 */
export function articleRehypePlugins(crossReferences: CrossReferences = {}): PluggableList {
	return [[rehypeCrossReferences, crossReferences], rehypeParagraphLinks];
}

/**
 * Render an article's body (its paragraphs and subheadings) to an HTML string.
 *
 * @param article The article; only `paragraphs` is read.
 * @param crossReferences The passages its records cite and the officials it names.
 * @returns HTML for the body, with paragraph anchors, self-links and cross-references.
 */
export function renderArticleBody(
	article: Pick<Article, 'paragraphs'>,
	crossReferences: CrossReferences = {},
): string {
	const tree = unified()
		.use(articleRehypePlugins(crossReferences))
		.runSync(articleHast(article.paragraphs)) as Root;
	return toHtml(tree);
}
