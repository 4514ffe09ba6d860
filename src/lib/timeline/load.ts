import { loadRecords } from '../load-records.ts';
import type { Official } from '../../schemas/official.ts';
import { buildTimeline, type Timeline } from './timeline.ts';
import type { Names } from './text.ts';
import { everythingItems, leadOfficial, officialItems, officialsWithMeetings } from './views.ts';

// Kept out of the barrel: it reads the content collections, so only pages and components use it.

/** A timeline with what its page needs beside it. */
export interface LoadedTimeline {
	timeline: Timeline;
	names: Names;
	/** The officials with a timeline of their own: those in at least one meeting. */
	officials: Official[];
}

/** The timeline of one official (by id), or of everything when `official` is null. */
export async function loadTimeline(official: string | null): Promise<LoadedTimeline> {
	const { events, meetings, officials } = await loadRecords();
	const names: Names = new Map(officials.map((o) => [o.id, o.name]));
	const records = { events, meetings };
	const items = official === null ? everythingItems(records) : officialItems(records, official);
	return {
		timeline: buildTimeline(items, names, official),
		names,
		officials: officialsWithMeetings(officials, meetings),
	};
}

/** The official /timeline/ opens on: the one in the most meetings. */
export async function loadLeadOfficial(): Promise<Official | undefined> {
	const { officials, meetings } = await loadRecords();
	return leadOfficial(officialsWithMeetings(officials, meetings), meetings);
}
