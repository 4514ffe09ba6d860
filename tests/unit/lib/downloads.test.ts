import { describe, expect, test } from 'vitest';
import { downloadFile, downloadFiles, downloadNames, jsonArray } from '../../../src/lib/downloads.ts';
import { article, event, figure, meeting, official } from './records.ts';

describe('jsonArray', () => {
	test('writes the records as a pretty-printed array ending in a newline', () => {
		expect(jsonArray([{ id: 'a' }])).toBe('[\n  {\n    "id": "a"\n  }\n]\n');
	});
});

describe('downloadFiles', () => {
	const records = {
		articles: [article()],
		officials: [official()],
		meetings: [meeting()],
		events: [event()],
		figures: [figure()],
	};

	test('offers every collection as JSON and as CSV', () => {
		expect(downloadFiles(records).map((file) => file.name)).toEqual([
			'articles.json',
			'articles.csv',
			'officials.json',
			'officials.csv',
			'meetings.json',
			'meetings.csv',
			'events.json',
			'events.csv',
			'figures.json',
			'figures.csv',
		]);
	});

	test('writes the JSON files as the records exactly', () => {
		const meetings = downloadFiles(records).find((file) => file.name === 'meetings.json')!;
		expect(JSON.parse(meetings.body)).toEqual(records.meetings);
	});

	test('writes one CSV row per record after the header', () => {
		const csv = downloadFiles(records).find((file) => file.name === 'events.csv')!;
		expect(csv.body.split('\r\n').filter(Boolean)).toHaveLength(2);
		expect(csv.contentType).toBe('text/csv; charset=utf-8');
	});
});

describe('downloadFile', () => {
	test('makes each download on its own, the same as downloadFiles', () => {
		const records = {
			articles: [article()],
			officials: [official()],
			meetings: [meeting()],
			events: [event()],
			figures: [figure()],
		};
		const all = downloadFiles(records);
		expect(all.map((file) => file.name)).toEqual(downloadNames);
		for (const file of all) expect(downloadFile(records, file.name)).toEqual(file);
	});

	test('refuses a name that is no download', () => {
		expect(() =>
			downloadFile({ articles: [], officials: [], meetings: [], events: [], figures: [] }, 'x.json'),
		).toThrow('No download is called "x.json".');
	});
});
