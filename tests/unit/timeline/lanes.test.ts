import { describe, expect, test } from 'vitest';
import { packLanes } from '../../../src/lib/timeline/lanes.ts';
import { lanesAreClear } from './corpus.ts';

describe('packLanes', () => {
	test('puts an extent in the first lane that is free by then', () => {
		expect(
			packLanes([
				{ start: 0, end: 5 },
				{ start: 2, end: 3 },
				{ start: 4, end: 6 },
				{ start: 6, end: 9 },
			]),
		).toEqual([0, 1, 1, 0]);
	});

	test('keeps a gap between neighbours in a lane', () => {
		expect(
			packLanes(
				[
					{ start: 0, end: 5 },
					{ start: 6, end: 8 },
				],
				2,
			),
		).toEqual([0, 1]);
	});

	test('never lets two extents in one lane overlap', () => {
		// A fixed pseudo-random sequence, so the test is the same on every run.
		let seed = 7;
		const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 100;
		const extents = Array.from({ length: 200 }, () => {
			const start = random();
			return { start, end: start + random() / 5 };
		}).sort((a, b) => a.start - b.start);
		expect(lanesAreClear(extents, packLanes(extents))).toBe(true);
	});
});
