import type { Event } from '../schemas/event.ts';
import type { Figure } from '../schemas/figure.ts';
import type { Meeting } from '../schemas/meeting.ts';
import type { Official } from '../schemas/official.ts';
import { loadArticles, loadCollection, once } from './load-articles.ts';
import { crossReferenceIndex } from './cross-references.ts';
import { downloadFile, downloadNames } from './downloads.ts';
import { figureGroupHrefs } from './lists.ts';
import { indexRecords } from './record-index.ts';
import { searchDocuments } from './search/documents.ts';
import { groupStories } from './stories.ts';

export { byId } from './record-index.ts';

/** All officials, by id (`inCollectionOrder`). */
export const loadOfficials = once((): Promise<readonly Official[]> => loadCollection('officials'));

/** All meetings, by id (`inCollectionOrder`), which begins with the date. */
export const loadMeetings = once((): Promise<readonly Meeting[]> => loadCollection('meetings'));

/** All events, by id (`inCollectionOrder`), which begins with the date. */
export const loadEvents = once((): Promise<readonly Event[]> => loadCollection('events'));

/** All reports of figures, by id (`inCollectionOrder`). */
export const loadFigures = once((): Promise<readonly Figure[]> => loadCollection('figures'));

/** Every collection at once, with the lookups (`indexRecords`) pages use to cross-link them. */
export const loadRecords = once(async () => {
	const [articles, officials, meetings, events, figures] = await Promise.all([
		loadArticles(),
		loadOfficials(),
		loadMeetings(),
		loadEvents(),
		loadFigures(),
	]);
	const collections = { articles, officials, meetings, events, figures };
	return { ...collections, ...indexRecords(collections) };
});

/** What search finds, made once for the search page's filters and the index's files. */
export const loadSearchDocuments = once(async () => searchDocuments(await loadRecords()));

/** The stories (each canonical article with its other captures), newest first. */
export const loadStories = once(async () => groupStories(await loadArticles()));

/** Where each group of figures is shown, by group id, on the figures list's pages. */
export const loadFigureHrefs = once(async () => figureGroupHrefs(await loadFigures()));

/** Every article's cross-references (the passages its records cite, the names it links), by article id. */
export const loadCrossReferences = once(async () => {
	const [records, hrefs] = await Promise.all([loadRecords(), loadFigureHrefs()]);
	return crossReferenceIndex(records, (group) => hrefs.get(group) ?? `/figures/#group-${group}`);
});

/** Each download's size in bytes, by name; each file is made and let go, so only one is in memory at a time. */
export const loadDownloadSizes = once(async () => {
	const records = await loadRecords();
	return new Map(
		downloadNames.map((name) => [name, Buffer.byteLength(downloadFile(records, name).body, 'utf8')]),
	);
});
