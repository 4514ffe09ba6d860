import { describe, expect, test } from 'vitest';
import { dayRange, overlaps } from '../../../scripts/eval/dates.ts';

describe('dayRange', () => {
	test.each([
		['2024-04-23', ['2024-04-23', '2024-04-23']],
		['2024-W17', ['2024-04-22', '2024-04-28']],
		['2021-W01', ['2021-01-04', '2021-01-10']],
		['2020-W53', ['2020-12-28', '2021-01-03']],
		['2024-02', ['2024-02-01', '2024-02-29']],
		['2023-02', ['2023-02-01', '2023-02-28']],
		['2024', ['2024-01-01', '2024-12-31']],
	])('%s is the days %j', (date, range) => {
		expect(dayRange(date)).toEqual(range);
	});
});

describe('overlaps', () => {
	test('holds when two ranges share a day, the last day included', () => {
		expect(overlaps(['2024-04-20', '2024-04-28'], ['2024-04-28', '2024-05-02'])).toBe(true);
		expect(overlaps(['2024-04-20', '2024-04-27'], ['2024-04-28', '2024-05-02'])).toBe(false);
	});
});
