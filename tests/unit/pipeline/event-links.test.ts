import { describe, expect, test } from 'vitest';
import { linkEvents } from '../../../scripts/pipeline/extract/events.ts';
import type { Event } from '../../../src/schemas/event.ts';
import type { Meeting } from '../../../src/schemas/meeting.ts';

const SOURCE = { article: 'a', paragraph: 'p-1', quote: 'quoted' };

/** An event of `kind` on the days `earliest`…`latest`, with no links yet. */
function event(
	id: string,
	kind: Event['kind'],
	[earliest, latest]: [string, string],
	participants: string[],
	places: string[] = [],
): Event {
	return {
		id,
		kind,
		title: id,
		aliases: [],
		start: earliest,
		end: latest === earliest ? null : latest,
		datePrecision: 'day',
		earliest,
		latest,
		planned: false,
		places,
		participants,
		meetings: [],
		related: [],
		conflicts: [],
		basis: 'stated',
		sources: [SOURCE],
		url: `/events/${id}/`,
	};
}

/** A held meeting on one day, with no events yet. */
function meeting(id: string, day: string, participants: string[], place: string | null = null): Meeting {
	return {
		id,
		title: id,
		date: day,
		datePrecision: 'day',
		earliest: day,
		latest: day,
		dateBasis: 'stated',
		status: 'held',
		place,
		placeBasis: place === null ? null : 'stated',
		participants,
		sources: [SOURCE],
		announcements: [],
		events: [],
		url: `/meetings/${id}/`,
	};
}

/** Freezes a value and everything in it, so any write to it throws. */
function deepFreeze<T>(value: T): T {
	if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const inner of Object.values(value)) deepFreeze(inner);
	}
	return value;
}

const TRIP = event('trip', 'trip', ['2024-04-20', '2024-04-28'], ['chen', 'wang']);
const SUMMIT = event(
	'summit',
	'conference',
	['2024-04-23', '2024-04-24'],
	['chen', 'patrushev'],
	['St Petersburg'],
);
const LATER = event('later', 'conference', ['2024-05-10', '2024-05-11'], ['chen'], ['Minsk']);

/** Each record as its id and its links: "meeting → its place, events", "event → related, meetings". */
function links(result: { events: Event[]; meetings: Meeting[] }): string[] {
	return [
		...result.meetings.map((m) => `${m.id} → ${m.place ?? '-'}; ${m.events.join(' ') || '-'}`),
		...result.events.map((e) => `${e.id} → ${e.related.join(' ') || '-'}; ${e.meetings.join(' ') || '-'}`),
	];
}

describe('linkEvents', () => {
	test.each<[string, Event[], Meeting[], string[]]>([
		[
			'links a trip to a conference on days within it, both ways',
			[TRIP, SUMMIT, LATER],
			[],
			['trip → summit; -', 'summit → trip; -', 'later → -; -'],
		],
		[
			'links a meeting to a participant’s trip and gives it the place of the conference the trip was for',
			[TRIP, SUMMIT],
			[meeting('talks', '2024-04-23', ['chen', 'patrushev'])],
			['talks → St Petersburg; trip summit', 'trip → summit; talks', 'summit → trip; talks'],
		],
		[
			'keeps a meeting’s own place and links no conference held elsewhere',
			[TRIP, SUMMIT],
			[meeting('talks', '2024-04-23', ['chen', 'patrushev'], 'Moscow')],
			['talks → Moscow; trip', 'trip → summit; talks', 'summit → trip; -'],
		],
		[
			'links a meeting of the trip’s traveller with no conference, and leaves it without a place',
			[TRIP],
			[meeting('talks', '2024-04-22', ['chen', 'lavrov'])],
			['talks → -; trip', 'trip → -; talks'],
		],
		[
			'gives a meeting with no place of its own the place of the one-place trip it is part of',
			[event('visit', 'visit', ['2024-04-20', '2024-04-22'], ['chen'], ['Dushanbe'])],
			[
				meeting('talks', '2024-04-21', ['chen', 'lavrov']),
				meeting('dinner', '2024-04-22', ['chen', 'li'], 'Khujand'),
			],
			['talks → Dushanbe; visit', 'dinner → Khujand; visit', 'visit → -; talks dinner'],
		],
		[
			'links no meeting on days outside the trip, nor one its travellers are not at',
			[TRIP],
			[
				meeting('before', '2024-04-19', ['chen', 'lavrov']),
				meeting('others', '2024-04-22', ['lavrov', 'li']),
			],
			['before → -; -', 'others → -; -', 'trip → -; -'],
		],
	])('%s', (_, events, meetings, expected) => {
		expect(links(linkEvents(events, meetings))).toEqual(expected);
	});

	test('changes none of the events and meetings it is given', () => {
		const events = [TRIP, SUMMIT, LATER].map((e) => structuredClone(e));
		const meetings = [
			meeting('talks', '2024-04-23', ['chen', 'patrushev']),
			meeting('call', '2024-04-21', ['chen', 'wang']),
		];
		const before = structuredClone({ events, meetings });
		deepFreeze({ events, meetings });
		const linked = linkEvents(events, meetings);
		expect({ events, meetings }).toEqual(before);
		// It did link them: the result is new records, not the frozen ones.
		expect(linked.meetings.map((m) => [m.place, m.events])).toEqual([
			['St Petersburg', ['trip', 'summit']],
			[null, ['trip']],
		]);
		expect(linked.events[0]!.meetings).toEqual(['talks', 'call']);
	});
});

describe('a trip known only to its year', () => {
	const visit = event('visit', 'visit', ['2014-01-01', '2014-12-31'], ['putin']);
	const talks = (article: string) => ({
		...meeting('talks', '2014-05-21', ['putin', 'xi'], 'Shanghai'),
		sources: [{ ...SOURCE, article }],
	});
	test('holds no meeting another report dates within it', () =>
		expect(links(linkEvents([visit], [talks('b')]))).toEqual(['talks → Shanghai; -', 'visit → -; -']));
	test('holds a meeting its own report tells of', () =>
		expect(links(linkEvents([visit], [talks('a')]))).toEqual([
			'talks → Shanghai; visit',
			'visit → -; talks',
		]));
});

describe('a trip whose end no report gives', () => {
	const trip = event('trip', 'trip', ['2024-04-20', '2024-04-20'], ['chen']);
	const days = (day: string, sources = [SOURCE]) => ({
		...meeting(`m-${day}`, day, ['chen', 'lavrov']),
		sources,
	});

	test.each([
		['the day it began', '2024-04-20', [SOURCE], true],
		['nine days after it began, in a report of the trip', '2024-04-29', [SOURCE], true],
		['ten days after it began', '2024-04-30', [SOURCE], false],
		['the day before it began', '2024-04-19', [SOURCE], false],
		[
			'days after it began, in another article only',
			'2024-04-23',
			[{ article: 'b', paragraph: 'p-1', quote: 'quoted' }],
			false,
		],
	])('holds a meeting on %s: %s', (_, day, sources, joined) => {
		const { meetings } = linkEvents([trip], [days(day as string, sources as (typeof SOURCE)[])]);
		expect(meetings[0]!.events.includes('trip')).toBe(joined);
	});
});
