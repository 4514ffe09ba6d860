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

/** The cross-references of one article: the passages its records cite and the names it links. */
export function crossReferencesFor(articleId: string, records: Records): Options {
	const citations: Citation[] = [];
	const cite = (
		kind: Citation['by']['kind'],
		href: string,
		title: string,
		sources: readonly { article: string; paragraph: string; quote: string }[],
	) => {
		for (const s of sources)
			if (s.article === articleId)
				citations.push({ paragraph: s.paragraph, quote: s.quote, by: { kind, href, title } });
	};
	for (const m of records.meetings) cite('meeting', m.url, m.title, m.sources);
	for (const e of records.events) if (e.url) cite('event', e.url, e.title, e.sources);
	for (const f of records.figures)
		cite('figure', `/figures/#group-${f.group}`, `${f.measure}: ${f.text}`, f.sources);
	const names: NameLink[] = records.officials.flatMap((o) =>
		o.mentions
			.filter((m) => m.article === articleId)
			.map((m) => ({ paragraph: m.paragraph, start: m.start, end: m.end, href: o.url })),
	);
	return { citations, names };
}
