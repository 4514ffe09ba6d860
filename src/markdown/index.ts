import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { unified, type PluggableList } from 'unified';
import type { Article } from '../schemas/article.ts';
import { articleHast } from './article-hast.ts';
import { rehypeParagraphLinks } from './rehype-paragraph-links.ts';

/** The rehype plugins run on every article body, in order. Add new ones here. */
export const articleRehypePlugins: PluggableList = [rehypeParagraphLinks];

const processor = unified().use(articleRehypePlugins).freeze();

/**
 * Render an article's body (its paragraphs and subheadings) to an HTML string.
 *
 * @param article The article; only `paragraphs` is read.
 * @returns HTML for the body, with paragraph anchors and self-links.
 */
export function renderArticleBody(article: Pick<Article, 'paragraphs'>): string {
	const tree = processor.runSync(articleHast(article.paragraphs)) as Root;
	return toHtml(tree);
}
