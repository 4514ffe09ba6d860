import { readFileSync } from 'node:fs';
import type { SearchRecords } from '../../../src/lib/search/documents.ts';
import type { SearchDocument } from '../../../src/lib/search/types.ts';

/** The collections as the pipeline publishes them (run `npm run data` first). */
export function generatedRecords(): SearchRecords {
	const read = <K extends keyof SearchRecords>(name: K): SearchRecords[K] => {
		const url = new URL(`../../../content/generated/${name}.json`, import.meta.url);
		return (JSON.parse(readFileSync(url, 'utf8')) as Record<K, SearchRecords[K]>)[name];
	};
	return {
		articles: read('articles'),
		officials: read('officials'),
		meetings: read('meetings'),
		events: read('events'),
		figures: read('figures'),
	};
}

/** A search document with only the fields a test cares about. */
export function doc(overrides: Partial<SearchDocument> & Pick<SearchDocument, 'key'>): SearchDocument {
	return {
		type: 'paragraph',
		title: '',
		text: '',
		url: `/${overrides.key}/`,
		meta: '',
		officials: [],
		years: [],
		...overrides,
	};
}
