import { describe, expect, test } from 'vitest';
import { disagreements, latestMeetings } from '../../../src/lib/home.ts';
import type { Event } from '../../../src/schemas/event.ts';
import type { Figure } from '../../../src/schemas/figure.ts';
import type { Meeting } from '../../../src/schemas/meeting.ts';

const source = { article: 'a', paragraph: 'p-1', quote: 'q' };

describe('disagreements', () => {
	test('lists events’ conflicting fields and conflicting figure groups, nothing that agrees', () => {
		const trip = {
			title: 'Trip',
			url: '/events/trip/',
			conflicts: [
				{ field: 'start', value: '2024-04-20', sources: [source] },
				{ field: 'start', value: '2024-04-21', sources: [source] },
			],
		} as unknown as Event;
		const calm = { title: 'Calm', url: '/events/calm/', conflicts: [] } as unknown as Event;
		const figure = (text: string, group: string, agreement: Figure['agreement']) =>
			({ text, group, agreement, measure: `m-${group}` }) as unknown as Figure;
		expect(
			disagreements(
				[trip, calm],
				[
					figure('133', 'killed', 'conflicting'),
					figure('137', 'killed', 'conflicting'),
					figure('240', 'trade', 'consistent'),
				],
			),
		).toEqual([
			{ title: 'Trip', url: '/events/trip/', detail: 'start: 20 April 2024 or 21 April 2024' },
			{ title: 'M-killed', url: '/figures/#group-killed', detail: '133 or 137' },
		]);
	});
});

describe('latestMeetings', () => {
	test('gives the held meetings, newest first', () => {
		const meeting = (id: string, latest: string, status: Meeting['status'] = 'held') =>
			({ id, latest, status }) as unknown as Meeting;
		const result = latestMeetings(
			[
				meeting('a', '2023-05-25'),
				meeting('b', '2025-05-27'),
				meeting('c', '2026-01-01', 'planned'),
				meeting('d', '2024-04-23'),
			],
			2,
		);
		expect(result.map((m) => m.id)).toEqual(['b', 'd']);
	});
});
