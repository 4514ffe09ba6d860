import {
	forceCenter,
	forceCollide,
	forceLink,
	forceManyBody,
	forceSimulation,
	forceX,
	forceY,
	type SimulationNodeDatum,
} from 'd3';
import type { Meeting } from '../schemas/meeting.ts';
import type { Official } from '../schemas/official.ts';

export interface NetworkNode {
	id: string;
	name: string;
	url: string;
	/** How many meetings the official took part in. */
	meetings: number;
	x: number;
	y: number;
	r: number;
}

export interface NetworkEdge {
	/** The meeting's id when every meeting is its own edge; the pair's ids ("a|b") when edges are pairs. */
	id: string;
	/** How many meetings the edge stands for: 1, or the pair's meetings when edges are pairs. */
	meetings: number;
	url: string;
	title: string;
	date: string;
	status: Meeting['status'];
	source: string;
	target: string;
	/** SVG path data: a straight line, or an arc when one pair met more than once. */
	path: string;
	/** The line's width in pixels: wider for a pair with more meetings. */
	width: number;
}

export interface NetworkLayout {
	width: number;
	height: number;
	nodes: NetworkNode[];
	edges: NetworkEdge[];
}

interface Node extends SimulationNodeDatum {
	id: string;
}

const MARGIN = 70;
const TICKS = 400;

/** The most officials the network draws, and the most meetings it draws one line each; past that, a line per pair. */
export const networkLimits = { officials: 30, meetings: 80 };

/** The part of the network to draw: officials and meetings, and how many of each are left out. */
export interface NetworkSelection {
	officials: Official[];
	/** The meetings between the officials drawn, each with only those officials as participants. */
	meetings: Meeting[];
	/** Officials in at least one meeting who are not drawn. */
	hiddenOfficials: number;
	/** Meetings with fewer than two of the drawn officials. */
	hiddenMeetings: number;
}

/**
 * The `max` officials in the most meetings (ties by id) who met one another, and the meetings
 * between them. An official all of whose meetings are with officials left out would be a circle
 * with no line: they give way to the next in meetings who met one of those drawn. A meeting of
 * three of whom one is left out is drawn between the other two.
 */
export function selectNetwork(
	officials: readonly Official[],
	meetings: readonly Meeting[],
	max = networkLimits.officials,
): NetworkSelection {
	const counts = new Map<string, number>();
	for (const meeting of meetings)
		for (const p of new Set(meeting.participants)) counts.set(p, (counts.get(p) ?? 0) + 1);
	const met = officials.filter((o) => counts.has(o.id));
	const ranked = [...met].sort(
		(a, b) => counts.get(b.id)! - counts.get(a.id)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
	);
	const ids = new Set(ranked.slice(0, max).map((o) => o.id));
	const waiting = ranked.slice(max).map((o) => o.id);
	for (;;) {
		const partnered = new Set<string>();
		for (const meeting of meetings) {
			const drawn = meeting.participants.filter((id) => ids.has(id));
			if (new Set(drawn).size >= 2) for (const id of drawn) partnered.add(id);
		}
		const alone = [...ids].filter((id) => !partnered.has(id));
		if (alone.length === 0) break;
		for (const id of alone) ids.delete(id);
		while (ids.size < max && waiting.length > 0) ids.add(waiting.shift()!);
	}
	const between = meetings.flatMap((meeting) => {
		const participants = meeting.participants.filter((id) => ids.has(id));
		if (participants.length < 2) return [];
		return [participants.length === meeting.participants.length ? meeting : { ...meeting, participants }];
	});
	return {
		officials: officials.filter((o) => ids.has(o.id)),
		meetings: between,
		hiddenOfficials: met.length - ids.size,
		hiddenMeetings: meetings.length - between.length,
	};
}

/**
 * Lays out who met whom: officials with meetings as nodes sized by their number of meetings,
 * each meeting as an edge between two participants (a meeting of three is three edges); with more
 * than `networkLimits.meetings` meetings, one edge per pair of officials, standing for all their
 * meetings. The force simulation runs to rest at build time and is deterministic (d3-force seeds
 * its own random source), so two builds give the same drawing. Then no official's circle and name
 * overlap another's: a network of many is drawn taller than `minHeight`, and the officials are
 * moved apart (`separate`).
 */
