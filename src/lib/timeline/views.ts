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
	const count = (id: string) => meetings.filter((meeting) => meeting.participants.includes(id)).length;
	return officials.reduce<O | undefined>(
		(best, o) => (!best || count(o.id) > count(best.id) ? o : best),
		undefined,
	);
}
