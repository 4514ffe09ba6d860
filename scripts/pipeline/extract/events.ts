import type { Event, Conflict } from '../../../src/schemas/event.ts';
import type { Meeting } from '../../../src/schemas/meeting.ts';
import type { FuzzyDate, Source } from '../../../src/schemas/source.ts';
import { slugify } from '../ids.ts';
import { countryOf } from './countries.ts';
import { countryOfPlace } from './gazetteer/index.ts';
import { fuzzyFromDate, overlaps, reportWeek, shiftFuzzy, spanDays } from './toolkit/fuzzy-dates.ts';
import { addDays, daysBetween } from './toolkit/calendar.ts';
import { joinWords } from './toolkit/lists.ts';
import type { EventMention } from './event-mentions.ts';
import { dedupeSources } from './meetings.ts';
import type { RoleMention } from './roles.ts';

interface Span {
	start: FuzzyDate;
	end: FuzzyDate | null;
	earliest: string;
	latest: string;
}

/**
 * The days a report puts an event on: its start (and end, or its length), or for a trip "wrapped
 * up" as the report is written, the report's week as its end and its length back from there.
 */
function spanOf(m: EventMention): Span | null {
	if (m.start) {
		const end = m.end ?? (m.lengthDays ? shiftFuzzy(m.start, m.lengthDays - 1) : null);
		return { start: m.start, end, earliest: m.start.earliest, latest: (end ?? m.start).latest };
	}
	if (m.ending && m.lengthDays) {
		const end = reportWeek(m.sentence.published);
		const start = shiftFuzzy(end, -(m.lengthDays - 1));
		return { start, end, earliest: start.earliest, latest: end.latest };
	}
	if (m.during) return { start: m.during, end: null, earliest: m.during.earliest, latest: m.during.latest };
	return null;
}

/**
 * Merges event reports into events. Trips and visits: one person's reports whose days can
 * coincide are one trip; a report with no date joins its person's only trip in the same article.
 * Conferences: the same ordinal ("12th"), or names sharing a topic word on days that coincide.
 * Attacks and foundings: names sharing two topic words. Where reports give different start days
 * for one trip, the event keeps each value with its sources as a conflict.
 */
export function mergeEvents(
	mentions: readonly EventMention[],
	roles: readonly RoleMention[],
	names: ReadonlyMap<string, string>,
): Event[] {
	const clusters: EventMention[][] = [];
	// Reports can only join a cluster of their own kind (a trip: the same person's trips), so
	// each looks only at those, in the order they were made.
	const byKind = new Map<string, EventMention[][]>();
	const kindOf = (m: EventMention) => (travel(m) ? `travel:${m.person}` : `kind:${m.kind}`);
	const spans = new Map<EventMention, Span | null>();
	const span = (m: EventMention) => {
		if (!spans.has(m)) spans.set(m, spanOf(m));
		return spans.get(m)!;
	};
	const undated: EventMention[] = [];
	const statedDays = new Map<EventMention[], Span[]>();
	for (const mention of mentions) {
		if (!span(mention)) {
			undated.push(mention);
			continue;
		}
		const sameKind = byKind.get(kindOf(mention)) ?? byKind.set(kindOf(mention), []).get(kindOf(mention))!;
		const cluster =
			sameKind.find((c) => sameEvent(c, mention, span, statedDays.get(c) ?? [])) ??
			clusters[clusters.push([]) - 1]!;
		if (cluster.length === 0) sameKind.push(cluster);
		cluster.push(mention);
		// The days reports give a trip from its start to its end, kept as the cluster grows.
		const days = span(mention)!;
		if (days.end !== null) statedDays.set(cluster, [...(statedDays.get(cluster) ?? []), days]);
	}
	for (const mention of undated) {
		const candidates = (byKind.get(kindOf(mention)) ?? []).filter((c) => sameEventUndated(c, mention));
		if (candidates.length === 1) candidates[0]!.push(mention);
	}

	const built = [...clusters.map((cluster) => buildEvent(cluster, names)), ...appointments(roles, names)];
	const byId = new Map<string, Event>();
	for (const event of built) {
		let id = event.id;
		for (let n = 2; byId.has(id); n++) id = `${event.id}-${n}`;
		byId.set(id, { ...event, id, url: `/events/${id}/` });
	}
	return [...byId.values()].sort((a, b) => a.earliest.localeCompare(b.earliest) || a.id.localeCompare(b.id));
}

