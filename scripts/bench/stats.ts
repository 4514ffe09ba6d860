/**
 * The p-th percentile of `values` by the nearest-rank method: the smallest value with at least p%
 * of the values at or below it. Nearest rank always returns a value that was measured, never an
 * interpolation between two. Returns undefined for no values.
 */
export function percentile(values: readonly number[], p: number): number | undefined {
	if (values.length === 0) return undefined;
	if (p < 0 || p > 100) throw new RangeError(`percentile: p must be 0–100, not ${p}`);
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[rank - 1];
}

/** The median (50th percentile, nearest rank) of `values`; undefined for no values. */
export function median(values: readonly number[]): number | undefined {
	return percentile(values, 50);
}

/** `value` rounded to `digits` decimal places, for figures written to JSON. */
export function round(value: number, digits: number): number {
	const scale = 10 ** digits;
	return Math.round(value * scale) / scale;
}
