import { formatDate } from '../format.ts';
import { rangeLength } from './days.ts';
import { longDays } from './episodes.ts';
import type { TimelineItem } from './items.ts';

/**
 * The most items one timeline draws. A timeline with more is shown as counts by month instead, and
 * each month with items gets a page of its own that draws them.
 */
export const timelineLimit = 150;

/** A period: a month, "2024-04", or a year, "2024", which holds what is known only to the year or lasts months. */
export type Period = string;

/** True for "2024" and "2024-04" (months 01 to 12). */
export function isPeriod(value: string): boolean {
	return /^\d{4}(-(0[1-9]|1[0-2]))?$/.test(value);
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

/** A period in words: "April 2024", or "2024" for a year. */
export function periodLabel(period: Period): string {
	return period.length === 4 ? period : formatDate(period);
}

/** The items counted in `period`, in the order given. */
export function itemsInPeriod<T extends Pick<TimelineItem, 'earliest' | 'latest'>>(
	items: readonly T[],
	period: Period,
): T[] {
	return items.filter((item) => itemPeriod(item) === period);
}

/** Every period that holds at least one item, in time order (a year before its months). */
export function periodsWithItems(items: readonly Pick<TimelineItem, 'earliest' | 'latest'>[]): Period[] {
	return [...new Set(items.map(itemPeriod))].sort();
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

/** The periods just before and after `period` among `periods` (in time order); undefined at either end. */
export function adjacentPeriods(
	periods: readonly Period[],
	period: Period,
): { previous: Period | undefined; next: Period | undefined } {
	const index = periods.indexOf(period);
	if (index === -1) return { previous: undefined, next: undefined };
	return { previous: periods[index - 1], next: periods[index + 1] };
}
