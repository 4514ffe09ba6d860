import { describe, expect, test } from 'vitest';
import { coParticipants, eventsOf, mainRole, meetingsOf, rolePeriod } from '../../../src/lib/officials.ts';
import { event, meeting, source } from './records.ts';

const role = (title: string, sources: number, former = false) => ({
	title,
	former,
	sources: Array.from({ length: sources }, (_, i) => source('a', `p-${i + 1}`)),
});

describe('mainRole', () => {
	test('names an official by the current role the most sources state', () => {
		expect(
			mainRole({ roles: [role('member', 2), role('secretary', 5), role('minister', 9, true)] })?.title,
		).toBe('secretary');
	});

	test('keeps the first of current roles stated equally often', () => {
		expect(mainRole({ roles: [role('intelligence chief', 1), role('spy chief', 1)] })?.title).toBe(
			'intelligence chief',
		);
	});

	test('finds no main role when every role is former or there is none', () => {
		expect(mainRole({ roles: [role('minister', 2, true)] })).toBeUndefined();
		expect(mainRole({ roles: [] })).toBeUndefined();
	});
});

describe('rolePeriod', () => {
	test.each([
		[{ from: '2022-10' }, 'since October 2022'],
		[{ to: '2022-10' }, 'until October 2022'],
		[{ from: '2019', to: '2022-10' }, '2019 to October 2022'],
		[{}, ''],
	])('writes %o as "%s"', (period, expected) => {
		expect(rolePeriod(period)).toBe(expected);
	});
});

describe('meetingsOf and eventsOf', () => {
	test('keep what the official took part in, in date order', () => {
		const meetings = [
			meeting({ id: 'late', earliest: '2025-05-27', participants: ['chen', 'shoigu'] }),
			meeting({ id: 'other', participants: ['xi', 'putin'] }),
			meeting({ id: 'early', earliest: '2023-05-22', participants: ['chen', 'patrushev'] }),
		];
		expect(meetingsOf('chen', meetings).map((m) => m.id)).toEqual(['early', 'late']);

		const events = [
			event({ id: 'trip', participants: ['chen'] }),
			event({ id: 'visit', participants: ['xi'] }),
		];
		expect(eventsOf('chen', events).map((e) => e.id)).toEqual(['trip']);
	});
});

describe('coParticipants', () => {
	test('counts the meetings with each other official, most met first, then by id', () => {
		const meetings = [
			meeting({ id: '1', participants: ['chen', 'patrushev'] }),
			meeting({ id: '2', participants: ['chen', 'naryshkin'] }),
			meeting({ id: '3', participants: ['chen', 'patrushev'] }),
			meeting({ id: '4', participants: ['chen', 'lavrov', 'shoigu'] }),
			meeting({ id: '5', participants: ['xi', 'putin'] }),
		];
		expect(coParticipants('chen', meetings)).toEqual([
			{ id: 'patrushev', meetings: 2 },
			{ id: 'lavrov', meetings: 1 },
			{ id: 'naryshkin', meetings: 1 },
			{ id: 'shoigu', meetings: 1 },
		]);
	});
});
