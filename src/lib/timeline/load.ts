import { once } from '../load-articles.ts';
import { loadRecords } from '../load-records.ts';
import type { Event } from '../../schemas/event.ts';
import type { Official } from '../../schemas/official.ts';
import type { TimelineItem } from './items.ts';
import {
	itemsInPeriod,
	periodGrid,
	periodsWithItems,
	timelineLimit,
	type Period,
	type PeriodGrid,
} from './periods.ts';
import { buildTimeline, type Timeline } from './timeline.ts';
import type { Names } from './text.ts';
import {
	everythingItems,
	leadOfficial,
	officialItems,
	officialsWithMeetings,
	switchOfficials,
} from './views.ts';

// Kept out of the barrel: it reads the content collections, so only pages and components use it.

/** A timeline with what its page needs beside it. */
export interface LoadedTimeline {
	/** The items drawn: all of the official's (or everything), or those of one period. */
	items: TimelineItem[];
	/** The drawing, or null when there are too many items to draw and `grid` counts them instead. */
	timeline: Timeline | null;
	/** The items counted by month, when there are too many to draw at once; else null. */
	grid: PeriodGrid | null;
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

/** `load` for each key once per build (see `once`). */
function oncePer<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
	const loaded = new Map<string, () => Promise<T>>();
	return (key) => {
		let loader = loaded.get(key);
		if (!loader) loaded.set(key, (loader = once(() => load(key))));
		return loader();
	};
}

const loadNames = once(async () => {
	const { officials } = await loadRecords();
	return new Map(officials.map((o) => [o.id, o.name])) as Names;
});

const loadItems = oncePer(async (key) => timelineItems(key === '' ? null : key));

const loadTimelineOnce = oncePer(async (key): Promise<LoadedTimeline> => {
	const [officialKey = '', periodKey = ''] = key.split('|');
	const official = officialKey === '' ? null : officialKey;
	const period = periodKey === '' ? null : periodKey;
	const { officials, meetings } = await loadRecords();
	const names = await loadNames();
	const all = await loadItems(officialKey);
	const aggregated = all.length > timelineLimit;
	const items = period === null ? all : itemsInPeriod(all, period);
	const counted = period === null && aggregated;
	return {
		items,
		timeline: counted ? null : buildTimeline(items, names, official),
		grid: counted ? periodGrid(items) : null,
		period,
		periods: aggregated ? periodsWithItems(all) : [],
		names,
		officials: switchOfficials(officialsWithMeetings(officials, meetings), meetings, official),
	};
});

/**
 * The timeline of one official (by id), or of everything when `official` is null; of one period
 * ("2024-04", "2024") when `period` is given. Loaded once per build however many components ask.
 */
export function loadTimeline(official: string | null, period: Period | null = null): Promise<LoadedTimeline> {
	return loadTimelineOnce(`${official ?? ''}|${period ?? ''}`);
}

/** The official /timeline/ opens on: the one in the most meetings. */
export const loadLeadOfficial = once(async (): Promise<Official | undefined> => {
	const { officials, meetings } = await loadRecords();
	return leadOfficial(officialsWithMeetings(officials, meetings), meetings);
});

/** The officials with a timeline of their own: those in at least one meeting ("everything" is a page of its own). */
export const loadTimelineOfficials = once(async (): Promise<Official[]> => {
	const { officials, meetings } = await loadRecords();
	return officialsWithMeetings(officials, meetings).filter((official) => official.id !== 'everything');
});

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
			const items = await loadItems(official === 'everything' ? '' : official);
			return items.length > timelineLimit
				? periodsWithItems(items).map((period) => ({ official, period }))
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
