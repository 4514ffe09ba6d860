import type { Article } from '../../../src/schemas/article.ts';
import type { Event } from '../../../src/schemas/event.ts';
import type { Figure } from '../../../src/schemas/figure.ts';
import type { Meeting } from '../../../src/schemas/meeting.ts';
import type { Official } from '../../../src/schemas/official.ts';
import type { SearchRecords } from '../../../src/lib/search/documents.ts';
import type { SearchDocument } from '../../../src/lib/search/types.ts';
import { seedCollection } from '../seed-output.ts';

/** The seeds' collections as the pipeline wrote them in this test run. */
export function generatedRecords(): SearchRecords {
	return {
		articles: seedCollection<Article>('articles'),
		officials: seedCollection<Official>('officials'),
		meetings: seedCollection<Meeting>('meetings'),
		events: seedCollection<Event>('events'),
		figures: seedCollection<Figure>('figures'),
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
