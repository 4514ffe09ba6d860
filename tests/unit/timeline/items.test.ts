import { describe, expect, test } from 'vitest';
import { compareItems, eventItem, meetingItem, segmentsOf } from '../../../src/lib/timeline/items.ts';
import { event, meeting } from '../lib/records.ts';
import { events, meetings } from './corpus.ts';

const byId = (id: string) => events.find((e) => e.id === id)!;

describe('segmentsOf', () => {
	test('makes an exact day one certain segment', () => {
		expect(segmentsOf({ first: '2024-04-23', last: '2024-04-23' }, null)).toEqual([
			{ first: '2024-04-23', last: '2024-04-23', certain: true },
		]);
	});

	test('makes a date known to a week one uncertain band over the week', () => {
		expect(segmentsOf({ first: '2023-05-22', last: '2023-05-28' }, null)).toEqual([
			{ first: '2023-05-22', last: '2023-05-28', certain: false },
		]);
	});

	test('gives a span a certain core between uncertain ends', () => {
		expect(
			segmentsOf({ first: '2025-05-20', last: '2025-05-25' }, { first: '2025-05-26', last: '2025-05-31' }),
		).toEqual([
			{ first: '2025-05-20', last: '2025-05-24', certain: false },
			{ first: '2025-05-25', last: '2025-05-26', certain: true },
			{ first: '2025-05-27', last: '2025-05-31', certain: false },
		]);
	});

	test('draws a span of exact days as one certain segment', () => {
		expect(
			segmentsOf({ first: '2024-04-23', last: '2024-04-23' }, { first: '2024-04-25', last: '2024-04-25' }),
		).toEqual([{ first: '2024-04-23', last: '2024-04-25', certain: true }]);
	});

	test('makes the whole span uncertain when its start may fall after its end begins', () => {
		expect(
			segmentsOf({ first: '2023-05-22', last: '2023-05-28' }, { first: '2023-05-22', last: '2023-05-28' }),
		).toEqual([{ first: '2023-05-22', last: '2023-05-28', certain: false }]);
	});
});

describe('eventItem', () => {
	test('draws a trip known only to its week as a band from its earliest to its latest day', () => {
		const item = eventItem(byId('2023-05-trip-to-moscow'));
		expect(item.segments).toEqual([{ first: '2023-05-22', last: '2023-05-28', certain: false }]);
		expect([item.earliest, item.latest]).toEqual(['2023-05-22', '2023-05-28']);
	});

	test('draws an exact span with no band', () => {
		const item = eventItem(byId('2024-04-12th-meeting'));
		expect(item.segments.every((segment) => segment.certain)).toBe(true);
	});

	test('turns a disputed start day into an uncertain start', () => {
		const item = eventItem(byId('2024-04-trip-to-russia'));
		expect(item.segments).toEqual([
			{ first: '2024-04-20', last: '2024-04-20', certain: false },
			{ first: '2024-04-21', last: '2024-04-28', certain: true },
		]);
		expect(item.disputed).toEqual([{ field: 'start', values: ['2024-04-20', '2024-04-21'] }]);
	});

	test('keeps a week-to-week span within the bounds the record gives', () => {
		const item = eventItem(byId('2025-05-trip-to-hungary-and-russia'));
		expect(item.segments.map((s) => [s.first, s.last, s.certain])).toEqual([
			['2025-05-20', '2025-05-24', false],
			['2025-05-25', '2025-05-26', true],
			['2025-05-27', '2025-05-31', false],
		]);
		expect([item.startPrecision, item.endPrecision]).toEqual(['week', 'week']);
	});

	test('falls back to the record’s bounds for a date given in words', () => {
		const item = eventItem(
			event({ start: 'spring', datePrecision: 'month', earliest: '2024-03-01', latest: '2024-05-31' }),
		);
		expect(item.segments).toEqual([{ first: '2024-03-01', last: '2024-05-31', certain: false }]);
	});
});

describe('meetingItem', () => {
	test.each([
		['a meeting on a known day', meetings[2]!, [{ first: '2024-04-23', last: '2024-04-23', certain: true }]],
		[
			'a meeting known to days of a week',
			meetings[0]!,
			[{ first: '2023-05-22', last: '2023-05-25', certain: false }],
		],
	])('draws %s from its earliest to its latest day', (_, record, segments) => {
		expect(meetingItem(record).segments).toEqual(segments);
	});

	test('keeps the events it took place during, its place and whether it was planned', () => {
		const item = meetingItem(meeting({ place: 'Moscow', status: 'planned', events: ['trip'] }));
		expect([item.places, item.planned, item.during]).toEqual([['Moscow'], true, ['trip']]);
	});
});

describe('compareItems', () => {
	test('puts marks in time order: on one day the longer first, then trips before conferences before meetings', () => {
		const items = [...events.map(eventItem), ...meetings.map(meetingItem)].sort(compareItems);
		expect(items.map((item) => item.id)).toEqual([
			'2022-10-appointment',
			'2023-03-putin-xi',
			'2023-05-trip-to-moscow',
			'2023-05-11th-meeting',
			'2023-w21-naryshkin',
			'2023-w21-patrushev',
			'2024-04-trip-to-russia',
			'2024-04-12th-meeting',
			'2024-04-23-patrushev',
			'2024-04-blinken-visit',
			'2025-05-trip-to-hungary-and-russia',
			'2025-05-27-shoigu',
		]);
	});
});
