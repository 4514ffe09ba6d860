import { addDays, rangeLength, type DayRange } from './days.ts';
import { episodeTitle, type Episode } from './episodes.ts';
import type { Segment, TimelineItem } from './items.ts';
import { packLanes, type Extent } from './lanes.ts';
import { axisTicks, gridLines, position, type Tick } from './ticks.ts';
import { labelFont, placeLabels, type Label } from './labels.ts';
import { itemLabel, type Names } from './text.ts';

/**
 * Sizes in pixels. Positions across are fractions of the width (drawn as percentages), so a panel
 * reflows to any width; labels are placed so they fit at the narrowest, `narrow`.
 */
export const panelSizes = {
	narrow: 300,
	wide: 640,
	font: labelFont,
	tickFont: 11,
	axis: 26,
	lane: 32,
	row: 24,
};

/** A stretch of days placed across the panel, from `x0` to `x1` (fractions of the width). */
export interface PlacedSegment extends Segment {
	x0: number;
	x1: number;
}

/** One item drawn in a panel: a bar of segments, or a diamond for a meeting on one known day. */
export interface MarkLayout {
	item: TimelineItem;
	/** The bar's top and height, or the diamond's row: its centre is at `y + height / 2`. */
	y: number;
	height: number;
	segments: PlacedSegment[];
	/** A one-day meeting's diamond, across; else null. */
	point: number | null;
	/** A one-day meeting's notch on the bar of the event it took place during; else null. */
	notch: { x: number; y: number; height: number } | null;
	/** Its label when the panel is narrower than `panelSizes.wide`, and when it is at least that wide. */
	label: { narrow: Label; wide: Label };
	/** Its row in the panel, and what mark and labels cover there across, as fractions of the width. */
	row: number;
	extent: Extent;
}

/** One episode drawn on its own axis of days: ticks, grid, and its marks in rows. */
export interface PanelLayout {
	episode: Episode;
	title: string;
	/** The days the axis shows: the episode's, with a margin. */
	domain: DayRange;
	height: number;
	/** Labelled ticks for narrow panels and for panels at least `panelSizes.wide` across. */
	ticks: { narrow: Tick[]; wide: Tick[] };
	grid: number[];
	/** In time order. */
	marks: MarkLayout[];
}

/** The episode's days with a margin of about a tenth each side, and at least a week in all. */
export function panelDomain(episode: Pick<Episode, 'first' | 'last'>): DayRange {
	const length = rangeLength(episode);
	const margin = Math.max(1, Math.round(length * 0.1), Math.ceil((7 - length) / 2));
	return { first: addDays(episode.first, -margin), last: addDays(episode.last, margin) };
}

/** The event a meeting is drawn under: one it took place during, a trip or visit first, then the shortest. */
function hostOf(meeting: TimelineItem, events: readonly TimelineItem[]): number {
	const rank = (event: TimelineItem) =>
		(event.kind === 'trip' || event.kind === 'visit' ? 0 : 1e6) +
		rangeLength({ first: event.earliest, last: event.latest });
	const hosts = events.filter((event) => meeting.during.includes(event.id));
	const best = hosts.sort((a, b) => rank(a) - rank(b))[0];
	return best ? events.indexOf(best) : -1;
}

/**
 * Lay out one episode as a panel: events as bars in lanes packed so that neither bars nor labels
 * overlap, each lane's meetings in rows beneath it, and meetings of no event in the panel in rows
 * at the bottom. Certain days are solid segments and uncertain ones faded; a one-day meeting is a
 * diamond, with a notch on its event's bar.
 */
export function layoutPanel(episode: Episode, names: Names, official: string | null): PanelLayout {
	const domain = panelDomain(episode);
	const place = (segment: Segment): PlacedSegment => ({
		...segment,
		x0: position(segment.first, domain),
		x1: position(addDays(segment.last, 1), domain),
	});
	const drafts = episode.items.map((item) => {
		const segments = item.segments.map(place);
		const x0 = segments[0]!.x0;
		const x1 = segments.at(-1)!.x1;
		const point = item.kind === 'meeting' && item.earliest === item.latest ? (x0 + x1) / 2 : null;
		const mark = point === null ? { left: x0, right: x1, pad: 0 } : { left: point, right: point, pad: 7 };
		const { labels, stacked, extent } = placeLabels(
			itemLabel(item, names, official),
			mark,
			item.kind === 'meeting',
			panelSizes,
		);
		return { item, segments, point, labels, stacked, extent };
	});
	type Draft = (typeof drafts)[number];
	const events = drafts.filter((draft) => draft.item.kind !== 'meeting');
	const meetings = drafts.filter((draft) => draft.item.kind === 'meeting');
	const gap = 8 / panelSizes.narrow;
	const eventLanes = packLanes(
		events.map((draft) => draft.extent),
		gap,
	);
	const laneCount = Math.max(0, ...eventLanes.map((lane) => lane + 1));
	const eventItems = events.map((event) => event.item);
	const hostLane = meetings.map((draft) => {
		const host = hostOf(draft.item, eventItems);
		return host === -1 ? laneCount : eventLanes[host]!;
	});

	// Rows from the top: each lane's bars, then the rows of its meetings; last, meetings of no event
	// here. A row is taller when a label in it sits above its mark rather than beside it.
	const placed = new Map<Draft, Pick<MarkLayout, 'y' | 'notch' | 'row'> & { labelY: number }>();
	let y = panelSizes.axis + 4;
	let row = 0;
	for (let lane = 0; lane <= laneCount; lane++) {
		const barTop = lane < laneCount ? y + 18 : null;
		if (barTop !== null) {
			events.forEach((draft, i) => {
				if (eventLanes[i] === lane) placed.set(draft, { y: barTop, notch: null, row, labelY: y + 13 });
			});
			row += 1;
			y += panelSizes.lane;
		}
		const inLane = meetings.filter((_, i) => hostLane[i] === lane);
		const rows = packLanes(
			inLane.map((draft) => draft.extent),
			gap,
		);
		const rowCount = Math.max(0, ...rows.map((r) => r + 1));
		for (let r = 0; r < rowCount; r++) {
			const members = inLane.filter((_, k) => rows[k] === r);
			const tall = members.some((draft) => draft.stacked);
			const markTop = y + (tall ? 18 : 5);
			for (const draft of members) {
				const notch =
					draft.point !== null && barTop !== null ? { x: draft.point, y: barTop, height: 12 } : null;
				const labelY = draft.stacked ? y + 13 : markTop + 10.5;
				placed.set(draft, { y: markTop, notch, row, labelY });
			}
			row += 1;
			y += tall ? panelSizes.lane : panelSizes.row;
		}
		if (rowCount > 0) y += 6;
	}

	const marks = drafts.map((draft): MarkLayout => {
		const { labelY, ...at } = placed.get(draft)!;
		const { item, segments, point, labels, extent } = draft;
		const label = { narrow: { ...labels.narrow, y: labelY }, wide: { ...labels.wide, y: labelY } };
		return { item, segments, point, label, extent, height: 12, ...at };
	});

	return {
		episode,
		title: episodeTitle(episode, official),
		domain,
		height: y + 2,
		ticks: {
			narrow: axisTicks(domain, panelSizes.narrow, panelSizes.tickFont),
			wide: axisTicks(domain, panelSizes.wide, panelSizes.tickFont),
		},
		grid: gridLines(domain, panelSizes.narrow),
		marks,
	};
}
