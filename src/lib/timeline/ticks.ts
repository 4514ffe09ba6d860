import { utcDay, utcFormat, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3';
import { addDays, dayMs, dayStart, daysBetween, type DayRange } from './days.ts';
import { estimateWidth } from './text.ts';

/** A labelled tick: `x` is its place across the axis from 0 to 1; a centred label names the day it sits on. */
export interface Tick {
	day: string;
	x: number;
	label: string;
	centred: boolean;
}

interface Spacing {
	interval: TimeInterval;
	/** The most days between two ticks: a day, two, a week, 31 for a month… */
	maxDays: number;
	/** A label for the tick at `date`, given the one before it (null for the first). */
	format: (date: Date, previous: Date | null) => string;
	/** Days and weeks label the day they start, centred on it; months and years mark where they begin. */
	centred: boolean;
}

const dayOfMonth = utcFormat('%-d');
const dayMonth = utcFormat('%-d %b');
const month = utcFormat('%b');
const monthYear = utcFormat('%b %Y');
const year = utcFormat('%Y');
/** "20 Apr", "21", "22", … "1 May": the month is named at the first tick and where it changes. */
const days = (date: Date, previous: Date | null) =>
	previous && previous.getUTCMonth() === date.getUTCMonth() ? dayOfMonth(date) : dayMonth(date);
/** "Oct 2022", "Nov", "Dec", "Jan 2023": the year is named at the first tick and where it changes. */
const months = (date: Date, previous: Date | null) =>
	previous && previous.getUTCFullYear() === date.getUTCFullYear() ? month(date) : monthYear(date);
/** Every other day counted from 1970, so the step does not stumble at the end of a month as `utcDay.every(2)` does. */
const everyOtherDay = utcDay.filter((date) => Math.round(date.getTime() / 864e5) % 2 === 0);
const spacings: Spacing[] = [
	{ interval: utcDay, maxDays: 1, format: days, centred: true },
	{ interval: everyOtherDay, maxDays: 2, format: days, centred: true },
	{ interval: utcMonday, maxDays: 7, format: days, centred: true },
	{ interval: utcMonth, maxDays: 31, format: months, centred: false },
	{ interval: utcMonth.every(3)!, maxDays: 92, format: months, centred: false },
	{ interval: utcYear, maxDays: 366, format: year, centred: false },
	{ interval: utcYear.every(2)!, maxDays: 731, format: year, centred: false },
	{ interval: utcYear.every(5)!, maxDays: 1827, format: year, centred: false },
];

/** The narrowest room two ticks can need: two one-character labels and the gap between them. */
const minRoom = (fontSize: number) => estimateWidth('1', fontSize) + 6;

/**
 * True when `spacing` puts so many ticks on `domain` that some two must collide at `width`, so
 * `axisTicks` need not lay them out (thousands of days over a decade) only to find they do not fit.
 */
function surelyCrowded(spacing: Spacing, domain: DayRange, width: number, fontSize: number): boolean {
	const fewest = Math.floor((daysBetween(domain.first, domain.last) + 1) / spacing.maxDays);
	// Up to two ticks may be dropped at the ends; the rest share the width.
	return fewest - 2 > width / minRoom(fontSize) + 1;
}

/** Where `day` (its start) falls across `domain`, from 0 at its first day's start to 1 at its last day's end. */
export function position(day: string, domain: DayRange): number {
	return daysBetween(domain.first, day) / (daysBetween(domain.first, domain.last) + 1);
}

/** `position` of each midnight UTC `dates` gives, with the domain's days counted once rather than for every date. */
function positionsOf(dates: readonly Date[], domain: DayRange): number[] {
	const start = dayStart(domain.first).getTime();
	const length = daysBetween(domain.first, domain.last) + 1;
	return dates.map((date) => Math.round((date.getTime() - start) / dayMs) / length);
}

function ticksAt(spacing: Spacing, domain: DayRange, width: number, fontSize: number): Tick[] {
	const halfDay = 0.5 / (daysBetween(domain.first, domain.last) + 1);
	const inside = (x: number, label: string) => {
		const labelWidth = estimateWidth(label, fontSize);
		const left = x * width - (spacing.centred ? labelWidth / 2 : 0);
		return left >= -10 && left + labelWidth <= width + 10;
	};
	// Drop ticks whose longest label would spill off either end, then write the labels in context.
	const dates = spacing.interval.range(dayStart(domain.first), dayStart(addDays(domain.last, 1)));
	const xs = positionsOf(dates, domain);
	const kept = dates
		.map((date, i) => ({ date, x: xs[i]! + (spacing.centred ? halfDay : 0) }))
		.filter(({ date, x }) => inside(x, spacing.format(date, null)));
	return kept.map(({ date, x }, i) => ({
		day: date.toISOString().slice(0, 10),
		x,
		label: spacing.format(date, kept[i - 1]?.date ?? null),
		centred: spacing.centred,
	}));
}

function fits(ticks: readonly Tick[], width: number, fontSize: number): boolean {
	return ticks.every((tick, i) => {
		const next = ticks[i + 1];
		if (!next) return true;
		const room = (next.x - tick.x) * width;
		const needed = tick.centred
			? (estimateWidth(tick.label, fontSize) + estimateWidth(next.label, fontSize)) / 2
			: estimateWidth(tick.label, fontSize);
		return room >= needed + 6;
	});
}

/**
 * Labelled ticks for a day axis over `domain`: the finest spacing (a day, two, a week, a month, a
 * quarter, a year, two, five) whose labels do not collide at `width` pixels.
 */
export function axisTicks(domain: DayRange, width: number, fontSize: number): Tick[] {
	for (const spacing of spacings) {
		if (surelyCrowded(spacing, domain, width, fontSize)) continue;
		const ticks = ticksAt(spacing, domain, width, fontSize);
		if (ticks.length > 0 && fits(ticks, width, fontSize)) return ticks;
	}
	return [];
}

/** Positions of faint grid lines: every day when a day is at least 5 pixels wide, else weeks, months or years. */
export function gridLines(domain: DayRange, width: number): number[] {
	const dayWidth = width / (daysBetween(domain.first, domain.last) + 1);
	const interval =
		dayWidth >= 5 ? utcDay : dayWidth * 7 >= 5 ? utcMonday : dayWidth * 30 >= 5 ? utcMonth : utcYear;
	return positionsOf(
		interval.range(dayStart(addDays(domain.first, 1)), dayStart(addDays(domain.last, 1))),
		domain,
	);
}
