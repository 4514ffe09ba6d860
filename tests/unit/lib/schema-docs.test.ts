import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { describeType, documentFields, readFieldComments } from '../../../src/lib/schema-docs.ts';
import { ArticleSchema, ParagraphSchema, RelatedItemSchema } from '../../../src/schemas/article.ts';
import { ConflictSchema, EventSchema } from '../../../src/schemas/event.ts';
import { FigureSchema } from '../../../src/schemas/figure.ts';
import { MeetingSchema } from '../../../src/schemas/meeting.ts';
import { OfficialSchema, RoleSchema } from '../../../src/schemas/official.ts';
import { FuzzyDateSchema, SourceSchema } from '../../../src/schemas/source.ts';

const readSchema = (name: string) =>
	readFile(new URL(`../../../src/schemas/${name}.ts`, import.meta.url), 'utf8');
const articleSource = await readSchema('article');
const schemaSources = await Promise.all(
	['article', 'official', 'meeting', 'event', 'figure', 'source'].map(readSchema),
);

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

	test('gives fields spread in from another schema that schema’s comments', () => {
		const source = [
			'export const BaseSchema = z.object({',
			'\t/** When. */',
			'\tdate: z.string(),',
			'});',
			'export const ThingSchema = z.object({',
			'\t/** The name. */',
			'\tname: z.string(),',
			'\t...BaseSchema.shape,',
			'});',
		].join('\n');
		expect(readFieldComments(source, 'ThingSchema')).toEqual(
			new Map([
				['date', 'When.'],
				['name', 'The name.'],
			]),
		);
	});

	test('gives an extended schema its base’s comments, its own winning', () => {
		const base = ['export const BaseSchema = z.object({', '\t/** Old. */', '\tid: z.string(),', '});'].join(
			'\n',
		);
		const extended = [
			'export const ThingSchema = BaseSchema.extend({',
			'\t/** New. */',
			'\tid: z.string(),',
			'\t/** Extra. */',
			'\textra: z.number(),',
			'});',
		].join('\n');
		expect(readFieldComments([extended, base], 'ThingSchema')).toEqual(
			new Map([
				['id', 'New.'],
				['extra', 'Extra.'],
			]),
		);
	});

	test('never lets a comment above a spread swallow the next field', () => {
		const source = [
			'export const ThingSchema = z.object({',
			'\t/** About the spread. */',
			'\t...OtherSchema.shape,',
			'\t/** The name. */',
			'\tname: z.string(),',
			'});',
		].join('\n');
		expect(readFieldComments(source, 'ThingSchema')).toEqual(new Map([['name', 'The name.']]));
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
		['an enum of two values', z.enum(['held', 'planned']), '"held" or "planned"'],
		['an enum of many values', z.enum(['day', 'week', 'month']), '"day", "week" or "month"'],
		[
			'an unnamed object',
			z.object({ name: z.string(), articles: z.array(z.string()) }),
			'object with name, articles',
		],
		[
			'an array of unnamed objects',
			z.array(z.object({ name: z.string(), articles: z.array(z.string()) })),
			'array of objects with name, articles',
		],
		['a boolean', z.boolean(), 'boolean'],
		['a number', z.number(), 'number'],
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

	test.each([
		['OfficialSchema', OfficialSchema],
		['RoleSchema', RoleSchema],
		['MeetingSchema', MeetingSchema],
		['EventSchema', EventSchema],
		['ConflictSchema', ConflictSchema],
		['FigureSchema', FigureSchema],
		['SourceSchema', SourceSchema],
		['FuzzyDateSchema', FuzzyDateSchema],
	] as const)('finds a meaning for every field of the real %s', (name, schema) => {
		const fields = documentFields(schema, schemaSources, name);
		expect(fields.map((field) => field.name)).toEqual(Object.keys(schema.shape));
		expect(fields.filter((field) => field.meaning === '')).toEqual([]);
	});

	test('documents the meeting’s spread-in date fields and its enums', () => {
		const fields = new Map(
			documentFields(MeetingSchema, schemaSources, 'MeetingSchema').map((f) => [f.name, f]),
		);
		expect(fields.get('datePrecision')).toEqual({
			name: 'datePrecision',
			type: '"day", "week", "month" or "year"',
			meaning: 'How precisely the text gives the date.',
		});
		expect(fields.get('status')?.type).toBe('"held" or "planned"');
		expect(fields.get('place')?.type).toBe('string or null');
	});

	test('documents the official’s spellings as objects with their own fields', () => {
		const fields = documentFields(OfficialSchema, schemaSources, 'OfficialSchema');
		expect(fields.find((f) => f.name === 'spellings')?.type).toBe('array of objects with name, articles');
	});
});
