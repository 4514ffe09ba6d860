import { describe, expect, test } from 'vitest';
import { addDays } from '../../../src/lib/timeline/days.ts';
import { groupEpisodes } from '../../../src/lib/timeline/episodes.ts';
import { layoutPanel, panelDomain, type MarkLayout } from '../../../src/lib/timeline/panel.ts';
import { position } from '../../../src/lib/timeline/ticks.ts';
import { everythingItems, officialItems } from '../../../src/lib/timeline/views.ts';
import { lanesAreClear, names, records } from './corpus.ts';

const chen = groupEpisodes(officialItems(records, 'chen-wenqing')).map((episode) =>
	layoutPanel(episode, names, 'chen-wenqing'),
);
const everything = groupEpisodes(everythingItems(records)).map((episode) =>
	layoutPanel(episode, names, null),
);
const panels = [...chen, ...everything];
const mark = (id: string) => chen.flatMap((panel) => panel.marks).find((m) => m.item.id === id)!;

/** The band of pixels down the panel that a mark and its label take. */
const band = (m: MarkLayout) => ({
	top: Math.min(m.y, m.label.narrow.y - 13),
	bottom: Math.max(m.y + m.height, m.label.narrow.y + 4),
});

describe('panelDomain', () => {
	test('shows at least a week, with a margin of days around the episode', () => {
		expect(panelDomain({ first: '2024-04-23', last: '2024-04-23' })).toEqual({
			first: '2024-04-20',
			last: '2024-04-26',
		});
		expect(panelDomain({ first: '2024-04-20', last: '2024-04-28' })).toEqual({
			first: '2024-04-19',
			last: '2024-04-29',
		});
	});
});

describe('layoutPanel', () => {
	test('draws an uncertain date as a faded band from its earliest to its latest day', () => {
		const moscow = mark('2023-05-trip-to-moscow');
		const { domain } = chen[1]!;
		expect(moscow.segments).toEqual([
			expect.objectContaining({
				certain: false,
				x0: position('2023-05-22', domain),
				x1: position(addDays('2023-05-28', 1), domain),
			}),
		]);
	});

	test('draws an exact day with no band: a meeting as a diamond, a span as solid days', () => {
		const meeting = mark('2024-04-23-patrushev');
		expect(meeting.point).not.toBeNull();
		expect(meeting.segments.every((segment) => segment.certain)).toBe(true);
		expect(mark('2024-04-12th-meeting').segments.every((segment) => segment.certain)).toBe(true);
	});

	test('gives a span with vague ends a solid core and faded ends', () => {
		const trip = mark('2025-05-trip-to-hungary-and-russia');
		expect(trip.segments.map((segment) => segment.certain)).toEqual([false, true, false]);
		expect(trip.segments[0]!.x1).toBeCloseTo(trip.segments[1]!.x0);
	});

	test('keeps each panel’s marks in time order', () => {
		for (const panel of panels) {
			const days = panel.marks.map((m) => m.item.earliest);
			expect(days).toEqual([...days].sort());
		}
	});

	test('never lets marks or labels overlap within a row', () => {
		for (const panel of panels) {
			const extents = panel.marks.map((m) => m.extent);
			expect(
				lanesAreClear(
					extents,
					panel.marks.map((m) => m.row),
				),
			).toBe(true);
		}
	});

	test('never lets rows overlap down the panel, nor run past its height', () => {
		for (const panel of panels) {
			const rows = [...new Set(panel.marks.map((m) => m.row))].sort((a, b) => a - b);
			const bands = rows.map((row) => {
				const inRow = panel.marks.filter((m) => m.row === row).map(band);
				return { top: Math.min(...inRow.map((b) => b.top)), bottom: Math.max(...inRow.map((b) => b.bottom)) };
			});
			bands.forEach((b, i) => expect(b.bottom).toBeLessThanOrEqual(bands[i + 1]?.top ?? panel.height));
		}
	});

	test('keeps every label inside the panel, narrow and wide', () => {
		for (const m of panels.flatMap((panel) => panel.marks)) {
			expect(m.extent.start).toBeGreaterThanOrEqual(0);
			expect(m.extent.end).toBeLessThanOrEqual(1);
		}
	});

	test('hangs a trip’s meetings under it, with a notch on its bar for a meeting on a known day', () => {
		const trip = mark('2024-04-trip-to-russia');
		const meeting = mark('2024-04-23-patrushev');
		expect(meeting.row).toBe(trip.row + 1);
		expect(meeting.notch).toEqual({ x: meeting.point, y: trip.y, height: trip.height });
	});

	test('labels the official’s trip with its places and a meeting with whom they met, and where', () => {
		expect(mark('2024-04-trip-to-russia').label.wide.text).toBe('Trip to Russia');
		expect(mark('2024-04-23-patrushev').label.wide.text).toBe('With Nikolai Patrushev · St Petersburg');
	});

	test('makes a nine-day trip wide enough to tell its days apart at 300 pixels', () => {
		const trip = mark('2024-04-trip-to-russia');
		const width = (trip.segments.at(-1)!.x1 - trip.segments[0]!.x0) * 300;
		expect(width / 9).toBeGreaterThan(20);
	});
});
