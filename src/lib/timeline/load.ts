import { once } from '../load-articles.ts';
import { loadRecords } from '../load-records.ts';
import type { Event } from '../../schemas/event.ts';
import type { Official } from '../../schemas/official.ts';
import type { TimelineItem } from './items.ts';
import {
	indexPeriods,
	itemsInPeriod,
	periodGrid,
	timelineLimit,
	weekCounts,
	type Period,
	type PeriodCount,
	type PeriodGrid,
} from './periods.ts';
import { buildTimeline, type Timeline } from './timeline.ts';
import type { Names } from './text.ts';
import {
	everythingItems,
	leadOfficial,
	officialItems,
	officialsWithMeetings,
	officialsWithTimelines,
	switchOfficials,
} from './views.ts';

// Kept out of the barrel, which is pure layout: this reads the pipeline's files (through `loadRecords`)
// and keeps what it read for the whole build, so only pages and components use it.

/** A timeline with what its page needs beside it. */
export interface LoadedTimeline {
	/** The items drawn: all of the official's (or everything), or those of one period. */
	items: TimelineItem[];
	/** The drawing, or null when there are too many items to draw and `grid` counts them instead. */
	timeline: Timeline | null;
	/** The items counted by month, when there are too many to draw at once; else null. */
	grid: PeriodGrid | null;
	/** A month with too many items to draw: its items counted by part of the month; else null. */
	weeks: PeriodCount[] | null;
	/** The period shown, or null for the whole timeline. */
	period: Period | null;
	/** Every period of the whole timeline that holds items, in time order, when it is counted by month. */
	periods: Period[];
	names: Names;
	/** The officials the switch offers (`switchOfficials`). */
	officials: Official[];
}

/** One official's items (their own, and the trips they were met on), or everything's when `official` is null. */
async function timelineItems(official: string | null): Promise<TimelineItem[]> {
	const { events, meetings, meetingsByOfficial, eventsByOfficial, eventById } = await loadRecords();
	if (official === null) return everythingItems({ events, meetings });
	// Only the official's own records and the events their meetings took place during can be on it.
	const theirMeetings = meetingsByOfficial.get(official) ?? [];
	const hosts = theirMeetings.flatMap((meeting) => meeting.events.flatMap((id) => eventById.get(id) ?? []));
	const theirEvents = [...new Set<Event>([...(eventsByOfficial.get(official) ?? []), ...hosts])];
	return officialItems({ events: theirEvents, meetings: theirMeetings }, official);
}

/**
 * `load` for each key once per build (see `once`). With `keep`, only the `keep` keys asked for last
 * are remembered: enough for the components of the page being built to share one result, without
 * holding every page's result until the build ends.
 */
function oncePer<T>(load: (key: string) => Promise<T>, keep = Infinity): (key: string) => Promise<T> {
	const loaded = new Map<string, () => Promise<T>>();
	return (key) => {
		let loader = loaded.get(key);
		if (loader) loaded.delete(key);
		else loader = once(() => load(key));
		loaded.set(key, loader);
		if (loaded.size > keep) loaded.delete(loaded.keys().next().value!);
		return loader();
	};
}

const loadNames = once(async () => {
	const { officials } = await loadRecords();
	return new Map(officials.map((o) => [o.id, o.name])) as Names;
});

const loadItems = oncePer(async (key) => timelineItems(key === '' ? null : key));

/** A long timeline's items by period (`indexPeriods`), made once however many of its pages ask. */
const loadPeriodIndex = oncePer(async (key) => indexPeriods(await loadItems(key)));

/** The officials the switch offers on pages that show no one official, and everyone with a timeline. */
const loadSwitch = once(async () => {
	const { meetings } = await loadRecords();
	const withMeetings = await loadTimelineOfficials();
	const top = switchOfficials(withMeetings, meetings, null);
	const place = new Map(withMeetings.map((o, i) => [o.id, i]));
	return { withMeetings, top, topIds: new Set(top.map((o) => o.id)), place };
});

