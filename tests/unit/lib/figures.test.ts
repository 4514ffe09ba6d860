import { describe, expect, test } from 'vitest';
import { agreementLabels, formatQuantity, groupFigures } from '../../../src/lib/figures.ts';
import { figure } from './records.ts';

describe('groupFigures', () => {
	test('puts conflicting groups first, then consistent, then single reports, each by measure', () => {
		const figures = [
			figure({ group: 'length', measure: 'length of the trip', agreement: 'single' }),
			figure({ group: 'trade', measure: 'trade', value: 240, agreement: 'consistent' }),
			figure({ group: 'deaths', measure: 'people killed', value: 133, agreement: 'conflicting' }),
			figure({ group: 'growth', measure: 'growth', agreement: 'consistent' }),
			figure({ group: 'trade', measure: 'trade', value: 240.1, agreement: 'consistent' }),
			figure({ group: 'deaths', measure: 'people killed', value: 137, agreement: 'conflicting' }),
		];
		expect(groupFigures(figures).map((g) => [g.id, g.figures.map((f) => f.value)])).toEqual([
			['deaths', [133, 137]],
			['growth', [1]],
			['trade', [240, 240.1]],
			['length', [1]],
		]);
	});
});

describe('agreementLabels', () => {
	test('name each kind of agreement for the badge', () => {
		expect(agreementLabels).toEqual({
			conflicting: 'Sources conflict',
			consistent: 'Consistent (rounding)',
			single: 'One source',
		});
	});
});

describe('formatQuantity', () => {
	test.each([
		[240100000000, 'USD', '240.1 billion USD'],
		[240000000000, 'USD', '240 billion USD'],
		[2500000, 'people', '2.5 million people'],
		[1200, 'people', '1,200 people'],
		[26.3, 'percent', '26.3 percent'],
		[3, 'days', '3 days'],
	])('writes %d %s as "%s"', (value, unit, expected) => {
		expect(formatQuantity(value, unit)).toBe(expected);
	});
});
