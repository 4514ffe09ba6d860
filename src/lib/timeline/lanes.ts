/** Where something sits along the axis, from `start` to `end` in any unit (`end` ≥ `start`). */
export interface Extent {
	start: number;
	end: number;
}

/**
 * Greedy interval packing, as for a Gantt chart: each extent, taken in the order given (sort by
 * start first), goes to the first lane whose last extent ends at least `gap` before it starts, or
 * to a new lane. Returns each extent's lane, numbered from 0.
 *
 * @example packLanes([{ start: 0, end: 5 }, { start: 2, end: 3 }, { start: 6, end: 9 }]) // [0, 1, 0]
 */
export function packLanes(extents: readonly Extent[], gap = 0): number[] {
	const laneEnds: number[] = [];
	return extents.map((extent) => {
		let lane = laneEnds.findIndex((end) => end + gap <= extent.start);
		if (lane === -1) lane = laneEnds.push(extent.end) - 1;
		else laneEnds[lane] = extent.end;
		return lane;
	});
}
