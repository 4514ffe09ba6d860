import { describe, expect, test } from 'vitest';
import { benchQueries, checkTypos } from '../../../scripts/bench/queries.ts';

describe('benchQueries', () => {
	test('types every correctly spelled query before its misspelling', () => {
		const typed = benchQueries.map((q) => q.query);
		for (const { query, misspells } of benchQueries)
			if (misspells) expect(typed.indexOf(misspells)).toBeLessThan(typed.indexOf(query));
	});

	test('has misspellings and queries of several words', () => {
		expect(benchQueries.filter((q) => q.misspells).length).toBeGreaterThanOrEqual(5);
		expect(benchQueries.filter((q) => q.query.includes(' ')).length).toBeGreaterThanOrEqual(2);
	});
});

describe('checkTypos', () => {
	const queries = [{ query: 'moscow' }, { query: 'moskow', misspells: 'moscow' }];

	test('finds a misspelling whose results include the correct spelling’s first result', () => {
		const results = new Map([
			['moscow', ['/articles/a/', '/articles/b/']],
			['moskow', ['/articles/b/', '/articles/a/']],
		]);
		expect(checkTypos(queries, results)).toEqual({ found: 1, total: 1, missed: [] });
	});

	test.each([
		['lacks that result', ['/articles/b/']],
		['found nothing', []],
	])('misses a misspelling that %s', (_, typoResults) => {
		const results = new Map([
			['moscow', ['/articles/a/', '/articles/b/']],
			['moskow', typoResults],
		]);
		expect(checkTypos(queries, results)).toEqual({ found: 0, total: 1, missed: ['moskow'] });
	});

	test('misses a misspelling when the correct spelling itself found nothing', () => {
		const results = new Map([
			['moscow', []],
			['moskow', ['/articles/a/']],
		]);
		expect(checkTypos(queries, results).missed).toEqual(['moskow']);
	});
});