const loadTimelineOnce = oncePer(async (key): Promise<LoadedTimeline> => {
	const [officialKey = '', periodKey = ''] = key.split('|');
	const official = officialKey === '' ? null : officialKey;
	const period = periodKey === '' ? null : periodKey;
	const names = await loadNames();
	const all = await loadItems(officialKey);
	const aggregated = all.length > timelineLimit;
	const index = aggregated ? await loadPeriodIndex(officialKey) : null;
	const items = period === null ? all : [...(index?.byPeriod.get(period) ?? itemsInPeriod(all, period))];
	const { withMeetings, top, topIds, place } = await loadSwitch();
	// The switch offers the same officials everywhere, and the current one when not among them, in
	// its place in the order (as `switchOfficials` would, without sorting every official per page).
	const at = official === null || topIds.has(official) ? undefined : place.get(official);
	const offered =
		at === undefined
			? top
			: [
					...top.filter((o) => place.get(o.id)! < at),
					withMeetings[at]!,
					...top.filter((o) => place.get(o.id)! > at),
				];
	const counted = period === null && aggregated;
	const crowdedMonth = period !== null && period.length === 7 && items.length > timelineLimit;
	return {
		items,
		timeline: counted || crowdedMonth ? null : buildTimeline(items, names, official),
		grid: counted ? periodGrid(items) : null,
		weeks: crowdedMonth ? weekCounts(items, period) : null,
		period,
		periods: index?.periods ?? [],
		names,
		officials: offered,
	};
}, 4);

/**
 * The timeline of one official (by id), or of everything when `official` is null; of one period
 * ("2024-04", "2024") when `period` is given. Loaded once per build however many components ask.
 */
export function loadTimeline(official: string | null, period: Period | null = null): Promise<LoadedTimeline> {
	return loadTimelineOnce(`${official ?? ''}|${period ?? ''}`);
}

/** The official /timeline/ opens on: of those with a timeline page, the one in the most meetings. */
export const loadLeadOfficial = once(async (): Promise<Official | undefined> => {
	const { meetings } = await loadRecords();
	return leadOfficial(await loadTimelineOfficials(), meetings);
});

/**
 * The officials with a timeline page of their own (`officialsWithTimelines`): those in a meeting whose
 * timeline holds more than one item ("everything" is a page of its own). The others' few items are on
 * their official's page.
 */
export const loadTimelineOfficials = once(async (): Promise<Official[]> => {
	const { officials, meetings } = await loadRecords();
	const withMeetings = officialsWithMeetings(officials, meetings).filter(
		(official) => official.id !== 'everything',
	);
	const counts = new Map(
		await Promise.all(
			withMeetings.map(async (official) => [official.id, (await loadItems(official.id)).length] as const),
		),
	);
	return officialsWithTimelines(withMeetings, (official) => counts.get(official.id) ?? 0);
});

/** The ids of the officials with a timeline page (`loadTimelineOfficials`). */
export const loadTimelineOfficialIds = once(
	async (): Promise<ReadonlySet<string>> =>
		new Set((await loadTimelineOfficials()).map((official) => official.id)),
);

/** A page of one period of a timeline too long to draw at once: "everything" or an official's id, and the period. */
export interface TimelinePeriodPage {
	official: string;
	period: Period;
}

/** Every period page: for everything and each official whose timeline is counted by month, one per period with items. */
export const loadTimelinePeriodPages = once(async (): Promise<TimelinePeriodPage[]> => {
	const officials = await loadTimelineOfficials();
	const keys = ['everything', ...officials.map((official) => official.id)];
	const pages = await Promise.all(
		keys.map(async (official) => {
			const key = official === 'everything' ? '' : official;
			return (await loadItems(key)).length > timelineLimit
				? (await loadPeriodIndex(key)).periods.map((period) => ({ official, period }))
				: [];
		}),
	);
	return pages.flat();
});

/** The path of a timeline's page: `official` null for everything, `period` for one period's page. */
export function timelinePath(official: string | null, period: Period | null = null): string {
	const base = `/timeline/${official ?? 'everything'}/`;
	return period === null ? base : `${base}${period}/`;
}
