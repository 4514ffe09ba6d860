import type { Citation, NameLink, Options } from '../markdown/rehype-cross-references.ts';
import type { Event } from '../schemas/event.ts';
import type { Figure } from '../schemas/figure.ts';
import type { Meeting } from '../schemas/meeting.ts';
import type { Official } from '../schemas/official.ts';

export interface Records {
	officials: readonly Official[];
	meetings: readonly Meeting[];
	events: readonly Event[];
	figures: readonly Figure[];
}

/** Where a figure group is shown: its section on the figures pages. */
export type FigureHref = (group: string) => string;

const onFirstFiguresPage: FigureHref = (group) => `/figures/#group-${group}`;

/** The cross-references of one article: the passages its records cite and the names it links. */
export function crossReferencesFor(
	articleId: string,
	records: Records,
	figureHref: FigureHref = onFirstFiguresPage,
): Options {
	return crossReferenceIndex(records, figureHref).get(articleId) ?? { citations: [], names: [] };
}

/**
 * Every article's cross-references at once, by article id, in one pass over the records (what
 * `crossReferencesFor` gives each article); an article nothing cites or names is absent.
 */
export function crossReferenceIndex(
	records: Records,
	figureHref: FigureHref = onFirstFiguresPage,
): Map<string, Options> {
	const index = new Map<string, { citations: Citation[]; names: NameLink[] }>();
	const entry = (articleId: string) => {
		let found = index.get(articleId);
		if (!found) index.set(articleId, (found = { citations: [], names: [] }));
		return found;
	};
	const cite = (
		kind: Citation['by']['kind'],
		href: string,
		title: string,
		sources: readonly { article: string; paragraph: string; quote: string }[],
	) => {
		for (const s of sources)
			entry(s.article).citations.push({ paragraph: s.paragraph, quote: s.quote, by: { kind, href, title } });
	};
	for (const m of records.meetings) cite('meeting', m.url, m.title, m.sources);
	for (const e of records.events) if (e.url) cite('event', e.url, e.title, e.sources);
	for (const f of records.figures) cite('figure', figureHref(f.group), `${f.measure}: ${f.text}`, f.sources);
	for (const o of records.officials)
		for (const m of o.mentions)
			entry(m.article).names.push({ paragraph: m.paragraph, start: m.start, end: m.end, href: o.url });
	return index;
}
