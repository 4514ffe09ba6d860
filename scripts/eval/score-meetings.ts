import type { Event } from '../../src/schemas/event.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import { dayRange, overlaps } from './dates.ts';
import type { Gold } from './gold.ts';
import { tally, type Tally } from './metrics.ts';
import type { ArticleOutput } from './output.ts';
import { officialNamed } from './score-people.ts';
import { sameText } from './text.ts';

type GoldMeeting = Gold['meetings'][number];
type GoldTrip = Gold['trips'][number];

/**
 * How well an article's meetings and trips were read: found, dated, placed, and joined to their
 * trips. A meeting is found by its participants: all of them, or, for a meeting of three or more
 * (a summit, a session of security secretaries), two or more of them and no one else, which is then
 * not counted among those with everyone found.
 */
export function scoreMeetings(output: ArticleOutput, gold: Gold): Record<string, Tally> {
	const idOf = (name: string) => officialNamed(output, name)?.id;
	const trips = matchTrips(output, gold.trips, idOf);
	const unused = new Set(output.meetings);
	const found: { wanted: GoldMeeting; meeting: Meeting; complete: boolean }[] = [];
	for (const wanted of gold.meetings) {
		const resolved = wanted.participants.map(idOf);
		const ids = new Set(resolved.filter((id) => id !== undefined));
		const everyone = resolved.every((id) => id !== undefined);
		if (ids.size < 2 || (!everyone && wanted.participants.length <= 2)) continue;
		// Everyone the gold names; or, for a meeting of three or more, two or more of them and no one
		// else (of whom some may not have been read as officials at all).
		const complete = (m: Meeting) =>
			everyone && m.participants.length === ids.size && m.participants.every((id) => ids.has(id));
		const partial = (m: Meeting) =>
			wanted.participants.length > 2 &&
			m.participants.length >= 2 &&
			m.participants.every((id) => ids.has(id));
		const candidates = [...unused];
		const meeting =
			candidates.find((m) => complete(m) && rightDate(m, wanted)) ??
			candidates.find(complete) ??
			candidates.find((m) => partial(m) && rightDate(m, wanted)) ??
			candidates.find(partial);
		if (!meeting) continue;
		unused.delete(meeting);
		found.push({ wanted, meeting, complete: complete(meeting) });
	}
	const joinable = found.filter(({ wanted }) => wanted.trip !== null && trips.has(wanted.trip));
	return {
		'meetings: correct': tally(found.length, output.meetings.length),
		'meetings: found': tally(found.length, gold.meetings.length),
		'meetings: found with the right date': tally(
			found.filter(({ wanted, meeting }) => rightDate(meeting, wanted)).length,
			gold.meetings.length,
		),
		'meetings: everyone in it found': tally(found.filter((f) => f.complete).length, found.length),
		'meetings: status right': tally(
			found.filter(({ wanted, meeting }) => meeting.status === wanted.status).length,
			found.length,
		),
		'meetings: place right': tally(
			found.filter(({ wanted, meeting }) =>
				wanted.place === null
					? meeting.place === null
					: meeting.place !== null && sameText(meeting.place, wanted.place),
			).length,
			found.length,
		),
		'trips: found': tally(trips.size, gold.trips.length),
		'trips: correct': tally(
			new Set(trips.values()).size,
			output.events.filter((e) => e.kind === 'trip' || e.kind === 'visit').length,
		),
		'trips: meetings joined to their trip': tally(
			joinable.filter(({ wanted, meeting }) => meeting.events.includes(trips.get(wanted.trip!)!.id)).length,
			gold.meetings.filter((m) => m.trip !== null).length,
		),
	};
}

/**
 * A meeting's date is right when its days are the gold's (a day, a range of days, a week, month or
 * year), or fewer of them within it: another report may have dated it more precisely.
 */
function rightDate(meeting: Meeting, wanted: GoldMeeting): boolean {
	if (wanted.date === null) return true;
	const [first, last] = [dayRange(wanted.date)[0], dayRange(wanted.until ?? wanted.date)[1]];
	return meeting.earliest >= first && meeting.latest <= last;
}

/** Each gold trip's event: a trip or visit by its traveller whose days overlap it. */
function matchTrips(
	output: ArticleOutput,
	wanted: readonly GoldTrip[],
	idOf: (name: string) => string | undefined,
): Map<string, Event> {
	const travels = output.events.filter((e) => e.kind === 'trip' || e.kind === 'visit');
	const matched = new Map<string, Event>();
	for (const trip of wanted) {
		const traveller = idOf(trip.traveller);
		if (traveller === undefined) continue;
		const days: [string, string] | null = trip.start
			? [dayRange(trip.start)[0], dayRange(trip.end ?? trip.start)[1]]
			: null;
		const event = travels.find(
			(e) =>
				e.participants.includes(traveller) &&
				![...matched.values()].includes(e) &&
				(days === null || overlaps(days, [e.earliest, e.latest])),
		);
		if (event) matched.set(trip.id, event);
	}
	return matched;
}
