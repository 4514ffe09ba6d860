import { formatDate } from '../format.ts';
import { rangeLength } from './days.ts';
import { longDays } from './episodes.ts';
import type { TimelineItem } from './items.ts';

/**
 * The most items one timeline draws. A timeline with more is shown as counts by month instead, and
 * each month with items gets a page of its own that draws them.
 */
export const timelineLimit = 150;

/**
 * A period: a year, "2024", which holds what is known only to the year or lasts months; a month,
 * "2024-04"; or, for a month with too many items to draw, a quarter of it, named by its first day:
 * "2024-04-01", "-08", "-15" and "-22" (the 22nd to the month's end).
 */
export type Period = string;

/** True for "2024", "2024-04" and "2024-04-01", "-08", "-15", "-22". */
export function isPeriod(value: string): boolean {
	return /^\d{4}(-(0[1-9]|1[0-2])(-(01|08|15|22))?)?$/.test(value);
}

/** The quarter of a month a day falls in: "2024-04-23" → "2024-04-22". */
export function weekPeriod(day: string): Period {
	const date = Number(day.slice(8, 10));
	const first = date >= 22 ? 22 : date >= 15 ? 15 : date >= 8 ? 8 : 1;
	return `${day.slice(0, 8)}${String(first).padStart(2, '0')}`;
}

/**
 * The period an item is counted in: the month its first possible day falls in, or that day's year
 * when the item may span more than `longDays` (known only to the year, or lasting months), since it
 * belongs to no one month.
 */
export function itemPeriod(item: Pick<TimelineItem, 'earliest' | 'latest'>): Period {
	const long = rangeLength({ first: item.earliest, last: item.latest }) > longDays;
	return long ? item.earliest.slice(0, 4) : item.earliest.slice(0, 7);
}

/** A period in words: "April 2024", "2024" for a year, "22–30 April 2024" for part of a month. */
export function periodLabel(period: Period): string {
	if (period.length === 4) return period;
	if (period.length === 7) return formatDate(period);
	const first = Number(period.slice(8, 10));
	const monthEnd = new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)), 0)).getUTCDate();
	return `${first}–${first === 22 ? monthEnd : first + 6} ${formatDate(period.slice(0, 7))}`;
}

/** The items counted in `period`, in the order given: a part of a month holds the month's items that may begin in it. */
export function itemsInPeriod<T extends Pick<TimelineItem, 'earliest' | 'latest'>>(
	items: readonly T[],
	period: Period,
): T[] {
	if (period.length <= 7) return items.filter((item) => itemPeriod(item) === period);
	const month = period.slice(0, 7);
	return items.filter((item) => itemPeriod(item) === month && weekPeriod(item.earliest) === period);
}

/**
 * Every period a timeline counted by month gets a page for: each year and month with items, and each
 * part of a month with items when the month holds more than `limit`; in time order.
 */
export function periodsWithItems(
	items: readonly Pick<TimelineItem, 'earliest' | 'latest'>[],
	limit = timelineLimit,
): Period[] {
	const counts = new Map<Period, number>();
	for (const item of items) counts.set(itemPeriod(item), (counts.get(itemPeriod(item)) ?? 0) + 1);
	const crowded = new Set(
		[...counts].filter(([period, n]) => period.length === 7 && n > limit).map(([p]) => p),
	);
	const weeks = items.flatMap((item) => (crowded.has(itemPeriod(item)) ? [weekPeriod(item.earliest)] : []));
	return [...new Set([...counts.keys(), ...weeks])].sort();
}

/** The parts of a month (`weekPeriod`) with how many of `items` each holds, in order; empty parts included. */
export function weekCounts(
	items: readonly Pick<TimelineItem, 'earliest' | 'latest'>[],
	month: Period,
): PeriodCount[] {
	const inMonth = itemsInPeriod(items, month);
	return ['01', '08', '15', '22'].map((day) => {
		const period = `${month}-${day}`;
		return { period, count: inMonth.filter((item) => weekPeriod(item.earliest) === period).length };
	});
}

/** One cell of the grid: a period and how many items it holds. */
export interface PeriodCount {
	period: Period;
	count: number;
}

/** One row of the grid: a year's twelve months, what belongs to the whole year, and the year's total. */
export interface PeriodYear {
	year: string;
	months: PeriodCount[];
	/** The items known only to the year or lasting months (the year's own period). */
	long: PeriodCount;
	total: number;
}

/** Items counted by month, a row per year from the first to the last, years without items included. */
export interface PeriodGrid {
	years: PeriodYear[];
	/** The largest count of any one cell, for shading. */
	max: number;
	/** How many items there are in all. */
	total: number;
}

/** Count items into a grid of years and months. */
export function periodGrid(items: readonly Pick<TimelineItem, 'earliest' | 'latest'>[]): PeriodGrid {
	const counts = new Map<Period, number>();
	for (const item of items) {
		const period = itemPeriod(item);
		counts.set(period, (counts.get(period) ?? 0) + 1);
	}
	const years = [...counts.keys()].map((period) => Number(period.slice(0, 4)));
	if (years.length === 0) return { years: [], max: 0, total: 0 };
	const cell = (period: Period) => ({ period, count: counts.get(period) ?? 0 });
	const rows = Array.from({ length: Math.max(...years) - Math.min(...years) + 1 }, (_, i) => {
		const year = String(Math.min(...years) + i);
		const months = Array.from({ length: 12 }, (_, m) => cell(`${year}-${String(m + 1).padStart(2, '0')}`));
		const long = cell(year);
		return { year, months, long, total: long.count + months.reduce((sum, month) => sum + month.count, 0) };
	});
	return { years: rows, max: Math.max(...counts.values()), total: items.length };
}

/** How dark to shade a cell, 0 (empty) to 4 (the largest count), in proportion to the largest. */
export function shade(count: number, max: number): 0 | 1 | 2 | 3 | 4 {
	if (count <= 0 || max <= 0) return 0;
	return Math.min(4, Math.max(1, Math.ceil((4 * count) / max))) as 1 | 2 | 3 | 4;
}

/**
 * The periods of the same length (years, months or parts of months) just before and after `period`
 * among `periods` (in time order); undefined at either end.
 */
export function adjacentPeriods(
	periods: readonly Period[],
	period: Period,
): { previous: Period | undefined; next: Period | undefined } {
	const alike = periods.filter((other) => other.length === period.length);
	const index = alike.indexOf(period);
	if (index === -1) return { previous: undefined, next: undefined };
	return { previous: alike[index - 1], next: alike[index + 1] };
}

/** A timeline's items by period, for a timeline counted by month: each of its pages' items, found without a scan. */
export interface PeriodIndex<T> {
	/** The items of each year, month and part of a month, in the order given. */
	byPeriod: ReadonlyMap<Period, readonly T[]>;
	/** The periods with a page (`periodsWithItems`), in time order. */
	periods: Period[];
}

/** Index items by period once, so each period's page takes its items from a map (`itemsInPeriod` for every period). */
export function indexPeriods<T extends Pick<TimelineItem, 'earliest' | 'latest'>>(
	items: readonly T[],
	limit = timelineLimit,
): PeriodIndex<T> {
	const byPeriod = new Map<Period, T[]>();
	const add = (period: Period, item: T) => {
		const list = byPeriod.get(period);
		if (list) list.push(item);
		else byPeriod.set(period, [item]);
	};
	for (const item of items) {
		const period = itemPeriod(item);
		add(period, item);
		if (period.length === 7) add(weekPeriod(item.earliest), item);
	}
	return { byPeriod, periods: periodsWithItems(items, limit) };
}