const travel = (m: EventMention) => m.kind === 'trip' || m.kind === 'visit';

function sameEvent(
	cluster: readonly EventMention[],
	m: EventMention,
	spanOf: (m: EventMention) => Span | null,
	statedDays: readonly Span[],
): boolean {
	const first = cluster[0]!;
	const span = spanOf(m)!;
	const coincide = () => cluster.every((c) => overlaps(spanOf(c) ?? span, span));
	if (travel(m)) {
		// A stay in one country reaches past its first day; a tour's next country is another visit.
		const reach = reachOf(m, span);
		const coincideInStay = () =>
			cluster.every((c) => {
				const spanOfC = spanOf(c) ?? span;
				return inOneCountry(c, m) ? overlaps(reachOf(c, spanOfC), reach) : overlaps(spanOfC, span);
			});
		// Within the days a report gives a trip from its start to its end ("from Wednesday to Friday").
		const withinStatedDays = () =>
			statedDays.some((days) => days.earliest <= span.earliest && span.latest <= days.latest);
		return (
			travel(first) &&
			first.person === m.person &&
			(coincideInStay() || withinStatedDays() || legsOfOneTour(cluster, m, span, spanOf))
		);
	}
	if (m.kind !== first.kind) return false;
	if (m.kind === 'conference') {
		const ordinals = cluster.map((c) => c.ordinal).filter((o) => o !== null);
		if (m.ordinal !== null && ordinals.length > 0)
			return ordinals.includes(m.ordinal) && sharedWords(first.key, m.key) >= 1;
		return sharedWords(first.key, m.key) >= 1 && coincide();
	}
	if (m.kind === 'other' && m.key.startsWith('other:')) return first.key === m.key && coincide();
	return sharedWords(first.key, m.key) >= 2;
}

/**
 * The days a report of travel may cover: its span, and for an arrival on a day the report gives no
 * end or length for ("Putin arrived in Beijing on Wednesday"), the next `STAY_DAYS` days too: the
 * visit goes on past the day it began, and another report's talks on the next day are of it.
 */
function reachOf(m: EventMention, span: Span): { earliest: string; latest: string } {
	if (m.implied || m.start === null || span.end !== null || span.start.datePrecision !== 'day') return span;
	return { earliest: span.earliest, latest: addDays(span.start.latest, STAY_DAYS) };
}

/** How many days after its first a visit with no stated end may go on (a state visit's two or three). */
const STAY_DAYS = 3;

/** Whether two reports of travel put it in one country: their places share one, or either names none. */
function inOneCountry(a: EventMention, b: EventMention): boolean {
	const [ofA, ofB] = [countriesOf(a), countriesOf(b)];
	return ofA.size === 0 || ofB.size === 0 || [...ofA].some((c) => ofB.has(c));
}

/** The countries a report of travel names, each worked out once per report (a memo of its own input). */
const countriesOfReport = new WeakMap<EventMention, ReadonlySet<string>>();
function countriesOf(m: EventMention): ReadonlySet<string> {
	let countries = countriesOfReport.get(m);
	if (countries === undefined)
		countriesOfReport.set(m, (countries = new Set(m.places.map((p) => countryOfPlace(p) ?? p))));
	return countries;
}

/**
 * One report's mentions of one person's travel on days close together are legs of one tour: "Xi
 * arrived in Moscow on Friday … on Sunday he was in Dar es Salaam". Days apart by no more than
 * `OPEN_TRIP_DAYS`, in the same article, where no report gives the tour's end.
 */
function legsOfOneTour(
	cluster: readonly EventMention[],
	m: EventMention,
	span: Span,
	spanOf: (m: EventMention) => Span | null,
): boolean {
	const near = (s: Span) =>
		daysBetween(s.latest, span.earliest) < OPEN_TRIP_DAYS &&
		daysBetween(span.latest, s.earliest) < OPEN_TRIP_DAYS;
	return cluster.every(
		(c) =>
			c.sentence.article === m.sentence.article &&
			c.end === null &&
			m.end === null &&
			near(spanOf(c) ?? span),
	);
}

