import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { describeType, documentFields, readFieldComments } from '../../../src/lib/schema-docs.ts';
import { ArticleSchema, ParagraphSchema, RelatedItemSchema } from '../../../src/schemas/article.ts';

const articleSource = await readFile(new URL('../../../src/schemas/article.ts', import.meta.url), 'utf8');

describe('readFieldComments', () => {
	test('reads one-line and multi-line doc comments above fields', () => {
		const source = [
			'export const ThingSchema = z.object({',
			'\t/** The name. */',
			'\tname: z.string(),',
			'\t/**',
			'\t * Spread over',
			'\t * two lines.',
			'\t */',
			'\tnotes: z.string(),',
			'});',
			'export const OtherSchema = z.object({',
			'\t/** Not this one. */',
			'\tother: z.string(),',
			'});',
		].join('\n');
		expect(readFieldComments(source, 'ThingSchema')).toEqual(
			new Map([
				['name', 'The name.'],
				['notes', 'Spread over two lines.'],
			]),
		);
	});

	test('returns nothing for a schema that is not in the source', () => {
		expect(readFieldComments('const x = 1;', 'ThingSchema').size).toBe(0);
	});
});

describe('describeType', () => {
	const Item = z.object({ a: z.string() });
	test.each([
		['a string', z.string(), 'string'],
		['a URL', z.url(), 'string (URL)'],
		['a nullable string', z.string().nullable(), 'string or null'],
		['an optional literal', z.literal('heading').optional(), '"heading", optional'],
		['an array of strings', z.array(z.string()), 'array of strings'],
		['an array of named objects', z.array(Item), 'array of Item objects'],
	])('describes %s', (_name, schema, expected) => {
		expect(describeType(schema, new Map([[Item, 'Item object']]))).toBe(expected);
	});
});

describe('documentFields', () => {
	test.each([
		['ArticleSchema', ArticleSchema],
		['ParagraphSchema', ParagraphSchema],
		['RelatedItemSchema', RelatedItemSchema],
	] as const)('finds a meaning for every field of the real %s', (name, schema) => {
		const fields = documentFields(schema, articleSource, name);
		expect(fields.map((field) => field.name)).toEqual(Object.keys(schema.shape));
		expect(fields.filter((field) => field.meaning === '')).toEqual([]);
	});
});
