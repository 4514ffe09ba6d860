import type { Event } from '../schemas/event.ts';
import type { Meeting } from '../schemas/meeting.ts';
import type { Official, Role } from '../schemas/official.ts';
import { byDate } from './chronology.ts';
import { formatDate } from './format.ts';

/** The role to name an official by: the current role the most sources state, else the first current one. */
export function mainRole(official: Pick<Official, 'roles'>): Role | undefined {
	const current = official.roles.filter((role) => !role.former);
	return current.reduce<Role | undefined>(
		(best, role) => (!best || role.sources.length > best.sources.length ? role : best),
		undefined,
	);
}

/** When a role was held, in words: "since October 2022", "until October 2022", "2019 to 2022" or "". */
export function rolePeriod(role: Pick<Role, 'from' | 'to'>): string {
	if (role.from && role.to) return `${formatDate(role.from)} to ${formatDate(role.to)}`;
	if (role.from) return `since ${formatDate(role.from)}`;
	if (role.to) return `until ${formatDate(role.to)}`;
	return '';
}

/** The meetings an official took part in, in date order. */
export function meetingsOf(officialId: string, meetings: readonly Meeting[]): Meeting[] {
	return meetings.filter((meeting) => meeting.participants.includes(officialId)).sort(byDate);
}

/** The events an official took part in, in date order. */
export function eventsOf(officialId: string, events: readonly Event[]): Event[] {
	return events.filter((event) => event.participants.includes(officialId)).sort(byDate);
}

/** The officials someone met, each with the number of meetings, most met first, then by id. */
export function coParticipants(
	officialId: string,
	meetings: readonly Meeting[],
): Array<{ id: string; meetings: number }> {
	const counts = new Map<string, number>();
	for (const meeting of meetingsOf(officialId, meetings)) {
		for (const other of meeting.participants) {
			if (other !== officialId) counts.set(other, (counts.get(other) ?? 0) + 1);
		}
	}
	return [...counts]
		.map(([id, count]) => ({ id, meetings: count }))
		.sort((a, b) => b.meetings - a.meetings || (a.id < b.id ? -1 : 1));
}
