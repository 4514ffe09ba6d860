import { describe, expect, test } from 'vitest';
import { conflictFieldLabel, groupByKind, groupConflicts } from '../../../src/lib/events.ts';
import { event, source } from './records.ts';

describe('groupByKind', () => {
	test('lists kinds in a fixed order, newest first within each, and leaves out empty kinds', () => {
		const events = [
			event({ id: 'old-trip', kind: 'trip', earliest: '2023-05-22' }),
			event({ id: 'attack', kind: 'attack', earliest: '2024-03-01' }),
			event({ id: 'new-trip', kind: 'trip', earliest: '2025-05-20' }),
			event({ id: 'conference', kind: 'conference', earliest: '2024-04-23' }),
		];
		expect(groupByKind(events).map((g) => [g.heading, g.events.map((e) => e.id)])).toEqual([
			['Trips', ['new-trip', 'old-trip']],
			['Conferences', ['conference']],
			['Attacks', ['attack']],
		]);
	});
});

describe('groupConflicts', () => {
	test('gathers the values given for each field, in the order first given', () => {
		const conflicts = [
			{ field: 'start', value: '2024-04-20', sources: [source('a', 'p-6')] },
			{ field: 'end', value: '2024-04-28', sources: [source('b', 'p-2')] },
			{ field: 'start', value: '2024-04-21', sources: [source('b', 'p-2')] },
		];
		expect(groupConflicts(conflicts).map((g) => [g.field, g.values.map((v) => v.value)])).toEqual([
			['start', ['2024-04-20', '2024-04-21']],
			['end', ['2024-04-28']],
		]);
	});
});

describe('conflictFieldLabel', () => {
	test.each([
		['start', 'Start date'],
		['end', 'End date'],
		['place', 'Place'],
	])('calls %s "%s"', (field, expected) => {
		expect(conflictFieldLabel(field)).toBe(expected);
	});
});
