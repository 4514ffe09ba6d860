import { describe, expect, test } from 'vitest';
import {
	pageCount,
	pageOfIndex,
	pageParam,
	pagePath,
	pagePaths,
	pagePosition,
	pageTitle,
	pagerEntries,
	paginate,
} from '../../../src/lib/pagination.ts';

describe('pagePath and pageParam', () => {
	test.each([
		[1, '/officials/', undefined],
		[2, '/officials/2/', '2'],
		[12, '/officials/12/', '12'],
	])('page %i is at %s with the parameter %s', (number, path, param) => {
		expect(pagePath('/officials/', number)).toBe(path);
		expect(pageParam(number)).toBe(param);
	});
});

describe('pageCount and pageOfIndex', () => {
	test.each([
		[0, 1],
		[1, 1],
		[50, 1],
		[51, 2],
		[10_000, 200],
	])('%i items at 50 a page make %i pages', (total, pages) => {
		expect(pageCount(total, 50)).toBe(pages);
	});

	test('finds the page of an item by its index from 0', () => {
		expect([0, 49, 50, 99, 100].map((i) => pageOfIndex(i, 50))).toEqual([1, 1, 2, 2, 3]);
	});
});

describe('paginate', () => {
	test('splits the items in order, with each page’s neighbours', () => {
		const pages = paginate(['a', 'b', 'c', 'd', 'e'], 2, '/x/');
		expect(pages.map((page) => page.items)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
		expect(pages.map((page) => [page.url, page.previous, page.next])).toEqual([
			['/x/', undefined, '/x/2/'],
			['/x/2/', '/x/', '/x/3/'],
			['/x/3/', '/x/2/', undefined],
		]);
		expect(pages.map((page) => [page.number, page.pages, page.first, page.total])).toEqual([
			[1, 3, 1, 5],
			[2, 3, 3, 5],
			[3, 3, 5, 5],
		]);
	});

	test('makes one empty page of an empty list', () => {
		expect(paginate([], 10, '/x/')).toEqual([
			{
				number: 1,
				pages: 1,
				items: [],
				first: 1,
				total: 0,
				url: '/x/',
				previous: undefined,
				next: undefined,
			},
		]);
	});

	test('gives the same paths as pagePaths, which the sitemap lists', () => {
		const items = Array.from({ length: 123 }, (_, i) => i);
		expect(paginate(items, 50, '/x/').map((page) => page.url)).toEqual(pagePaths('/x/', 123, 50));
	});
});

describe('pagerEntries', () => {
	const numbers = (entries: ReturnType<typeof pagerEntries>) =>
		entries.map((entry) =>
			'gap' in entry ? '…' : entry.current ? `[${entry.number}]` : String(entry.number),
		);

	test('lists every page of a short list', () => {
		expect(numbers(pagerEntries('/x/', 2, 4))).toEqual(['1', '[2]', '3', '4']);
	});

	test('shows the first, the last and the pages near the current one, with gaps between', () => {
		expect(numbers(pagerEntries('/x/', 10, 200))).toEqual([
			'1',
			'…',
			'8',
			'9',
			'[10]',
			'11',
			'12',
			'…',
			'200',
		]);
	});

	test('shows a single skipped page instead of a gap', () => {
		expect(numbers(pagerEntries('/x/', 5, 10))).toEqual(['1', '2', '3', '4', '[5]', '6', '7', '…', '10']);
	});

	test('links each number to its page', () => {
		expect(pagerEntries('/x/', 1, 2)).toEqual([
			{ number: 1, url: '/x/', current: true },
			{ number: 2, url: '/x/2/', current: false },
		]);
	});
});

describe('pagePosition and pageTitle', () => {
	test('say nothing extra for a list of one page', () => {
		const [page] = paginate(['a'], 10, '/x/');
		expect(pagePosition(page!)).toBe('');
		expect(pageTitle('Officials', page!)).toBe('Officials');
	});

	test('name the page and its items on a longer list', () => {
		const page = paginate(
			Array.from({ length: 250 }, (_, i) => i),
			100,
			'/x/',
		)[2]!;
		expect(pagePosition(page)).toBe('page 3 of 3, 201–250');
		expect(pageTitle('Officials', page)).toBe('Officials, page 3');
	});
});