function sameEventUndated(cluster: readonly EventMention[], m: EventMention): boolean {
	const first = cluster[0]!;
	if (travel(m))
		return (
			travel(first) &&
			first.person === m.person &&
			cluster.some((c) => c.sentence.article === m.sentence.article)
		);
	if (m.kind === 'conference' && first.kind === 'conference') {
		return m.ordinal !== null
			? cluster.some((c) => c.ordinal === m.ordinal)
			: sharedWords(first.key, m.key) >= 2;
	}
	return m.kind === first.kind && m.kind !== 'other' && sharedWords(first.key, m.key) >= 2;
}

function sharedWords(a: string, b: string): number {
	const words = keyWords(a).topics;
	return keyWords(b).all.filter((w) => words.has(w)).length;
}

// Every report is compared with many clusters' first reports: each key is split once.
const wordsOfKey = new Map<string, { all: string[]; topics: Set<string> }>();
/** A key's words, and those of them that say what the event is about (no ordinals). */
function keyWords(key: string): { all: string[]; topics: Set<string> } {
	let words = wordsOfKey.get(key);
	if (words === undefined) {
		const all = key.replace(/^\w+:/, '').split(' ');
		words = { all, topics: new Set(all.filter((w) => w && !/^\d+(?:st|nd|rd|th)$/.test(w))) };
		wordsOfKey.set(key, words);
	}
	return words;
}

function buildEvent(cluster: readonly EventMention[], names: ReadonlyMap<string, string>): Event {
	// A trip's days are those the text gives it, when it names the trip; else its meetings' days.
	const named = cluster.filter((m) => !m.implied && spanOf(m) !== null);
	const dated = named.length > 0 ? named : cluster.filter((m) => spanOf(m) !== null);
	const spans = dated.map((m) => spanOf(m)!);
	const isTravel = travel(cluster[0]!);
	// The start: the stated day when reports give one (the first in date order), else the narrowest.
	const startSpans = spans.filter((_, i) => dated[i]!.start !== null || dated[i]!.ending);
	const start = [...(startSpans.length > 0 ? startSpans : spans)].sort(
		(a, b) => spanDays(a.start) - spanDays(b.start) || a.start.earliest.localeCompare(b.start.earliest),
	)[0]!.start;
	// A trip known only by days within it (its meetings) lasts to the last of them as precise.
	const lastDuring =
		isTravel && named.length === 0
			? spans
					.filter((s) => spanDays(s.start) <= spanDays(start))
					.sort((a, b) => b.latest.localeCompare(a.latest))[0]!.start
			: null;
	// An end the reports give, else one a report's length gives from the start ("a three-day visit"),
	// else the last day within it.
	const length = cluster.map((m) => m.lengthDays).find((n) => n !== null);
	const ends = spans.map((s) => s.end).filter((e): e is FuzzyDate => e !== null);
	const end =
		ends.sort((a, b) => spanDays(a) - spanDays(b) || b.latest.localeCompare(a.latest))[0] ??
		(length ? shiftFuzzy(start, length - 1) : null) ??
		(lastDuring && lastDuring.latest > start.latest ? lastDuring : null);
	const earliest = start.earliest;
	// With no end to go by, the last day a report puts it on as precisely as its start ("arrived on
	// Wednesday" and "talks on Thursday": Thursday), though no report says when it ended.
	const asPrecise = (date: FuzzyDate | null) => date === null || spanDays(date) <= spanDays(start);
	const latest =
		end?.latest ??
		(isTravel
			? cluster
					.map(spanOf)
					.filter((s): s is Span => s !== null && asPrecise(s.start) && asPrecise(s.end))
					.reduce((last, s) => (s.latest > last ? s.latest : last), start.latest)
			: start.latest);

	const conflicts: Conflict[] = [];
	if (isTravel) {
		for (const [field, pickDate] of [
			['start', (m: EventMention) => (m.startStated ? m.start?.date : undefined)],
			['end', (m: EventMention) => (m.end && m.end.datePrecision === 'day' ? m.end.date : undefined)],
		] as const) {
			const values = new Map<string, Source[]>();
			for (const m of cluster) {
				const value = pickDate(m);
				if (value) values.set(value, [...(values.get(value) ?? []), m.source]);
			}
			if (values.size > 1) {
				for (const [value, sources] of [...values].sort())
					conflicts.push({ field, value, sources: dedupeSources(sources) });
			}
		}
	}

	const places = unique(cluster.flatMap((m) => m.places));
	const participants = unique(cluster.flatMap((m) => m.participants)).sort();
	const kind = isTravel ? (cluster.some((m) => m.kind === 'trip') ? 'trip' : 'visit') : cluster[0]!.kind;
	const title = titleOf(cluster, kind, places, names);
	const aliases = kind === 'conference' ? unique(cluster.map((m) => m.name)).filter((n) => n !== title) : [];
	const idDate = start.datePrecision === 'year' ? start.date : start.earliest.slice(0, 7);
	const id = `${idDate}-${slugify(title, 70)}`;
	return {
		id,
		kind,
		title,
		aliases,
		start: start.date,
		end: end && end.date !== start.date ? end.date : null,
		datePrecision: start.datePrecision,
		earliest,
		latest,
		// Planned when every report that dates it speaks of it in the future.
		planned: dated.every((m) => m.planned),
		basis: cluster.some((m) => !m.implied) ? 'stated' : 'meetings',
		places,
		participants,
		meetings: [],
		related: [],
		conflicts,
		sources: dedupeSources(cluster.map((m) => m.source)),
		url: `/events/${id}/`,
	};
}

