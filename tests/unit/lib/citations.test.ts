import { describe, expect, test } from 'vitest';
import { cite, paragraphNumber } from '../../../src/lib/citations.ts';
import { article, source } from './records.ts';

describe('paragraphNumber', () => {
	test.each([
		['p-1', 1],
		['p-12', 12],
	])('reads %s as paragraph %i', (id, expected) => {
		expect(paragraphNumber(id)).toBe(expected);
	});
});

describe('cite', () => {
	const articles = new Map([
		[
			'scmp',
			article({ id: 'scmp', title: 'Talks', outlet: 'South China Morning Post', published: '2024-04-24' }),
		],
		['unknown', article({ id: 'unknown', title: 'Visit', outlet: null, published: '2024-04-19' })],
	]);

	test('links the quote to its paragraph and names the article, outlet, day and paragraph', () => {
		expect(cite(source('scmp', 'p-6', 'began a nine-day trip'), articles)).toEqual({
			quote: 'began a nine-day trip',
			href: '/articles/scmp/#p-6',
			title: 'Talks',
			outlet: 'South China Morning Post',
			date: '24 April 2024',
			paragraph: 6,
		});
	});

	test('says "Outlet unknown" when the article names no outlet', () => {
		expect(cite(source('unknown', 'p-2'), articles).outlet).toBe('Outlet unknown');
	});

	test('stops the build on a source whose article is missing', () => {
		expect(() => cite(source('gone', 'p-1'), articles)).toThrow(/"gone", which is not in articles.json/);
	});
});
