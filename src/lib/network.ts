import {
	forceCenter,
	forceCollide,
	forceLink,
	forceManyBody,
	forceSimulation,
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
	/** The meeting's id; every meeting is its own edge. */
	id: string;
	url: string;
	title: string;
	date: string;
	status: Meeting['status'];
	source: string;
	target: string;
	/** SVG path data: a straight line, or an arc when one pair met more than once. */
	path: string;
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

/**
 * Lays out who met whom: officials with meetings as nodes sized by their number of meetings,
 * each meeting as an edge between two participants (a meeting of three is three edges). The
 * force simulation runs to rest at build time and is deterministic (d3-force seeds its own
 * random source), so two builds give the same drawing.
 */
export function layoutNetwork(
	officials: readonly Official[],
	meetings: readonly Meeting[],
	width = 760,
	height = 520,
): NetworkLayout {
	const pairs = meetings.flatMap((meeting) =>
		meeting.participants.flatMap((a, i) =>
			meeting.participants.slice(i + 1).map((b) => ({ meeting, source: a, target: b })),
		),
	);
	const counts = new Map<string, number>();
	for (const meeting of meetings)
		for (const p of meeting.participants) counts.set(p, (counts.get(p) ?? 0) + 1);
	const people = officials.filter((o) => counts.has(o.id)).sort((a, b) => a.id.localeCompare(b.id));
	const radius = (id: string) => 10 + 7 * Math.sqrt(counts.get(id) ?? 0);

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
		.force('center', forceCenter(width / 2, height / 2))
		.force(
			'collide',
			forceCollide<Node>((d) => radius(d.id) + 40),
		)
		.stop();
	for (let i = 0; i < TICKS; i++) simulation.tick();

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
	const positioned = new Map(nodes.map((n) => [n.id, place(n)]));

	const layoutNodes = people.map((o) => ({
		id: o.id,
		name: o.name,
		url: o.url,
		meetings: counts.get(o.id) ?? 0,
		...positioned.get(o.id)!,
		r: round(radius(o.id)),
	}));
	const seen = new Map<string, number>();
	const edges = pairs.map(({ meeting, source, target }) => {
		const key = [source, target].sort().join('|');
		const n = seen.get(key) ?? 0;
		seen.set(key, n + 1);
		const total = pairs.filter((p) => [p.source, p.target].sort().join('|') === key).length;
		return {
			id: meeting.id,
			url: meeting.url,
			title: meeting.title,
			date: meeting.date,
			status: meeting.status,
			source,
			target,
			path: edgePath(positioned.get(source)!, positioned.get(target)!, n - (total - 1) / 2),
		};
	});
	return { width, height, nodes: layoutNodes, edges };
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
