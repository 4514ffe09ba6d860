import type { Article } from '../../../src/schemas/article.ts';
import type { Event } from '../../../src/schemas/event.ts';
import type { Figure } from '../../../src/schemas/figure.ts';
import type { Meeting } from '../../../src/schemas/meeting.ts';
import type { Official } from '../../../src/schemas/official.ts';
import type { Source } from '../../../src/schemas/source.ts';

/** Small records for the site's helpers; each builder takes the fields a test cares about. */

export const source = (article = 'a', paragraph = 'p-1', quote = 'A sentence.'): Source => ({
	article,
	paragraph,
	quote,
});

export function article(overrides: Partial<Article> = {}): Article {
	const id = overrides.id ?? 'a';
	return {
		id,
		source: `${id}.txt`,
		title: `Headline ${id}`,
		outlet: 'Outlet',
		republishes: null,
		published: '2024-04-24',
		dateBasis: null,
		sourceUrl: null,
		standfirst: [],
		paragraphs: [{ id: 'p-1', text: 'A sentence.' }],
		captions: [],
		related: [],
		duplicateOf: null,
		duplicates: [],
		url: `/articles/${id}/`,
		...overrides,
	};
}

export function official(overrides: Partial<Official> = {}): Official {
	const id = overrides.id ?? 'chen-wenqing';
	return {
		id,
		name: 'Chen Wenqing',
		aliases: [],
		spellings: [{ name: 'Chen Wenqing', articles: ['a'] }],
		country: 'China',
		roles: [],
		articles: ['a'],
		mentions: [{ article: 'a', paragraph: 'p-1', start: 0, end: 4 }],
		url: `/officials/${id}/`,
		...overrides,
	};
}

export function meeting(overrides: Partial<Meeting> = {}): Meeting {
	const id = overrides.id ?? '2024-04-23-a-b';
	return {
		id,
		title: 'A and B meet',
		date: '2024-04-23',
		datePrecision: 'day',
		earliest: '2024-04-23',
		latest: '2024-04-23',
		dateBasis: 'stated',
		status: 'held',
		place: null,
		placeBasis: null,
		participants: ['a', 'b'],
		sources: [source()],
		announcements: [],
		events: [],
		url: `/meetings/${id}/`,
		...overrides,
	};
}

export function event(overrides: Partial<Event> = {}): Event {
	const id = overrides.id ?? '2024-04-trip';
	return {
		id,
		kind: 'trip',
		title: 'A trip',
		aliases: [],
		start: '2024-04-20',
		end: null,
		datePrecision: 'day',
		earliest: '2024-04-20',
		latest: '2024-04-20',
		planned: false,
		places: [],
		participants: [],
		meetings: [],
		related: [],
		conflicts: [],
		basis: 'stated',
		sources: [source()],
		url: `/events/${id}/`,
		...overrides,
	};
}

export function figure(overrides: Partial<Figure> = {}): Figure {
	const group = overrides.group ?? 'deaths';
	return {
		id: `${group}-${overrides.value ?? 1}`,
		value: 1,
		unit: 'people',
		text: '1 person',
		measure: 'people killed',
		sources: [source()],
		group,
		agreement: 'single',
		...overrides,
	};
}
