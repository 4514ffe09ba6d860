import { describe, expect, test } from 'vitest';
import { csvField, sourceQuotes, sourceRefs, toCsv } from '../../../src/lib/csv.ts';

describe('csvField', () => {
	test.each([
		['leaves plain text as it is', 'Chen Wenqing', 'Chen Wenqing'],
		['quotes text holding a comma', 'Moscow, Russia', '"Moscow, Russia"'],
		['quotes text holding a quote and doubles the quote', 'the "bloc conflict"', '"the ""bloc conflict"""'],
		['quotes text holding a line break and keeps it', 'one\n\ntwo', '"one\n\ntwo"'],
		['quotes text holding a carriage return', 'one\rtwo', '"one\rtwo"'],
		['leaves typographic quotes alone', 'Beijing’s “firm support”', 'Beijing’s “firm support”'],
		['writes null as an empty cell', null, ''],
		['writes undefined as an empty cell', undefined, ''],
		['writes a number as it is', 240100000000, '240100000000'],
		['writes a decimal as it is', 26.3, '26.3'],
		['writes a boolean as true or false', false, 'false'],
		['joins a list with " | "', ['Hungary', 'Russia'], 'Hungary | Russia'],
		['writes an empty list as an empty cell', [], ''],
		['quotes a joined list when an item holds a comma', ['a, b', 'c'], '"a, b | c"'],
	])('%s', (_name, value, expected) => {
		expect(csvField(value)).toBe(expected);
	});
});

describe('toCsv', () => {
	const columns = [
		{ name: 'id', value: (r: { id: string; tags: string[] }) => r.id },
		{ name: 'tags', value: (r: { id: string; tags: string[] }) => r.tags },
	];

	test('writes a header row of column names, then one CRLF-ended row per record', () => {
		expect(
			toCsv(
				[
					{ id: 'a', tags: ['x', 'y'] },
					{ id: 'b', tags: [] },
				],
				columns,
			),
		).toBe('id,tags\r\na,x | y\r\nb,\r\n');
	});

	test('writes only the header when there are no records', () => {
		expect(toCsv([], columns)).toBe('id,tags\r\n');
	});

	test('keeps a line break inside a quoted cell, so the row still reads as one record', () => {
		const csv = toCsv([{ id: 'first line\nsecond line', tags: [] }], columns);
		expect(csv).toBe('id,tags\r\n"first line\nsecond line",\r\n');
	});
});

describe('sourceRefs and sourceQuotes', () => {
	const sources = [
		{ article: 'a', paragraph: 'p-3', quote: 'One.' },
		{ article: 'b', paragraph: 'p-12', quote: 'Two, with a comma.' },
	];

	test('write each source as article#paragraph, in order', () => {
		expect(sourceRefs(sources)).toEqual(['a#p-3', 'b#p-12']);
	});

	test('write the quotes in the same order', () => {
		expect(sourceQuotes(sources)).toEqual(['One.', 'Two, with a comma.']);
	});
});