export function layoutNetwork(
	officials: readonly Official[],
	meetings: readonly Meeting[],
	width = 760,
	minHeight = 520,
): NetworkLayout {
	const byPair = meetings.length > networkLimits.meetings;
	const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
	const allPairs = meetings.flatMap((meeting) =>
		meeting.participants.flatMap((a, i) =>
			meeting.participants.slice(i + 1).map((b) => ({ meeting, source: a, target: b })),
		),
	);
	const pairTotals = new Map<string, number>();
	for (const p of allPairs) {
		const key = pairKey(p.source, p.target);
		pairTotals.set(key, (pairTotals.get(key) ?? 0) + 1);
	}
	// One edge per pair: the pair's latest meeting stands for them all.
	const latestOfPair = new Map<string, (typeof allPairs)[number]>();
	if (byPair)
		for (const p of allPairs) {
			const key = pairKey(p.source, p.target);
			const seen = latestOfPair.get(key);
			if (!seen || p.meeting.latest > seen.meeting.latest) latestOfPair.set(key, p);
		}
	const pairs = byPair ? [...latestOfPair.values()] : allPairs;
	const counts = new Map<string, number>();
	for (const meeting of meetings)
		for (const p of meeting.participants) counts.set(p, (counts.get(p) ?? 0) + 1);
	const people = officials.filter((o) => counts.has(o.id)).sort((a, b) => a.id.localeCompare(b.id));
	// Circles grow with the square root of the meetings, up to the size of 16 meetings' however many the most has.
	const most = Math.max(0, ...counts.values());
	const radius = (id: string) => 10 + 7 * Math.sqrt(counts.get(id) ?? 0) * Math.min(1, Math.sqrt(16 / most));

	const nodes: Node[] = people.map((o) => ({ id: o.id }));
	const links = pairs.map((p) => ({ source: p.source, target: p.target }));
	const simulation = forceSimulation(nodes)
		.force(
			'link',
			forceLink<Node, { source: string; target: string }>(links)
				.id((d) => d.id)
				.distance(150),
		)
		.force('charge', forceManyBody().strength(-500))
		.force('center', forceCenter(width / 2, minHeight / 2))
		.force(
			'collide',
			forceCollide<Node>((d) => radius(d.id) + 40),
		)
		.stop();
	// A larger network often falls apart into groups that never met, which the charge pushes off the
	// view; a pull towards the centre keeps them in it. A small one is drawn as it always was.
	if (people.length > 12)
		simulation
			.force('x', forceX<Node>(width / 2).strength(0.12))
			.force('y', forceY<Node>(minHeight / 2).strength(0.12));
	for (let i = 0; i < TICKS; i++) simulation.tick();

	// A drawing of many officials is made taller, so that their circles and names take up no more
	// than a part of it and can be moved apart without overlapping.
	const names = new Map(people.map((o) => [o.id, o.name]));
	const footprints = new Map(people.map((o) => [o.id, footprint(radius(o.id), o.name)]));
	const area = [...footprints.values()].reduce(
		(sum, f) => sum + (f.left + f.right + GAP) * (f.top + f.bottom + GAP),
		0,
	);
	const height = Math.max(minHeight, Math.ceil(area / (MAX_FILL * width)));

	// Fit the drawing into the view box, keeping room for labels.
	const xs = nodes.map((n) => n.x ?? 0);
	const ys = nodes.map((n) => n.y ?? 0);
	const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const scale = Math.min(
		(width - 2 * MARGIN) / Math.max(maxX - minX, 1),
		(height - 2 * MARGIN) / Math.max(maxY - minY, 1),
		1.5,
	);
	const place = (n: Node) => ({
		x: round(width / 2 + ((n.x ?? 0) - (minX + maxX) / 2) * scale),
		y: round(height / 2 + ((n.y ?? 0) - (minY + maxY) / 2) * scale),
	});
	// Each official's circle with its name below it, moved apart until no two overlap.
	const positioned = new Map(
		separate(
			nodes.map((n) => ({ ...place(n), ...footprints.get(n.id)! })),
			width,
			height,
		).map((p, i) => [nodes[i]!.id, p]),
	);

	const layoutNodes = people.map((o) => ({
		id: o.id,
		name: o.name,
		url: o.url,
		meetings: counts.get(o.id) ?? 0,
		...positioned.get(o.id)!,
		r: round(radius(o.id)),
	}));
	const seen = new Map<string, number>();
	const urls = new Map(people.map((o) => [o.id, o.url]));
	const busiestPair = Math.max(1, ...pairTotals.values());
	const edges = pairs.map(({ meeting, source, target }): NetworkEdge => {
		const key = pairKey(source, target);
		const n = seen.get(key) ?? 0;
		seen.set(key, n + 1);
		const total = pairTotals.get(key)!;
		const ends = { source, target };
		if (byPair)
			return {
				id: key,
				meetings: total,
				// Where the pair's meetings are listed: the first official's "Met with".
				url: `${urls.get(source)}#met`,
				title: `${names.get(source)} and ${names.get(target)}: ${total} meeting${total === 1 ? '' : 's'}`,
				date: meeting.date,
				status: meeting.status,
				...ends,
				path: edgePath(positioned.get(source)!, positioned.get(target)!, 0),
				width: round(1.5 + 5 * Math.sqrt(total / busiestPair)),
			};
		return {
			id: meeting.id,
			meetings: 1,
			url: meeting.url,
			title: meeting.title,
			date: meeting.date,
			status: meeting.status,
			...ends,
			path: edgePath(positioned.get(source)!, positioned.get(target)!, n - (total - 1) / 2),
			width: 2.5,
		};
	});
	return { width, height, nodes: layoutNodes, edges };
}

