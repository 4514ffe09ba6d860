import { describe, expect, test } from 'vitest';
import { byDate, byDateNewestFirst, neighbours } from '../../../src/lib/chronology.ts';

const dated = (id: string, earliest: string, latest = earliest) => ({ id, earliest, latest });

describe('byDate', () => {
	test('puts earlier first, then the narrower span, then sorts by id', () => {
		const items = [
			dated('week', '2023-05-22', '2023-05-28'),
			dated('later', '2024-04-23'),
			dated('b-day', '2023-05-22'),
			dated('a-day', '2023-05-22'),
		];
		expect(items.sort(byDate).map((item) => item.id)).toEqual(['a-day', 'b-day', 'week', 'later']);
	});
});

describe('byDateNewestFirst', () => {
	test('reverses date order', () => {
		const items = [dated('old', '2023-03-01'), dated('new', '2025-05-27')];
		expect(items.sort(byDateNewestFirst).map((item) => item.id)).toEqual(['new', 'old']);
	});
});

describe('neighbours', () => {
	const items = [dated('c', '2025-01-01'), dated('a', '2023-01-01'), dated('b', '2024-01-01')];

	test('finds the items just before and after in date order, whatever the input order', () => {
		expect(neighbours(items, 'b')).toEqual({ previous: items[1], next: items[0] });
	});

	test('leaves out the previous item of the first and the next item of the last', () => {
		expect(neighbours(items, 'a')).toEqual({ next: items[2] });
		expect(neighbours(items, 'c')).toEqual({ previous: items[2] });
	});

	test('finds nothing for an id that is not there', () => {
		expect(neighbours(items, 'z')).toEqual({});
	});
});
