import { describe, expect, test } from 'vitest';
import { layoutNetwork, networkLimits, selectNetwork } from '../../../src/lib/network.ts';
import type { Meeting } from '../../../src/schemas/meeting.ts';
import type { Official } from '../../../src/schemas/official.ts';

const official = (id: string) =>
	({ id, name: id.toUpperCase(), url: `/officials/${id}/` }) as unknown as Official;
const meeting = (id: string, participants: string[], status: Meeting['status'] = 'held') =>
	({ id, url: `/meetings/${id}/`, title: id, date: '2024', status, participants }) as unknown as Meeting;

const officials = ['a', 'b', 'c', 'd'].map(official);
const meetings = [
	meeting('m1', ['a', 'b']),
	meeting('m2', ['a', 'b']),
	meeting('m3', ['a', 'c', 'd'], 'planned'),
];

describe('layoutNetwork', () => {
	const layout = layoutNetwork(officials, meetings);

	test('draws every official with a meeting, sized by their number of meetings', () => {
		expect(layout.nodes.map((n) => [n.id, n.meetings])).toEqual([
			['a', 3],
			['b', 2],
			['c', 1],
			['d', 1],
		]);
		const r = new Map(layout.nodes.map((n) => [n.id, n.r]));
		expect(r.get('a')!).toBeGreaterThan(r.get('b')!);
		expect(r.get('b')!).toBeGreaterThan(r.get('c')!);
	});

	test('makes each meeting an edge per pair of participants, arcs for a pair that met twice', () => {
		expect(layout.edges.map((e) => [e.id, e.source, e.target])).toEqual([
			['m1', 'a', 'b'],
			['m2', 'a', 'b'],
			['m3', 'a', 'c'],
			['m3', 'a', 'd'],
			['m3', 'c', 'd'],
		]);
		expect(layout.edges.filter((e) => e.path.includes('Q'))).toHaveLength(2);
	});

	test('keeps every node inside the drawing', () => {
		for (const n of layout.nodes) {
			expect(n.x - n.r).toBeGreaterThanOrEqual(0);
			expect(n.x + n.r).toBeLessThanOrEqual(layout.width);
			expect(n.y - n.r).toBeGreaterThanOrEqual(0);
			expect(n.y + n.r).toBeLessThanOrEqual(layout.height);
		}
	});

	test('lays the same input out the same way every time', () => {
		expect(layoutNetwork(officials, meetings)).toEqual(layout);
	});
});

describe('selectNetwork', () => {
	test('keeps the officials in the most meetings, and the meetings between them', () => {
		const selection = selectNetwork(officials, meetings, 2);
		expect(selection.officials.map((o) => o.id)).toEqual(['a', 'b']);
		expect(selection.meetings.map((m) => m.id)).toEqual(['m1', 'm2']);
		expect(selection.hiddenOfficials).toBe(2);
		expect(selection.hiddenMeetings).toBe(1);
	});

	test('draws a meeting of three between the two of them who are kept', () => {
		const selection = selectNetwork(officials, meetings, 3);
		expect(selection.officials.map((o) => o.id)).toEqual(['a', 'b', 'c']);
		expect(selection.meetings.find((m) => m.id === 'm3')?.participants).toEqual(['a', 'c']);
	});

	test('keeps everyone when there are few', () => {
		expect(selectNetwork(officials, meetings).hiddenOfficials).toBe(0);
	});
});

describe('layoutNetwork with many meetings', () => {
	const many = Array.from({ length: networkLimits.meetings + 1 }, (_, i) =>
		meeting(`m${i}`, i % 3 === 0 ? ['a', 'c'] : ['a', 'b']),
	);
	const layout = layoutNetwork(officials, many);

	test('draws one line per pair, standing for all its meetings', () => {
		const edges = [...layout.edges].sort((a, b) => (a.id < b.id ? -1 : 1));
		expect(edges.map((e) => [e.id, e.meetings])).toEqual([
			['a|b', 54],
			['a|c', 27],
		]);
		expect(edges[0]!.title).toBe('A and B: 54 meetings');
		expect(edges[0]!.width).toBeGreaterThan(edges[1]!.width);
	});

	test('keeps the circles a readable size however many meetings there are', () => {
		expect(Math.max(...layout.nodes.map((n) => n.r))).toBeLessThanOrEqual(38.1);
	});
});
