import { describe, expect, test } from 'vitest';
import { axisTicks, gridLines } from '../../../src/lib/timeline/ticks.ts';
import { estimateWidth } from '../../../src/lib/timeline/text.ts';

const labels = (first: string, last: string, width: number) =>
	axisTicks({ first, last }, width, 11).map((tick) => tick.label);

describe('axisTicks', () => {
	test('labels every day of a short panel, naming the month where it starts and changes', () => {
		expect(labels('2024-04-27', '2024-05-03', 640)).toEqual(['27 Apr', '28', '29', '30', '1 May', '2', '3']);
	});

	test('steps to every other day, then weeks, when days are too narrow for labels', () => {
		expect(labels('2025-05-19', '2025-06-01', 300)).toEqual([
			'20 May',
			'22',
			'24',
			'26',
			'28',
			'30',
			'1 Jun',
		]);
		expect(labels('2024-03-01', '2024-04-28', 300)).toEqual([
			'4 Mar',
			'11',
			'18',
			'25',
			'1 Apr',
			'8',
			'15',
			'22',
		]);
	});

	test('labels years, every other year when narrow', () => {
		expect(labels('2014-01-01', '2025-12-31', 640)[0]).toBe('2014');
		expect(labels('2014-01-01', '2025-12-31', 300)).toEqual(['2014', '2016', '2018', '2020', '2022', '2024']);
	});

	test('never lets two labels collide', () => {
		for (const width of [300, 640]) {
			const ticks = axisTicks({ first: '2024-04-01', last: '2024-04-30' }, width, 11);
			ticks.slice(1).forEach((tick, i) => {
				const previous = ticks[i]!;
				const room = (tick.x - previous.x) * width;
				expect(room).toBeGreaterThan((estimateWidth(previous.label, 11) + estimateWidth(tick.label, 11)) / 2);
			});
		}
	});
});

describe('gridLines', () => {
	test('draws a line between every two days when a day is wide enough', () => {
		expect(gridLines({ first: '2024-04-20', last: '2024-04-28' }, 300)).toHaveLength(8);
	});
});
