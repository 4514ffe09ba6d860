import { describe, expect, test } from 'vitest';
import { searchDocuments } from '../../../src/lib/search/documents.ts';
import { article, event, figure, meeting, official, source } from '../lib/records.ts';

const chen = official({ id: 'chen-wenqing', name: 'Chen Wenqing', articles: ['a', 'dup'] });
const patrushev = official({
	id: 'nikolai-patrushev',
	name: 'Nikolai Patrushev',
	spellings: [{ name: 'Nikolai Patrushev', articles: ['a'] }],
	country: 'Russia',
	articles: ['a'],
	roles: [{ title: 'security Council Secretary', former: false, sources: [source('a', 'p-3')] }],
	url: '/officials/nikolai-patrushev/',
});
const story = article({
	id: 'a',
	title: 'Chen meets Patrushev',
	published: '2024-04-24',
	outlet: 'Daily8',
	standfirst: ['Top security official'],
	paragraphs: [
		{ id: 'p-1', text: 'Chen Wenqing arrived.' },
		{ id: 'p-2', text: 'Patrushev said little.' },
		{ id: 'p-3', text: 'The secretary spoke.' },
		{ id: 'p-4', text: 'They met.' },
	],
});
const records = {
	articles: [story, article({ id: 'dup', duplicateOf: 'a' })],
	officials: [chen, patrushev],
	meetings: [
		meeting({
			id: 'm',
			title: 'Chen Wenqing and Nikolai Patrushev meet',
			date: '2024-04-23',
			earliest: '2024-04-23',
			latest: '2024-04-23',
			place: 'St Petersburg',
			participants: ['chen-wenqing', 'nikolai-patrushev'],
			sources: [source('a', 'p-4', 'They met.')],
		}),
	],
	events: [
		event({
			id: 'e',
			kind: 'conference',
			title: 'Security meeting',
			aliases: ['High Representatives'],
			start: '2023-12-30',
			end: '2024-01-02',
			earliest: '2023-12-30',
			latest: '2024-01-02',
			url: null,
		}),
	],
	figures: [
		figure({
			group: 'trip-length',
			measure: 'length of Chen Wenqing’s trip',
			text: 'nine-day',
			sources: [source('a', 'p-1', 'A nine-day trip.')],
		}),
	],
};
const docs = searchDocuments(records);
const byKey = new Map(docs.map((d) => [d.key, d]));

describe('searchDocuments', () => {
	test('makes one document per official, meeting, event, figure, story and paragraph, in that order', () => {
		expect(docs.map((d) => d.key)).toEqual([
			'official:chen-wenqing',
			'official:nikolai-patrushev',
			'meeting:m',
			'event:e',
			'figure:trip-length-1',
			'article:a',
			'article:a#p-1',
			'article:a#p-2',
			'article:a#p-3',
			'article:a#p-4',
		]);
	});

	test('leaves near-duplicate captures out, so a paragraph is found once', () => {
		expect(docs.some((d) => d.key.startsWith('article:dup'))).toBe(false);
	});

	test('describes an official by roles, with their country to match', () => {
		expect(byKey.get('official:nikolai-patrushev')).toMatchObject({
			title: 'Nikolai Patrushev',
			text: 'Security Council Secretary.',
			meta: 'Russia',
			keywords: 'Russia',
			officials: ['nikolai-patrushev'],
			years: [2024],
		});
	});

	test('shows a meeting’s date and place, matches them, and quotes its first source', () => {
		expect(byKey.get('meeting:m')).toMatchObject({
			text: 'They met.',
			meta: '23 April 2024, St Petersburg',
			keywords: '23 April 2024, St Petersburg',
			officials: ['chen-wenqing', 'nikolai-patrushev'],
			years: [2024],
		});
	});

	test('gives an event every year it spans, and the events page when it has none of its own', () => {
		expect(byKey.get('event:e')).toMatchObject({
			text: 'Also called High Representatives. A sentence.',
			meta: 'Conference · 30 December 2023 – 2 January 2024',
			url: '/events/',
			years: [2023, 2024],
		});
	});

	test('links a figure to its group, concerning the officials its measure names', () => {
		expect(byKey.get('figure:trip-length-1')).toMatchObject({
			title: 'Length of Chen Wenqing’s trip: nine-day',
			url: '/figures/#group-trip-length',
			meta: 'Reported 24 April 2024',
			officials: ['chen-wenqing'],
			years: [2024],
		});
	});

	test('makes a paragraph part of its story, concerning whom it names or is cited for', () => {
		expect(byKey.get('article:a')).toMatchObject({
			url: '/articles/a/',
			years: [2024],
			meta: '24 April 2024 · Daily8',
		});
		expect(['p-1', 'p-2', 'p-3', 'p-4'].map((p) => byKey.get(`article:a#${p}`)?.officials)).toEqual([
			['chen-wenqing'],
			['nikolai-patrushev'],
			['nikolai-patrushev'],
			['chen-wenqing', 'nikolai-patrushev'],
		]);
		expect(byKey.get('article:a#p-2')).toMatchObject({
			title: '',
			url: '/articles/a/#p-2',
			meta: 'Paragraph 2',
			parent: 'article:a',
			years: [],
		});
	});
});
