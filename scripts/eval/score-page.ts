import type { Article } from '../../src/schemas/article.ts';
import type { Gold } from './gold.ts';
import { tally, type Tally } from './metrics.ts';
import { foldText, sameText } from './text.ts';

/** How well an article's page parts were told apart, measure by measure (see `scoreArticle`). */
export function scorePage(article: Article, page: Gold['page']): Record<string, Tally> {
	const body = article.paragraphs.filter((p) => p.kind !== 'heading').map((p) => p.text);
	const starts = (text: string | undefined, words: string) =>
		text !== undefined && foldText(text).startsWith(foldText(words));
	const left = page.furniture.filter((line) => body.some((paragraph) => holdsLine(paragraph, line)));
	return {
		'page: headline right':
			page.headline === null ? tally() : tally(sameHeadline(article.title, page.headline), 1),
		'page: standfirst right': tally(sameList(article.standfirst, page.standfirst) ? 1 : 0, 1),
		'page: captions found': found(article.captions, page.captions),
		'page: captions correct': found(page.captions, article.captions),
		'page: related found': found(
			article.related.map((r) => r.title),
			page.related,
		),
		'page: related correct': found(
			page.related,
			article.related.map((r) => r.title),
		),
		'page: body starts right': tally(starts(body[0], page.body_first) ? 1 : 0, 1),
		'page: body ends right': tally(starts(body.at(-1), page.body_last) ? 1 : 0, 1),
		'page: furniture kept out of body': tally(page.furniture.length - left.length, page.furniture.length),
	};
}

const sameHeadline = (read: string, gold: string) => (foldText(read) === foldText(gold) ? 1 : 0);

function sameList(read: readonly string[], gold: readonly string[]): boolean {
	return read.length === gold.length && gold.every((g, i) => sameText(read[i]!, g));
}

/** How many of `wanted` are among `read`. */
function found(read: readonly string[], wanted: readonly string[]): Tally {
	return tally(wanted.filter((w) => read.some((r) => sameText(r, w))).length, wanted.length);
}

/** A furniture line is in a paragraph when it is the paragraph, or, three words or longer, inside it. */
function holdsLine(paragraph: string, line: string): boolean {
	const p = foldText(paragraph);
	const l = foldText(line);
	return p === l || (l.split(' ').length >= 3 && p.includes(l));
}
