import { describe, expect, test } from 'vitest';
import {
	articleColumns,
	eventColumns,
	figureColumns,
	meetingColumns,
	officialColumns,
	roleCell,
} from '../../../src/lib/csv-columns.ts';
import { toCsv } from '../../../src/lib/csv.ts';
import { ArticleSchema } from '../../../src/schemas/article.ts';
import { EventSchema } from '../../../src/schemas/event.ts';
import { FigureSchema } from '../../../src/schemas/figure.ts';
import { MeetingSchema } from '../../../src/schemas/meeting.ts';
import { OfficialSchema } from '../../../src/schemas/official.ts';
import { article, event, figure, official, source } from './records.ts';

describe('the CSV columns', () => {
	// Fields whose column has another name because the cell is not the field as it is.
	const renamed: Record<string, string> = { paragraphs: 'text' };
	test.each([
		['articles', ArticleSchema, articleColumns],
		['officials', OfficialSchema, officialColumns],
		['meetings', MeetingSchema, meetingColumns],
		['events', EventSchema, eventColumns],
		['figures', FigureSchema, figureColumns],
	] as const)('of %s cover every field of the schema', (_name, schema, columns) => {
		const names = columns.map((column) => column.name as string);
		const expected = Object.keys(schema.shape).map((field) => renamed[field] ?? field);
		expect(names).toEqual(expect.arrayContaining(expected));
		expect(new Set(names).size).toBe(names.length);
	});

	test.each([
		['meetings', meetingColumns],
		['events', eventColumns],
		['figures', figureColumns],
	] as const)('of %s put a quotes column right after the sources column', (_name, columns) => {
		const names = columns.map((column) => column.name);
		expect(names[names.indexOf('sources') + 1]).toBe('quotes');
	});
});

describe('articleColumns', () => {
	test('join the paragraphs’ text with a blank line in a text column, quoted', () => {
		const csv = toCsv(
			[
				article({
					paragraphs: [
						{ id: 'p-1', text: 'First, with a comma.' },
						{ id: 'p-2', text: 'A subheading', kind: 'heading' },
						{ id: 'p-3', text: 'Third.' },
					],
				}),
			],
			articleColumns,
		);
		expect(csv).toContain(',"First, with a comma.\n\nA subheading\n\nThird.",');
	});
});

describe('officialColumns', () => {
	test('write spellings with their articles, roles as "title (from–to)", and the roles’ sources', () => {
		const record = official({
			spellings: [
				{ name: 'Sergei Lavrov', articles: ['a'] },
				{ name: 'Sergey Lavrov', articles: ['b', 'c'] },
			],
			roles: [
				{ title: 'Foreign Minister', from: '2004-03', former: false, sources: [source('a', 'p-2', 'Q1')] },
				{ title: 'envoy', former: true, sources: [source('b', 'p-5', 'Q2')] },
			],
		});
		const cells = Object.fromEntries(officialColumns.map((column) => [column.name, column.value(record)]));
		expect(cells['spellings']).toEqual(['Sergei Lavrov (a)', 'Sergey Lavrov (b; c)']);
		expect(cells['roles']).toEqual(['Foreign Minister (2004-03–)', 'envoy (former)']);
		expect(cells['sources']).toEqual(['a#p-2', 'b#p-5']);
		expect(cells['quotes']).toEqual(['Q1', 'Q2']);
	});
});

describe('roleCell', () => {
	test.each([
		[{ title: 'President', former: false }, 'President'],
		[{ title: 'secretary', from: '2022-10', former: false }, 'secretary (2022-10–)'],
		[
			{ title: 'Minister of State Security', to: '2022-10', former: true },
			'Minister of State Security (–2022-10, former)',
		],
		[{ title: 'governor', from: '2019', to: '2022', former: true }, 'governor (2019–2022, former)'],
	])('writes %o as "%s"', (role, expected) => {
		expect(roleCell({ ...role, sources: [source()] })).toBe(expected);
	});
});

describe('eventColumns', () => {
	test('write each disputed value as "field=value"', () => {
		const record = event({
			conflicts: [
				{ field: 'start', value: '2024-04-20', sources: [source('a', 'p-6')] },
				{ field: 'start', value: '2024-04-21', sources: [source('b', 'p-2')] },
			],
		});
		const conflicts = eventColumns.find((column) => column.name === 'conflicts')!;
		expect(conflicts.value(record)).toEqual(['start=2024-04-20', 'start=2024-04-21']);
	});
});

describe('figureColumns', () => {
	test('write a figure as one row, its quote quoted when it holds a comma', () => {
		const record = figure({
			value: 240100000000,
			unit: 'USD',
			text: 'US$240.1 billion',
			sources: [source('a', 'p-9', 'Trade rose to US$240.1 billion, a record.')],
		});
		expect(toCsv([record], figureColumns).split('\r\n')[1]).toBe(
			'deaths-240100000000,240100000000,USD,US$240.1 billion,people killed,a#p-9,"Trade rose to US$240.1 billion, a record.",deaths,single',
		);
	});
});
