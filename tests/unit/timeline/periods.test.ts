import { describe, expect, test } from 'vitest';
import {
	adjacentPeriods,
	indexPeriods,
	isPeriod,
	itemPeriod,
	itemsInPeriod,
	periodGrid,
	periodLabel,
	periodsWithItems,
	shade,
	weekCounts,
	weekPeriod,
} from '../../../src/lib/timeline/periods.ts';

const item = (earliest: string, latest = earliest) => ({ earliest, latest });

describe('itemPeriod', () => {
	test.each([
		['a day', item('2024-04-23'), '2024-04'],
		['a trip that runs into the next month', item('2024-04-28', '2024-05-03'), '2024-04'],
		['a month', item('2023-05-01', '2023-05-31'), '2023-05'],
		['a year', item('2014-01-01', '2014-12-31'), '2014'],
		['a stay of months', item('2024-03-01', '2024-06-30'), '2024'],
	])('counts %s in %s', (_, it, period) => {
		expect(itemPeriod(it)).toBe(period);
	});
});

describe('isPeriod', () => {
	test.each(['2024', '2024-04', '2024-12', '2024-04-01', '2024-04-22'])('accepts %s', (value) => {
		expect(isPeriod(value)).toBe(true);
	});
	test.each(['24', '2024-13', '2024-04-02', 'everything', '2024-W15'])('refuses %s', (value) => {
		expect(isPeriod(value)).toBe(false);
	});
});

describe('weekPeriod and periodLabel', () => {
	test.each([
		['2024-04-01', '2024-04-01'],
		['2024-04-07', '2024-04-01'],
		['2024-04-08', '2024-04-08'],
		['2024-04-21', '2024-04-15'],
		['2024-04-30', '2024-04-22'],
	])('puts %s in the part of the month from %s', (day, period) => {
		expect(weekPeriod(day)).toBe(period);
	});

	test.each([
		['2024', '2024'],
		['2024-04', 'April 2024'],
		['2024-04-08', '8–14 April 2024'],
		['2024-02-22', '22–29 February 2024'],
	])('writes %s as “%s”', (period, label) => {
		expect(periodLabel(period)).toBe(label);
	});
});

describe('periodGrid', () => {
	const items = [
		item('2022-03-02'),
		item('2022-03-20'),
		item('2024-11-05'),
		item('2024-01-01', '2024-12-31'),
	];
	const grid = periodGrid(items);

	test('has a row for every year from the first to the last, empty years included', () => {
		expect(grid.years.map((year) => [year.year, year.total])).toEqual([
			['2022', 2],
			['2023', 0],
			['2024', 2],
		]);
	});

	test('counts each month, and apart from them what is known only to the year', () => {
		const [y2022, , y2024] = grid.years;
		expect(y2022!.months.map((month) => month.count)).toEqual([0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
		expect(y2022!.months[2]).toEqual({ period: '2022-03', count: 2 });
		expect(y2024!.long).toEqual({ period: '2024', count: 1 });
		expect(grid.max).toBe(2);
		expect(grid.total).toBe(4);
	});

	test('is empty for no items', () => {
		expect(periodGrid([])).toEqual({ years: [], max: 0, total: 0 });
	});
});

describe('itemsInPeriod and periodsWithItems', () => {
	const items = [
		item('2024-04-02'),
		item('2024-04-03'),
		item('2024-04-20'),
		item('2024-05-01'),
		item('2024-01-01', '2024-12-31'),
	];

	test('finds the items of a year, a month and a part of a month', () => {
		expect(itemsInPeriod(items, '2024')).toEqual([items[4]]);
		expect(itemsInPeriod(items, '2024-04')).toEqual(items.slice(0, 3));
		expect(itemsInPeriod(items, '2024-04-01')).toEqual(items.slice(0, 2));
		expect(itemsInPeriod(items, '2024-04-15')).toEqual([items[2]]);
	});

	test('lists the periods with items, and the parts of a month with more items than the limit', () => {
		expect(periodsWithItems(items)).toEqual(['2024', '2024-04', '2024-05']);
		expect(periodsWithItems(items, 2)).toEqual(['2024', '2024-04', '2024-04-01', '2024-04-15', '2024-05']);
	});

	test('counts a month’s items by part of the month, empty parts included', () => {
		expect(weekCounts(items, '2024-04').map((week) => week.count)).toEqual([2, 0, 1, 0]);
	});
});

describe('shade', () => {
	test.each([
		[0, 10, 0],
		[1, 10, 1],
		[3, 10, 2],
		[10, 10, 4],
		[5, 0, 0],
	])('shades %i of at most %i as %i', (count, max, level) => {
		expect(shade(count, max)).toBe(level);
	});
});

describe('adjacentPeriods', () => {
	const periods = ['2023', '2023-05', '2024', '2024-04', '2024-04-01', '2024-04-08', '2024-06'];

	test('finds the periods of the same length on either side', () => {
		expect(adjacentPeriods(periods, '2024-04')).toEqual({ previous: '2023-05', next: '2024-06' });
		expect(adjacentPeriods(periods, '2024-04-01')).toEqual({ previous: undefined, next: '2024-04-08' });
		expect(adjacentPeriods(periods, '2023')).toEqual({ previous: undefined, next: '2024' });
	});

	test('gives nothing for a period not in the list', () => {
		expect(adjacentPeriods(periods, '1999')).toEqual({ previous: undefined, next: undefined });
	});
});

describe('indexPeriods', () => {
	test('gives each period the items itemsInPeriod finds, and the periods periodsWithItems lists', () => {
		const items = [
			item('2024-04-02'),
			item('2024-04-20'),
			item('2024-05-01'),
			item('2024-01-01', '2024-12-31'),
		];
		const index = indexPeriods(items, 1);
		expect(index.periods).toEqual(periodsWithItems(items, 1));
		for (const period of index.periods)
			expect(index.byPeriod.get(period)).toEqual(itemsInPeriod(items, period));
	});
});
