import { addDays, type DayRange } from './days.ts';
import type { Episode } from './episodes.ts';
import type { ItemKind, TimelineItem } from './items.ts';
import { packLanes } from './lanes.ts';
import type { PlacedSegment } from './panel.ts';
import { axisTicks, gridLines, position, type Tick } from './ticks.ts';

/** Sizes in pixels; across, positions are fractions of the width, packed to stay apart at `narrow`. */
export const overviewSizes = { narrow: 300, wide: 640, tickFont: 11, marker: 10, bar: 6, minBar: 4 };

/** The overview's rows, one per group of kinds, in this order; empty ones are left out. */
export const overviewRows: ReadonlyArray<[string, readonly ItemKind[]]> = [
	['Trips and visits', ['trip', 'visit']],
	['Conferences', ['conference']],
	['Meetings', ['meeting']],
	['Other events', ['appointment', 'attack', 'other']],
];

/** An item drawn small on the overview, its bar's top at `y`. */
export interface OverviewShape {
	item: TimelineItem;
	y: number;
	segments: PlacedSegment[];
}

/** A numbered marker above an episode, linking to its panel; its centre at `x` across and `y` down. */
export interface OverviewMarker {
	episode: Episode;
	number: number;
	x: number;
	y: number;
}

/** The overview across the years: numbered markers for the panels, an axis, and a row per kind. */
export interface OverviewLayout {
	domain: DayRange;
	height: number;
	/** The axis line's height from the top. */
	axis: number;
	ticks: { narrow: Tick[]; wide: Tick[] };
	grid: number[];
	rows: Array<{ label: string; y: number }>;
	shapes: OverviewShape[];
	markers: OverviewMarker[];
}

/** Whole years, from the first in which an item may fall to the last. */
export function overviewDomain(items: readonly TimelineItem[]): DayRange {
	const first = items.reduce((day, item) => (item.earliest < day ? item.earliest : day), '9999');
	const last = items.reduce((day, item) => (item.latest > day ? item.latest : day), '0000');
	return { first: `${first.slice(0, 4)}-01-01`, last: `${last.slice(0, 4)}-12-31` };
}

/**
 * Lay out the overview: numbered markers for the episodes (packed in rows so they never cover one
 * another), an axis of years, and every item as a small bar in its kind's row, packed in lanes.
 */
export function layoutOverview(items: readonly TimelineItem[], episodes: readonly Episode[]): OverviewLayout {
	const { narrow, marker, bar, minBar } = overviewSizes;
	const domain = overviewDomain(items);
	const at = (day: string) => position(day, domain);

	const centres = episodes.map((episode) => (at(episode.first) + at(addDays(episode.last, 1))) / 2);
	const markerLanes = packLanes(
		centres.map((x) => ({ start: x * narrow - marker, end: x * narrow + marker })),
		4,
	);
	const markers = episodes.map((episode, i) => ({
		episode,
		number: i + 1,
		x: centres[i]!,
		y: 2 + marker + markerLanes[i]! * (2 * marker + 4),
	}));
	const axis = 2 + Math.max(1, ...markerLanes.map((lane) => lane + 1)) * (2 * marker + 4) + 18;

	const rows: OverviewLayout['rows'] = [];
	const shapes: OverviewShape[] = [];
	let y = axis + 8;
	for (const [label, kinds] of overviewRows) {
		const inRow = items.filter((item) => kinds.includes(item.kind));
		if (inRow.length === 0) continue;
		rows.push({ label, y: y + 11 });
		const extents = inRow.map((item) => {
			const start = at(item.earliest) * narrow;
			return { start, end: Math.max(at(addDays(item.latest, 1)) * narrow, start + minBar) };
		});
		const lanes = packLanes(extents, 2);
		inRow.forEach((item, i) =>
			shapes.push({
				item,
				y: y + 16 + lanes[i]! * (bar + 3),
				segments: item.segments.map((segment) => ({
					...segment,
					x0: at(segment.first),
					x1: at(addDays(segment.last, 1)),
				})),
			}),
		);
		y += 16 + Math.max(...lanes.map((lane) => lane + 1)) * (bar + 3) + 8;
	}

	return {
		domain,
		height: y,
		axis,
		ticks: {
			narrow: axisTicks(domain, narrow, overviewSizes.tickFont),
			wide: axisTicks(domain, overviewSizes.wide, overviewSizes.tickFont),
		},
		grid: gridLines(domain, narrow),
		rows,
		shapes,
		markers,
	};
}