/**
 * An official's name as the network page draws it: its font size (the page's CSS sets the same)
 * and how far its baseline is below the circle.
 */
export const networkLabel = { size: 13, below: 16 };
/** About how wide a sans-serif letter is at the label's size; a wide (CJK) character is twice that. */
const LETTER_WIDTH = 0.56 * networkLabel.size;
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** A gap kept between two officials' boxes. */
const GAP = 4;
/** Room kept at the drawing's edges, for the names' outline and positions rounded to tenths. */
const EDGE = 2;
/** The most of the drawing the officials' circles and names take up before it is made taller. */
const MAX_FILL = 0.4;

/** What an official takes up around the circle's centre: the circle, and the name below it. */
interface Footprint {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** The circle of radius `r` and the label `name` centred under it, around the circle's centre. */
export function footprint(r: number, name: string): Footprint {
	const letters = [...name].reduce((sum, c) => sum + (WIDE.test(c) ? 2 : 1), 0);
	const half = Math.max(r, (letters * LETTER_WIDTH) / 2);
	return { left: half, right: half, top: r, bottom: r + networkLabel.below + networkLabel.size * 0.3 };
}

/**
 * Moves the boxes (`x`, `y` with their footprints) apart until no two overlap, keeping each inside
 * `width` × `height`: each overlapping pair is pushed apart, half each way, along the axis it
 * overlaps least in, for at most 200 rounds. The order is the boxes' own, so the result is too.
 */
export function separate(
	boxes: ReadonlyArray<{ x: number; y: number } & Footprint>,
	width: number,
	height: number,
): Array<{ x: number; y: number }> {
	const placed = boxes.map((b) => ({ ...b }));
	const clamp = (b: (typeof placed)[number]) => {
		b.x = Math.min(Math.max(b.x, b.left + EDGE), width - b.right - EDGE);
		b.y = Math.min(Math.max(b.y, b.top + EDGE), height - b.bottom - EDGE);
	};
	placed.forEach(clamp);
	for (let pass = 0; pass < 200; pass++) {
		let moved = false;
		for (let i = 0; i < placed.length; i++)
			for (let j = i + 1; j < placed.length; j++) {
				const [a, b] = [placed[i]!, placed[j]!];
				const overlapX = Math.min(a.x + a.right, b.x + b.right) - Math.max(a.x - a.left, b.x - b.left) + GAP;
				const overlapY = Math.min(a.y + a.bottom, b.y + b.bottom) - Math.max(a.y - a.top, b.y - b.top) + GAP;
				if (overlapX <= 0 || overlapY <= 0) continue;
				moved = true;
				// Apart along the axis of least overlap; of two at one spot, the earlier goes left or up.
				if (overlapX < overlapY) {
					const sign = a.x <= b.x ? -1 : 1;
					a.x += (sign * overlapX) / 2;
					b.x -= (sign * overlapX) / 2;
				} else {
					const sign = a.y <= b.y ? -1 : 1;
					a.y += (sign * overlapY) / 2;
					b.y -= (sign * overlapY) / 2;
				}
				clamp(a);
				clamp(b);
			}
		if (!moved) break;
	}
	return placed.map((b) => ({ x: round(b.x), y: round(b.y) }));
}

/** A straight line for the middle edge of a pair, arcs bending either way for the others. */
function edgePath(a: { x: number; y: number }, b: { x: number; y: number }, offset: number): string {
	if (offset === 0) return `M${a.x},${a.y}L${b.x},${b.y}`;
	const [mx, my] = [(a.x + b.x) / 2, (a.y + b.y) / 2];
	const [dx, dy] = [b.x - a.x, b.y - a.y];
	const length = Math.hypot(dx, dy) || 1;
	const bend = 28 * offset;
	const [cx, cy] = [round(mx - (dy / length) * bend), round(my + (dx / length) * bend)];
	return `M${a.x},${a.y}Q${cx},${cy} ${b.x},${b.y}`;
}

const round = (n: number) => Math.round(n * 10) / 10;
