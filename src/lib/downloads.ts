import type { Article } from '../schemas/article.ts';
import type { Event } from '../schemas/event.ts';
import type { Figure } from '../schemas/figure.ts';
import type { Meeting } from '../schemas/meeting.ts';
import type { Official } from '../schemas/official.ts';
import { toCsv } from './csv.ts';
import {
	articleColumns,
	eventColumns,
	figureColumns,
	meetingColumns,
	officialColumns,
} from './csv-columns.ts';

/** One file under /data/. */
export interface DownloadFile {
	/** The file's name, also its path under /data/, e.g. "meetings.csv". */
	name: string;
	/** "JSON" or "CSV". */
	format: 'JSON' | 'CSV';
	contentType: string;
	body: string;
}

/** The records every download is made from. */
export interface DownloadRecords {
	articles: readonly Article[];
	officials: readonly Official[];
	meetings: readonly Meeting[];
	events: readonly Event[];
	figures: readonly Figure[];
}

/** The download's text: records as a pretty-printed JSON array, in the order given. */
export function jsonArray(records: readonly unknown[]): string {
	return JSON.stringify(records, null, 2) + '\n';
}

/** Every download's name, collection by collection: "articles.json", "articles.csv", … */
export const downloadNames = ['articles', 'officials', 'meetings', 'events', 'figures'].flatMap(
	(collection) => [`${collection}.json`, `${collection}.csv`],
);

/**
 * The download called `name` (one of `downloadNames`), made on its own: at 10,000 articles the files
 * are hundreds of megabytes, too much to hold all at once through a build.
 */
export function downloadFile(records: DownloadRecords, name: string): DownloadFile {
	const [collection, extension] = name.split('.') as [keyof DownloadRecords, string];
	const columns = {
		articles: articleColumns,
		officials: officialColumns,
		meetings: meetingColumns,
		events: eventColumns,
		figures: figureColumns,
	} as const;
	const list = records[collection];
	if (!list || !(collection in columns)) throw new Error(`No download is called "${name}".`);
	if (extension === 'json')
		return { name, format: 'JSON', contentType: 'application/json; charset=utf-8', body: jsonArray(list) };
	// Each collection with its own columns; the cast only joins the five pairs TypeScript keeps apart.
	const csv = toCsv(list as readonly Article[], columns[collection] as typeof articleColumns);
	return { name, format: 'CSV', contentType: 'text/csv; charset=utf-8', body: csv };
}

/** Every collection as a JSON file and a CSV file, collection by collection. */
export function downloadFiles(records: DownloadRecords): DownloadFile[] {
	const tables = [
		['articles', records.articles, toCsv(records.articles, articleColumns)],
		['officials', records.officials, toCsv(records.officials, officialColumns)],
		['meetings', records.meetings, toCsv(records.meetings, meetingColumns)],
		['events', records.events, toCsv(records.events, eventColumns)],
		['figures', records.figures, toCsv(records.figures, figureColumns)],
	] as const;
	return tables.flatMap(([collection, list, csv]): DownloadFile[] => [
		{
			name: `${collection}.json`,
			format: 'JSON',
			contentType: 'application/json; charset=utf-8',
			body: jsonArray(list),
		},
		{ name: `${collection}.csv`, format: 'CSV', contentType: 'text/csv; charset=utf-8', body: csv },
	]);
}
