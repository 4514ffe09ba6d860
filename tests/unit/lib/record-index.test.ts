import { describe, expect, test } from 'vitest';
import { crossReferenceIndex, crossReferencesFor } from '../../../src/lib/cross-references.ts';
import { neighboursById, neighbours } from '../../../src/lib/chronology.ts';
import { figureGroupHrefs, listPaths, listTotals, officialRows } from '../../../src/lib/lists.ts';
import { groupBy, indexRecords } from '../../../src/lib/record-index.ts';
import { article, event, figure, meeting, official, source } from './records.ts';

const records = {
	articles: [article({ id: 'a1' }), article({ id: 'a2' })],
	officials: [
		official({
			id: 'x',
			articles: ['a1'],
			mentions: [{ article: 'a1', paragraph: 'p-1', start: 0, end: 1 }],
		}),
		official({ id: 'y', articles: ['a1', 'a2'] }),
		official({ id: 'z', articles: [] }),
	],
	meetings: [
		meeting({
			id: 'm2',
			earliest: '2024-05-01',
			latest: '2024-05-01',
			participants: ['x', 'y'],
			sources: [source('a2')],
		}),
		meeting({
			id: 'm1',
			earliest: '2024-04-01',
			latest: '2024-04-01',
			participants: ['x', 'y'],
			sources: [source('a1')],
		}),
	],
	events: [event({ id: 'e1', participants: ['y'], sources: [source('a1', 'p-1', 'Trip.')] })],
	figures: [figure({ group: 'deaths', value: 3, sources: [source('a2')] })],
};

describe('groupBy', () => {
	test('puts each value under each of its keys, in order, a repeated key once', () => {
		const groups = groupBy([{ k: ['a', 'b', 'a'] }, { k: ['b'] }], (v) => v.k);
		expect([...groups].map(([key, values]) => [key, values.length])).toEqual([
			['a', 1],
			['b', 2],
		]);
	});
});

describe('indexRecords', () => {
	const index = indexRecords(records);

	test('finds each official’s meetings in date order, and their events', () => {
		expect(index.meetingsByOfficial.get('x')?.map((m) => m.id)).toEqual(['m1', 'm2']);
		expect(index.eventsByOfficial.get('y')?.map((e) => e.id)).toEqual(['e1']);
		expect(index.meetingsByOfficial.has('z')).toBe(false);
	});

	test('finds the officials each article names', () => {
		expect(index.officialsByArticle.get('a1')?.map((o) => o.id)).toEqual(['x', 'y']);
		expect(index.officialsByArticle.get('a2')?.map((o) => o.id)).toEqual(['y']);
	});

	test('looks records up by id', () => {
		expect(index.articleById.get('a2')?.id).toBe('a2');
		expect(index.eventById.get('e1')?.id).toBe('e1');
	});
});

describe('crossReferenceIndex', () => {
	test('gives each article what crossReferencesFor gives it', () => {
		const index = crossReferenceIndex(records);
		for (const { id } of records.articles) expect(index.get(id)).toEqual(crossReferencesFor(id, records));
	});

	test('links figures to where figureHref says they are shown', () => {
		const index = crossReferenceIndex(records, (group) => `/figures/2/#group-${group}`);
		expect(index.get('a2')?.citations?.find((c) => c.by.kind === 'figure')?.by.href).toBe(
			'/figures/2/#group-deaths',
		);
	});
});

describe('neighboursById', () => {
	test('gives every item what neighbours gives it', () => {
		const all = neighboursById(records.meetings);
		for (const m of records.meetings) expect(all.get(m.id)).toEqual(neighbours(records.meetings, m.id));
	});
});

describe('lists', () => {
	test('orders officials by meetings, then by name', () => {
		const rows = officialRows(records.officials, indexRecords(records).meetingsByOfficial);
		expect(rows.map((row) => [row.official.id, row.meetings])).toEqual([
			['x', 2],
			['y', 2],
			['z', 0],
		]);
	});

	test('places each figure group on the page of the figures list that shows it', () => {
		const figures = Array.from({ length: 45 }, (_, i) =>
			figure({ group: `g${String(i).padStart(2, '0')}`, agreement: 'single' }),
		);
		const hrefs = figureGroupHrefs(figures);
		expect(hrefs.get('g00')).toBe('/figures/#group-g00');
		expect(hrefs.get('g44')).toBe('/figures/2/#group-g44');
	});

	test('lists every page of every list for the sitemap', () => {
		const totals = listTotals({ ...records, stories: records.articles });
		expect(totals).toEqual({ articles: 2, officials: 3, meetings: 2, events: 1, figures: 1 });
		expect(listPaths({ ...totals, officials: 101 })).toEqual([
			'/articles/',
			'/officials/',
			'/officials/2/',
			'/meetings/',
			'/events/',
			'/figures/',
		]);
	});
});
