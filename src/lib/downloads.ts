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