function titleOf(
	cluster: readonly EventMention[],
	kind: Event['kind'],
	places: readonly string[],
	names: ReadonlyMap<string, string>,
): string {
	const first = cluster[0]!;
	if (kind === 'trip' || kind === 'visit') {
		const who = names.get(first.person ?? '') ?? first.person ?? 'Unknown';
		// "visit to China", not "to Shanghai and China": name the countries when the places include any.
		const countries = places.filter((p) => countryOf(p) === p);
		const named = countries.length > 0 ? countries : places;
		const where = named.length > 0 ? ` to ${joinWords(named)}` : '';
		return `${who}’s ${kind}${where}`;
	}
	if (kind === 'conference') {
		// The fullest name: one with an ordinal and capitalised words, else the longest.
		return [...cluster].sort(
			(a, b) =>
				Number(b.ordinal !== null) - Number(a.ordinal !== null) ||
				capitals(b.name) - capitals(a.name) ||
				b.name.length - a.name.length,
		)[0]!.name;
	}
	if (kind === 'other' && first.person) return `${names.get(first.person) ?? first.person}’s ${first.name}`;
	return first.name.charAt(0).toUpperCase() + first.name.slice(1);
}

const capitals = (name: string) => (name.match(/\b\p{Lu}/gu) ?? []).length;
const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/** Appointments: each dated "promoted to …" or "appointed …" a role states, one per person and role. */
function appointments(roles: readonly RoleMention[], names: ReadonlyMap<string, string>): Event[] {
	const byKey = new Map<string, RoleMention[]>();
	for (const role of roles) {
		if (!role.from) continue;
		const key = `${role.person}|${fuzzyFromDate(role.from).earliest.slice(0, 7)}`;
		byKey.set(key, [...(byKey.get(key) ?? []), role]);
	}
	return [...byKey.values()].map((group) => {
		const role = group[0]!;
		const from = group.map((r) => r.from!).sort((a, b) => b.length - a.length)[0]!;
		const date = fuzzyFromDate(from);
		const title = `${names.get(role.person) ?? role.person} ${role.appointment ?? 'appointed'} ${role.title}`;
		const id = `${date.earliest.slice(0, 7)}-${slugify(title, 70)}`;
		return {
			id,
			kind: 'appointment' as const,
			title,
			aliases: [],
			start: date.date,
			end: null,
			datePrecision: date.datePrecision,
			earliest: date.earliest,
			latest: date.latest,
			planned: false,
			basis: 'stated' as const,
			places: [],
			participants: [role.person],
			meetings: [],
			related: [],
			conflicts: [],
			sources: dedupeSources(group.map((r) => r.source)),
			url: `/events/${id}/`,
		};
	});
}

/**
 * A trip whose end no report gives, taken to last `OPEN_TRIP_DAYS` from its first day: "Xi began
 * his tour in Moscow on Friday … on Sunday he held talks in Dar es Salaam". Used only for a meeting
 * a report of the trip itself reports.
 */
