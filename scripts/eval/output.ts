import type { Article } from '../../src/schemas/article.ts';
import type { Event } from '../../src/schemas/event.ts';
import type { Figure } from '../../src/schemas/figure.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import type { Official } from '../../src/schemas/official.ts';

/** The pipeline's collections, as it wrote them. */
export interface Collections {
	articles: Article[];
	officials: Official[];
	meetings: Meeting[];
	events: Event[];
	figures: Figure[];
}

/** What the pipeline published about one article: the article and the records that cite it. */
export interface ArticleOutput {
	article: Article;
	/** The officials it names. */
	officials: Official[];
	/** Meetings, events and figures with a source in it. */
	meetings: Meeting[];
	events: Event[];
	figures: Figure[];
	/** Every official of the corpus by id, for the participants of its meetings and events. */
	officialById: ReadonlyMap<string, Official>;
}

/** Each article's output, by the raw file's name. */
export function outputsBySource(collections: Collections): Map<string, ArticleOutput> {
	const officialById = new Map(collections.officials.map((o) => [o.id, o]));
	const citing = <T extends { sources: readonly { article: string }[] }>(records: readonly T[], id: string) =>
		records.filter((r) => r.sources.some((s) => s.article === id));
	return new Map(
		collections.articles.map((article) => [
			article.source,
			{
				article,
				officials: collections.officials.filter((o) => o.articles.includes(article.id)),
				meetings: citing(collections.meetings, article.id),
				events: citing(collections.events, article.id),
				figures: citing(collections.figures, article.id),
				officialById,
			},
		]),
	);
}
