import type { Event } from '../../schemas/event.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import { compareItems, eventItem, meetingItem, type TimelineItem } from './items.ts';

/** The records a timeline is drawn from. */
export interface TimelineRecords {
	events: readonly Event[];
	meetings: readonly Meeting[];
}

/** The officials who took part in at least one meeting, in the order given: the ones with a timeline. */
export function officialsWithMeetings<O extends { id: string }>(
	officials: readonly O[],
	meetings: readonly Meeting[],
): O[] {
	const met = new Set(meetings.flatMap((meeting) => meeting.participants));
	return officials.filter((official) => met.has(official.id));
}

/** The fewest items an official's timeline must hold for a page of its own: one item is its own page. */
export const minTimelineItems = 2;

/**
 * The officials with a timeline page: those in a meeting (`officialsWithMeetings`) whose timeline
 * holds at least `minTimelineItems` items, `itemCount` giving its length; in the order given.
 */
export function officialsWithTimelines<O extends { id: string }>(
	withMeetings: readonly O[],
	itemCount: (official: O) => number,
): O[] {
	return withMeetings.filter((official) => itemCount(official) >= minTimelineItems);
}

/**
 * One official's timeline: the events they took part in, their meetings, and the events those
 * meetings took place during (another's trip they were met on), in time order.
 */
export function officialItems(records: TimelineRecords, officialId: string): TimelineItem[] {
	const meetings = records.meetings.filter((meeting) => meeting.participants.includes(officialId));
	const hosts = new Set(meetings.flatMap((meeting) => meeting.events));
	const events = records.events.filter(
		(event) => event.participants.includes(officialId) || hosts.has(event.id),
	);
	return [...events.map(eventItem), ...meetings.map(meetingItem)].sort(compareItems);
}

/** Every event and meeting, in time order. */
export function everythingItems(records: TimelineRecords): TimelineItem[] {
	return [...records.events.map(eventItem), ...records.meetings.map(meetingItem)].sort(compareItems);
}

/** The official the timeline opens on: the one in the most meetings, the first in order on a tie. */
export function leadOfficial<O extends { id: string }>(
	officials: readonly O[],
	meetings: readonly Meeting[],
): O | undefined {
	const counts = meetingCounts(meetings);
	const count = (id: string) => counts.get(id) ?? 0;
	return officials.reduce<O | undefined>(
		(best, o) => (!best || count(o.id) > count(best.id) ? o : best),
		undefined,
	);
}

/** How many meetings each official took part in, by id; officials in none are absent. */
export function meetingCounts(meetings: readonly Pick<Meeting, 'participants'>[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const meeting of meetings)
		for (const id of new Set(meeting.participants)) counts.set(id, (counts.get(id) ?? 0) + 1);
	return counts;
}

/**
 * The officials the timeline switch offers: all of them when there are at most `max`, else the `max`
 * in the most meetings, and the current one, kept in the order given.
 */
export function switchOfficials<O extends { id: string }>(
	officials: readonly O[],
	meetings: readonly Pick<Meeting, 'participants'>[],
	current: string | null,
	max = 12,
): O[] {
	if (officials.length <= max) return [...officials];
	const counts = meetingCounts(meetings);
	const count = (id: string) => counts.get(id) ?? 0;
	const top = new Set(
		[...officials]
			.sort((a, b) => count(b.id) - count(a.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
			.slice(0, max)
			.map((official) => official.id),
	);
	return officials.filter((official) => top.has(official.id) || official.id === current);
}
