import type { Event } from '../../schemas/event.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import type { DatePrecision } from '../../schemas/source.ts';
import { addDays, clampRange, maxDay, minDay, valueRange, type DayRange } from './days.ts';

/** What a mark stands for: an event's kind, or a meeting. */
export type ItemKind = Event['kind'] | 'meeting';

/** A stretch of days drawn one way: certain (the item surely covers them) or uncertain (it may). */
export interface Segment extends DayRange {
	certain: boolean;
}

/** One event or meeting as the timeline draws it: its days, how sure they are, and what to say of it. */
export interface TimelineItem {
	id: string;
	kind: ItemKind;
	title: string;
	/** The site path of its page, or null when it has none. */
	url: string | null;
	/** The start (a meeting's date) and end as the sources give them ("2023-W21"); end null for one date. */
	start: string;
	end: string | null;
	startPrecision: DatePrecision;
	endPrecision: DatePrecision | null;
	/** The first day it may begin and the last day it may end. */
	earliest: string;
	latest: string;
	/** Its days in order, from `earliest` to `latest`, each stretch certain or not. */
	segments: Segment[];
	places: string[];
	/** Officials' ids. */
	participants: string[];
	planned: boolean;
	/** Fields the sources disagree on, with each value given. */
	disputed: Array<{ field: string; values: string[] }>;
	/** For a meeting: the events it took place during, by id; empty for an event. */
	during: string[];
}

/**
 * The stretches to draw for a date known to the days of `start` and, for a span, ending within
 * `end`: the days both bounds agree on are certain, the rest uncertain. A single date is certain
 * only when it is one day.
 */
export function segmentsOf(start: DayRange, end: DayRange | null): Segment[] {
	if (!end) return [{ ...start, certain: start.first === start.last }];
	if (start.last > end.first)
		return [{ first: start.first, last: maxDay(start.last, end.last), certain: false }];
	const segments: Segment[] = [];
	if (start.first < start.last)
		segments.push({ first: start.first, last: addDays(start.last, -1), certain: false });
	segments.push({ first: start.last, last: end.first, certain: true });
	if (end.first < end.last) segments.push({ first: addDays(end.first, 1), last: end.last, certain: false });
	return segments;
}

/** The days a field may fall on: the union of every value the sources give, cut to the record's bounds. */
function fieldRange(values: readonly string[], bounds: DayRange): DayRange {
	const ranges: DayRange[] = values.flatMap((value) => valueRange(value) ?? []);
	const [head, ...rest] = ranges;
	if (!head) return bounds;
	const union = rest.reduce(
		(a, b) => ({ first: minDay(a.first, b.first), last: maxDay(a.last, b.last) }),
		head,
	);
	return clampRange(union, bounds);
}

/** An event as a timeline item; disputed start or end days widen that end's uncertain stretch. */
export function eventItem(event: Event): TimelineItem {
	const bounds = { first: event.earliest, last: event.latest };
	const valuesOf = (field: 'start' | 'end', given: string) => [
		given,
		...event.conflicts.filter((conflict) => conflict.field === field).map((conflict) => conflict.value),
	];
	const startRange = fieldRange(valuesOf('start', event.start), bounds);
	const endRange = event.end === null ? null : fieldRange(valuesOf('end', event.end), bounds);
	const segments = segmentsOf(startRange, endRange);
	const disputed = [...new Set(event.conflicts.map((conflict) => conflict.field))].map((field) => ({
		field,
		values: event.conflicts.filter((conflict) => conflict.field === field).map((conflict) => conflict.value),
	}));
	return {
		id: event.id,
		kind: event.kind,
		title: event.title,
		url: event.url,
		start: event.start,
		end: event.end,
		startPrecision: event.datePrecision,
		endPrecision: event.end === null ? null : (valueRange(event.end)?.precision ?? event.datePrecision),
		earliest: segments[0]!.first,
		latest: segments.at(-1)!.last,
		segments,
		places: event.places,
		participants: event.participants,
		planned: event.planned,
		disputed,
		during: [],
	};
}

/** A meeting as a timeline item: one day, or an uncertain stretch over the days it may fall on. */
export function meetingItem(meeting: Meeting): TimelineItem {
	return {
		id: meeting.id,
		kind: 'meeting',
		title: meeting.title,
		url: meeting.url,
		start: meeting.date,
		end: null,
		startPrecision: meeting.datePrecision,
		endPrecision: null,
		earliest: meeting.earliest,
		latest: meeting.latest,
		segments: segmentsOf({ first: meeting.earliest, last: meeting.latest }, null),
		places: meeting.place ? [meeting.place] : [],
		participants: meeting.participants,
		planned: meeting.status === 'planned',
		disputed: [],
		during: meeting.events,
	};
}

const kindRank: Record<ItemKind, number> = {
	trip: 0,
	visit: 1,
	conference: 2,
	appointment: 3,
	attack: 4,
	other: 5,
	meeting: 6,
};

/**
 * Time order for marks: the earliest first day first; on the same day the longer first, so a trip
 * comes before the conference and the meeting inside it; then events before meetings, then by id.
 */
export function compareItems(a: TimelineItem, b: TimelineItem): number {
	if (a.earliest !== b.earliest) return a.earliest < b.earliest ? -1 : 1;
	if (a.latest !== b.latest) return a.latest > b.latest ? -1 : 1;
	if (a.kind !== b.kind) return kindRank[a.kind] - kindRank[b.kind];
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
