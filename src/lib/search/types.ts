import type { Highlighted } from './snippet.ts';

/** The kinds of search result, in the order results are grouped. */
export const searchTypes = ['official', 'meeting', 'event', 'figure', 'article', 'paragraph'] as const;

/** A kind of search result. */
export type SearchType = (typeof searchTypes)[number];

/** Each kind's heading for a group of results. */
export const searchTypeLabels: Record<SearchType, string> = {
	official: 'Officials',
	meeting: 'Meetings',
	event: 'Events',
	figure: 'Figures',
	article: 'Stories',
	paragraph: 'Paragraphs',
};

/** True when `value` names a kind of result. */
export function isSearchType(value: string): value is SearchType {
	return (searchTypes as readonly string[]).includes(value);
}

/** One thing search can find, before it is indexed: what is shown, what is matched and how it filters. */
export interface SearchDocument {
	/** Unique key within the index, e.g. "official:chen-wenqing"; only used to link a part to its whole. */
	key: string;
	/** What kind of thing it is. */
	type: SearchType;
	/** Its name, matched above its text; empty for a paragraph, which has none of its own. */
	title: string;
	/** The words matched after the title, and the source of its snippet. */
	text: string;
	/** Where it lives on the site. */
	url: string;
	/** A line shown with it: a date, a place, an outlet, "Paragraph 3". */
	meta: string;
	/** More words to match as text, not kept in the index: the date and place its meta line shows. */
	keywords?: string;
	/** The key of the document it is part of (a paragraph's story): its url starts with the parent's. */
	parent?: string;
	/** The officials it concerns, by id, for the official filter. */
	officials: string[];
	/** The years it concerns, for the year filter; a part with none takes its parent's. */
	years: number[];
}

/** What to search for: words, and filters that narrow the results. */
export interface SearchQuery {
	/** The words, as typed; every word must match (exactly, as a beginning or as a typo). */
	q: string;
	/** Only this kind of result. */
	type?: SearchType | undefined;
	/** Only results concerning this official, by id. */
	official?: string | undefined;
	/** Only results concerning this year. */
	year?: number | undefined;
}

/** One result, ready to show: every string is plain text. */
export interface SearchResult {
	type: SearchType;
	url: string;
	/** The title with matched words marked; empty for a paragraph. */
	title: Highlighted;
	/** The parent's title (a paragraph's story), or "". */
	context: string;
	meta: string;
	/** Text around the first matched word, matched words marked. */
	snippet: Highlighted;
}

/** The results of one kind. */
export interface ResultGroup {
	type: SearchType;
	label: string;
	/** How many results of this kind there are, however many `results` holds. */
	count: number;
	/** The best results first, at most the limit asked for. */
	results: SearchResult[];
}

/** What a search finds. */
export interface SearchResponse {
	/** How many results pass every filter. */
	total: number;
	/** Results per kind under the official and year filters but not the type filter, for the type control. */
	counts: Record<SearchType, number>;
	/** The kinds with results, in `searchTypes` order. */
	groups: ResultGroup[];
	/** Query words that match no term at all. */
	unmatched: string[];
}
