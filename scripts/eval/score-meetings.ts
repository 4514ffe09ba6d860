import type { Event } from '../../src/schemas/event.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import { sourceKey } from '../../src/schemas/source.ts';
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
	const found = matchMeetings(output.meetings, gold.meetings, idOf);
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
			found.filter(({ wanted, meeting }) => statusIn(meeting, output.article.id) === wanted.status).length,
			found.length,
		),
		'meetings: place right': tally(
			found.filter(({ wanted, meeting }) =>
				wanted.place === null
					? meeting.place === null
					: meeting.place !== null && samePlace(meeting.place, wanted.place),
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

/** A gold meeting and the meeting read for it. */
interface MeetingMatch {
	wanted: GoldMeeting;
	meeting: Meeting;
	/** Whether the meeting has everyone the gold names, and no one else. */
	complete: boolean;
}

/**
 * Each gold meeting's meeting, one to one, the best matches first over the whole article: first
 * those with everyone and the right date, then everyone, then (for a meeting of three or more) two
 * or more of them and no one else with the right date, then without. So a pair that "last met in
 * Beijing" is not taken for a summit of five on another day while the gold pair goes unmatched.
 */
function matchMeetings(
	meetings: readonly Meeting[],
	wanted: readonly GoldMeeting[],
	idOf: (name: string) => string | undefined,
): MeetingMatch[] {
	const tests = wanted.map((gold) => {
		const resolved = gold.participants.map(idOf);
		const ids = new Set(resolved.filter((id) => id !== undefined));
		const everyone = resolved.every((id) => id !== undefined);
		const usable = ids.size >= 2 && (everyone || gold.participants.length > 2);
		// Everyone the gold names; or, for a meeting of three or more, two or more of them and no one
		// else (of whom some may not have been read as officials at all).
		const complete = (m: Meeting) =>
			everyone && m.participants.length === ids.size && m.participants.every((id) => ids.has(id));
		const partial = (m: Meeting) =>
			gold.participants.length > 2 && m.participants.length >= 2 && m.participants.every((id) => ids.has(id));
		return { gold, usable, complete, partial };
	});
	const passes = [
		(t: (typeof tests)[number], m: Meeting) => t.complete(m) && rightDate(m, t.gold),
		(t: (typeof tests)[number], m: Meeting) => t.complete(m),
		(t: (typeof tests)[number], m: Meeting) => t.partial(m) && rightDate(m, t.gold),
		(t: (typeof tests)[number], m: Meeting) => t.partial(m),
	];
	const unused = new Set(meetings);
	const matched = new Map<GoldMeeting, MeetingMatch>();
	// Gold meetings with a date before those without, which any date fits: so an undated "contacts
	// are being prepared" does not take the meeting dated October from the one the gold dates so.
	const datedFirst = [...tests].sort((a, b) => Number(a.gold.date === null) - Number(b.gold.date === null));
	for (const pass of passes) {
		for (const test of datedFirst) {
			if (!test.usable || matched.has(test.gold)) continue;
			const meeting = [...unused].find((m) => pass(test, m));
			if (!meeting) continue;
			unused.delete(meeting);
			matched.set(test.gold, { wanted: test.gold, meeting, complete: test.complete(meeting) });
		}
	}
	// In the gold's order, as before.
	return wanted.flatMap((gold) => matched.get(gold) ?? []);
}

/**
 * A meeting's status as article `id` reports it: planned when every report of it there announced
 * it, though another article reports it held (the record then says both, see `announcements`).
 */
function statusIn(meeting: Meeting, id: string): Meeting['status'] {
	const own = meeting.sources.filter((s) => s.article === id);
	const announced = new Set(meeting.announcements.map(sourceKey));
	return own.length > 0 && own.every((s) => announced.has(sourceKey(s))) ? 'planned' : meeting.status;
}

/** Two names of one place, however an abbreviation is written: "St. Petersburg", "St Petersburg". */
const samePlace = (read: string, gold: string) =>
	sameText(read.replace(/\.(?=\s)/g, ''), gold.replace(/\.(?=\s)/g, ''));

/**
 * A meeting's date is right when its days are the gold's (a day, a range of days, a week, month or
 * year), or fewer of them within it: another report may have dated it more precisely.
 */
function rightDate(meeting: Meeting, wanted: GoldMeeting): boolean {
	if (wanted.date === null) return true;
	const [first, last] = [dayRange(wanted.date)[0], dayRange(wanted.until ?? wanted.date)[1]];
	return meeting.earliest >= first && meeting.latest <= last;
}

/**
 * Each gold trip's event, one to one: a trip or visit by its traveller whose days overlap it,
 * those that also go to one of its places first.
 */
function matchTrips(
	output: ArticleOutput,
	wanted: readonly GoldTrip[],
	idOf: (name: string) => string | undefined,
): Map<string, Event> {
	const travels = output.events.filter((e) => e.kind === 'trip' || e.kind === 'visit');
	const candidates = wanted.flatMap((trip) => {
		const traveller = idOf(trip.traveller);
		if (traveller === undefined) return [];
		const days: [string, string] | null = trip.start
			? [dayRange(trip.start)[0], dayRange(trip.end ?? trip.start)[1]]
			: null;
		const fits = (e: Event) =>
			e.participants.includes(traveller) && (days === null || overlaps(days, [e.earliest, e.latest]));
		const visits = (e: Event) => e.places.some((p) => trip.places.some((q) => samePlace(p, q)));
		return [{ trip, fits, visits }];
	});
	const matched = new Map<string, Event>();
	const taken = new Set<Event>();
	for (const placed of [true, false]) {
		for (const { trip, fits, visits } of candidates) {
			if (matched.has(trip.id)) continue;
			const event = travels.find((e) => !taken.has(e) && fits(e) && (!placed || visits(e)));
			if (!event) continue;
			matched.set(trip.id, event);
			taken.add(event);
		}
	}
	return matched;
}
