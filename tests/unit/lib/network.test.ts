import { describe, expect, test } from 'vitest';
import {
	footprint,
	layoutNetwork,
	networkLimits,
	selectNetwork,
	separate,
} from '../../../src/lib/network.ts';
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

	test('leaves out an official whose meetings are all with officials left out, for the next who met one drawn', () => {
		// e met f twice and f met no one else kept; g met a once: e, though in more meetings than g,
		// would be a circle with no line, and g takes the place.
		const people = ['a', 'b', 'e', 'f', 'g'].map(official);
		const held = [
			meeting('m1', ['a', 'b']),
			meeting('m2', ['a', 'b']),
			meeting('m3', ['e', 'f']),
			meeting('m4', ['e', 'f']),
			meeting('m5', ['a', 'g']),
		];
		const selection = selectNetwork(people, held, 3);
		expect(selection.officials.map((o) => o.id)).toEqual(['a', 'b', 'g']);
		expect(selection.meetings.map((m) => m.id)).toEqual(['m1', 'm2', 'm5']);
		expect(selection.hiddenOfficials).toBe(2);
		// Every official kept is drawn.
		expect(layoutNetwork(selection.officials, selection.meetings).nodes).toHaveLength(3);
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

/** The box an official takes up in `layout`: the circle and the name under it. */
const boxOf = (node: { x: number; y: number; r: number; name: string }) => {
	const f = footprint(node.r, node.name);
	return { left: node.x - f.left, right: node.x + f.right, top: node.y - f.top, bottom: node.y + f.bottom };
};
const overlap = (a: ReturnType<typeof boxOf>, b: ReturnType<typeof boxOf>) =>
	a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('layoutNetwork with many officials', () => {
	// Thirty officials with long names, everyone meeting everyone near them: a crowded drawing.
	const crowd = Array.from({ length: 30 }, (_, i) => ({
		...official(`official-${i}`),
		name: `Aleksandra Konstantinopolskaya ${i}`,
	})) as unknown as Official[];
	const meetingsOf = crowd.flatMap((a, i) =>
		crowd.slice(i + 1, i + 6).map((b, j) => meeting(`m-${i}-${j}`, [a.id, b.id])),
	);
	const layout = layoutNetwork(crowd, meetingsOf);

	test('is drawn taller than a small network, to make room for every name', () => {
		expect(layout.height).toBeGreaterThan(layoutNetwork(officials, meetings).height);
	});

	test('puts no official’s circle or name over another’s', () => {
		const boxes = layout.nodes.map(boxOf);
		const overlapping = boxes.flatMap((a, i) =>
			boxes.slice(i + 1).flatMap((b, j) => (overlap(a, b) ? [[i, i + 1 + j]] : [])),
		);
		expect(overlapping).toEqual([]);
	});

	test('keeps every name inside the drawing', () => {
		for (const box of layout.nodes.map(boxOf)) {
			expect(box.left).toBeGreaterThanOrEqual(0);
			expect(box.right).toBeLessThanOrEqual(layout.width);
			expect(box.top).toBeGreaterThanOrEqual(0);
			expect(box.bottom).toBeLessThanOrEqual(layout.height);
		}
	});
});

describe('separate', () => {
	const box = (x: number, y: number) => ({ x, y, left: 10, right: 10, top: 10, bottom: 10 });

	test('moves overlapping boxes apart along the axis they overlap least in', () => {
		const [a, b] = separate([box(50, 50), box(60, 52)], 200, 200);
		expect([a!.y, b!.y]).toEqual([50, 52]);
		expect(b!.x - a!.x).toBeGreaterThanOrEqual(20);
	});

	test('leaves boxes that do not overlap where they are', () => {
		expect(separate([box(20, 20), box(100, 100)], 200, 200)).toEqual([
			{ x: 20, y: 20 },
			{ x: 100, y: 100 },
		]);
	});

	test('moves two boxes at one spot apart, the same way every time', () => {
		const placed = separate([box(50, 50), box(50, 50)], 200, 200);
		expect(placed[0]).not.toEqual(placed[1]);
		expect(separate([box(50, 50), box(50, 50)], 200, 200)).toEqual(placed);
	});

	test('keeps each box inside the drawing', () => {
		const [{ x, y }] = separate([box(0, 195)], 200, 200) as [{ x: number; y: number }];
		expect(x).toBeGreaterThanOrEqual(10);
		expect(x).toBeLessThan(15);
		expect(y).toBeLessThanOrEqual(190);
		expect(y).toBeGreaterThan(185);
	});
});

describe('footprint', () => {
	test('is as wide as the name under the circle, or the circle when the name is shorter', () => {
		expect(footprint(10, 'Li').left).toBe(10);
		expect(footprint(10, 'Aleksandra Konstantinopolskaya').left).toBeGreaterThan(80);
	});

	test('counts a CJK character as two letters wide', () => {
		expect(footprint(0, '陈文清').left).toBe(footprint(0, 'Chen W').left);
	});
});
