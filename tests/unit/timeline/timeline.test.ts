import { describe, expect, test } from 'vitest';
import { layoutOverview } from '../../../src/lib/timeline/overview.ts';
import { buildTimeline } from '../../../src/lib/timeline/timeline.ts';
import { everythingItems, officialItems } from '../../../src/lib/timeline/views.ts';
import { names, records } from './corpus.ts';

const chen = buildTimeline(officialItems(records, 'chen-wenqing'), names, 'chen-wenqing');
const everything = buildTimeline(everythingItems(records), names, null);

describe('buildTimeline', () => {
	test('makes the table’s rows the chart’s marks, one to one and in the same order', () => {
		for (const timeline of [chen, everything]) {
			expect(timeline.rows.map((row) => row.id)).toEqual(timeline.marks.map((m) => m.item.id));
			expect(timeline.rows.map((row) => row.url)).toEqual(timeline.marks.map((m) => m.item.url));
			expect(new Set(timeline.rows.map((row) => row.id)).size).toBe(timeline.rows.length);
		}
	});

	test('lays every mark out in time order across the panels', () => {
		for (const timeline of [chen, everything]) {
			const days = timeline.marks.map((m) => m.item.earliest);
			expect(days).toEqual([...days].sort());
		}
	});

	test('shows Chen Wenqing’s three trips, each with its meetings in its panel', () => {
		const trips = chen.panels.filter((panel) => panel.marks.some((m) => m.item.kind === 'trip'));
		expect(
			trips.map((panel) => [
				panel.title,
				panel.marks.filter((m) => m.item.kind === 'meeting').map((m) => m.item.id),
			]),
		).toEqual([
			['Chen Wenqing’s trip to Moscow', ['2023-w21-naryshkin', '2023-w21-patrushev']],
			['Chen Wenqing’s trip to Russia', ['2024-04-23-patrushev']],
			['Chen Wenqing’s trip to Hungary and Russia', ['2025-05-27-shoigu']],
		]);
	});

	test('writes the table’s dates, precision and bounds in words', () => {
		expect(chen.rows.find((row) => row.id === '2023-05-trip-to-moscow')).toMatchObject({
			start: 'week of 22 May 2023 (ISO week 2023-W21)',
			end: '',
			precision: 'week (between 22 and 28 May 2023)',
			places: 'Moscow',
			participants: 'Chen Wenqing',
		});
		expect(chen.rows.find((row) => row.id === '2024-04-trip-to-russia')?.precision).toBe(
			'day; the sources disagree on the start: 20 April 2024 or 21 April 2024 (between 20 and 28 April 2024)',
		);
	});
});

describe('layoutOverview', () => {
	test('spans whole years from the first item to the last', () => {
		expect(chen.overview.domain).toEqual({ first: '2022-01-01', last: '2025-12-31' });
	});

	test('numbers a marker for each panel and never lets two cover each other', () => {
		const { markers } = layoutOverview(everythingItems(records), everything.episodes);
		expect(markers.map((m) => m.number)).toEqual(everything.panels.map((_, i) => i + 1));
		for (const a of markers)
			for (const b of markers)
				if (a !== b && a.y === b.y) expect(Math.abs(a.x - b.x) * 300).toBeGreaterThanOrEqual(20);
	});

	test('puts each kind in its own row and draws every item once', () => {
		expect(chen.overview.rows.map((row) => row.label)).toEqual([
			'Trips and visits',
			'Conferences',
			'Meetings',
			'Other events',
		]);
		expect(chen.overview.shapes.map((shape) => shape.item.id).sort()).toEqual(
			chen.marks.map((m) => m.item.id).sort(),
		);
	});
});
