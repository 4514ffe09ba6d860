import { describe, expect, test } from 'vitest';
import {
	leadOfficial,
	meetingCounts,
	officialItems,
	officialsWithMeetings,
	officialsWithTimelines,
	minTimelineItems,
	switchOfficials,
} from '../../../src/lib/timeline/views.ts';
import { official } from '../lib/records.ts';
import { records } from './corpus.ts';

const officials = ['antony-blinken', 'chen-wenqing', 'nikolai-patrushev', 'xi-jinping'].map((id) =>
	official({ id }),
);

describe('officialsWithMeetings', () => {
	test('keeps the officials in at least one meeting, in the order given', () => {
		expect(officialsWithMeetings(officials, records.meetings).map((o) => o.id)).toEqual([
			'chen-wenqing',
			'nikolai-patrushev',
			'xi-jinping',
		]);
	});
});

describe('officialsWithTimelines', () => {
	test('keeps the officials whose timeline holds at least minTimelineItems items, in the order given', () => {
		const counts = new Map([
			['chen-wenqing', 11],
			['nikolai-patrushev', 1],
			['xi-jinping', minTimelineItems],
		]);
		expect(officialsWithTimelines(officials, (o) => counts.get(o.id) ?? 0).map((o) => o.id)).toEqual([
			'chen-wenqing',
			'xi-jinping',
		]);
	});
});

describe('leadOfficial', () => {
	test('opens the timeline on the official in the most meetings', () => {
		expect(leadOfficial(officials, records.meetings)?.id).toBe('chen-wenqing');
	});
});

describe('officialItems', () => {
	test('takes the official’s meetings, their events and the trips they were met on', () => {
		expect(officialItems(records, 'nikolai-patrushev').map((item) => item.id)).toEqual([
			'2023-05-trip-to-moscow',
			'2023-05-11th-meeting',
			'2023-w21-patrushev',
			'2024-04-trip-to-russia',
			'2024-04-12th-meeting',
			'2024-04-23-patrushev',
		]);
	});

	test('leaves out what the official took no part in', () => {
		expect(officialItems(records, 'chen-wenqing').map((item) => item.id)).not.toContain(
			'2024-04-blinken-visit',
		);
	});
});

describe('switchOfficials', () => {
	const people = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
	const met = [{ participants: ['c', 'd'] }, { participants: ['c', 'b'] }, { participants: ['c', 'd'] }];

	test('offers everyone when there are few', () => {
		expect(switchOfficials(people, met, null, 4).map((o) => o.id)).toEqual(['a', 'b', 'c', 'd']);
	});

	test('offers those in the most meetings, and the current one, in the order given', () => {
		expect(switchOfficials(people, met, null, 2).map((o) => o.id)).toEqual(['c', 'd']);
		expect(switchOfficials(people, met, 'a', 2).map((o) => o.id)).toEqual(['a', 'c', 'd']);
	});
});

describe('meetingCounts', () => {
	test('counts each official’s meetings once per meeting', () => {
		expect(meetingCounts([{ participants: ['a', 'b'] }, { participants: ['a', 'a'] }])).toEqual(
			new Map([
				['a', 2],
				['b', 1],
			]),
		);
	});
});