const OPEN_TRIP_DAYS = 10;
const openEnded = (trip: Event): { earliest: string; latest: string } => {
	if (trip.end !== null) return trip;
	const reach = addDays(trip.earliest, OPEN_TRIP_DAYS - 1);
	return { earliest: trip.earliest, latest: reach > trip.latest ? reach : trip.latest };
};
/** The longest a trip is taken to last: one known only to its month or year may be any part of it. */
const LONGEST_TRIP_DAYS = 21;
/** Whether an article reports both. */
const sameReport = (a: { sources: readonly Source[] }, b: { sources: readonly Source[] }): boolean =>
	a.sources.some((s) => b.sources.some((t) => t.article === s.article));

/** True when every day `inner` may fall on lies within `outer`'s days. */
const within = (
	inner: { earliest: string; latest: string },
	outer: { earliest: string; latest: string },
): boolean => outer.earliest <= inner.earliest && inner.latest <= outer.latest;

/**
 * Links meetings to the trips they took place during (a participant's trip on days that
 * coincide) and trips to the conferences they were for (the traveller takes part, on days that
 * coincide); a meeting whose reports state no place takes the place of the conference it was held at.
 * Returns new records of both, in the order given, with the links added to any they had; the
 * records given are not changed.
 */
export function linkEvents(
	events: readonly Event[],
	meetings: readonly Meeting[],
): { events: Event[]; meetings: Meeting[] } {
	const trips = events.filter((e) => e.kind === 'trip' || e.kind === 'visit');
	const conferences = events.filter((e) => e.kind === 'conference');
	const tripsWith = byParticipant(trips);
	const conferencesWith = byParticipant(conferences);
	// What each event gains, gathered here and applied once when the new records are made.
	const related = new Map<Event, string[]>(events.map((e) => [e, [...e.related]]));
	const held = new Map<Event, string[]>(events.map((e) => [e, [...e.meetings]]));
	for (const trip of trips) {
		for (const conference of conferencesWith(trip.participants)) {
			if (within(conference, trip)) {
				related.get(trip)!.push(conference.id);
				related.get(conference)!.push(trip.id);
			}
		}
	}
	const linked = meetings.map((meeting) => {
		let { place, placeBasis } = meeting;
		const during = [...meeting.events];
		for (const trip of tripsWith(meeting.participants)) {
			// A trip dated to a month or a year holds no meeting another report dates within it: "a
			// visit to Japan in 2014" is no container for talks in Shanghai in May.
			const vague = spanDays(trip) > LONGEST_TRIP_DAYS && !sameReport(meeting, trip);
			if (
				vague ||
				(!within(meeting, trip) && !(sameReport(meeting, trip) && within(meeting, openEnded(trip))))
			)
				continue;
			held.get(trip)!.push(meeting.id);
			during.push(trip.id);
			// The conference's place over one the sentences around a report give; else, where none is
			// given, the place of a trip to one place on known days ("he arrived in Dushanbe on
			// Tuesday … is also expected to meet his Tajik counterpart on Thursday").
			if (placeBasis !== 'stated') {
				const conference = conferencesWith(trip.participants).find(
					(c) => related.get(trip)!.includes(c.id) && overlaps(c, meeting) && c.places.length > 0,
				);
				if (conference) [place, placeBasis] = [conference.places[0]!, 'event'];
				else if (place === null && trip.places.length === 1 && trip.datePrecision === 'day')
					[place, placeBasis] = [trip.places[0]!, 'event'];
			}
		}
		for (const conference of conferencesWith(meeting.participants)) {
			const samePlace = place === null || conference.places.length === 0 || conference.places.includes(place);
			if (within(meeting, conference) && samePlace) {
				if (!during.includes(conference.id)) during.push(conference.id);
				held.get(conference)!.push(meeting.id);
			}
		}
		return { ...meeting, place, placeBasis, events: during };
	});
	return {
		events: events.map((e) => ({ ...e, related: related.get(e)!, meetings: held.get(e)! })),
		meetings: linked,
	};
}

/** A lookup of the events any of some people take part in, in the order of `events`. */
function byParticipant(events: readonly Event[]): (people: readonly string[]) => Event[] {
	const indices = new Map<string, number[]>();
	events.forEach((event, i) => {
		for (const person of new Set(event.participants)) {
			const taking = indices.get(person);
			if (taking) taking.push(i);
			else indices.set(person, [i]);
		}
	});
	return (people) => {
		const found = new Set(people.flatMap((p) => indices.get(p) ?? []));
		return [...found].sort((a, b) => a - b).map((i) => events[i]!);
	};
}
