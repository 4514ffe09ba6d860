import { describe, expect, test } from 'vitest';
import { describeResults, readSearchParams, writeSearchParams } from '../../../src/lib/search/url-state.ts';

describe('readSearchParams', () => {
	test.each([
		['?q=patrushev', { q: 'patrushev' }],
		[
			'?q=chen&type=meeting&official=chen-wenqing&year=2024',
			{ q: 'chen', type: 'meeting', official: 'chen-wenqing', year: 2024 },
		],
		['?type=event', { q: '', type: 'event' }],
		['?q=a+b%20c', { q: 'a b c' }],
		['?q=x&type=person&official=Bad%20Id&year=24', { q: 'x' }],
		['?q=x&type=&official=&year=', { q: 'x' }],
		['', { q: '' }],
	])('reads %s', (search, expected) => {
		expect(readSearchParams(new URLSearchParams(search))).toEqual(expected);
	});
});

describe('writeSearchParams', () => {
	test('writes what is set, in a fixed order', () => {
		expect(
			writeSearchParams({ year: 2024, official: 'chen-wenqing', type: 'meeting', q: ' chen ' }).toString(),
		).toBe('q=chen&type=meeting&official=chen-wenqing&year=2024');
	});

	test('writes nothing for an empty search', () => {
		expect(writeSearchParams({ q: '  ' }).toString()).toBe('');
	});

	test('reads back what it writes', () => {
		const query = {
			q: 'Patrushev & “Narishkin”',
			type: 'official',
			official: 'nikolai-patrushev',
			year: 2023,
		} as const;
		expect(readSearchParams(writeSearchParams(query))).toEqual({ ...query, q: query.q });
	});
});

describe('describeResults', () => {
	test.each([
		[{ q: 'patrushev' }, 4, [], undefined, '4 results for “patrushev”.'],
		[{ q: 'patrushev' }, 1, [], undefined, '1 result for “patrushev”.'],
		[{ q: 'zzz' }, 0, ['zzz'], undefined, 'No results for “zzz”. No word in the records is close to “zzz”.'],
		[
			{ q: 'meet', type: 'meeting', official: 'chen-wenqing', year: 2024 },
			2,
			[],
			'Chen Wenqing',
			'2 results for “meet” among Meetings, concerning Chen Wenqing, in 2024.',
		],
		[{ q: '', official: 'chen-wenqing' }, 3, [], undefined, '3 results, concerning chen-wenqing.'],
	] as const)('describes %o with %i results', (query, total, unmatched, name, expected) => {
		expect(describeResults(query, { total, unmatched: [...unmatched] }, name)).toBe(expected);
	});
});
