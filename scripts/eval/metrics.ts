/** A count of right answers out of a number asked, summed over articles. */
export interface Tally {
	right: number;
	of: number;
}

export const tally = (right = 0, of = 0): Tally => ({ right, of });

/** Sums tallies. */
export function addTallies(...tallies: readonly Tally[]): Tally {
	return tallies.reduce((sum, t) => ({ right: sum.right + t.right, of: sum.of + t.of }), tally());
}

/** The share right, or null when nothing was asked. */
export const rate = ({ right, of }: Tally): number | null => (of === 0 ? null : right / of);

/** "0.93 (41/44)", or "—" when nothing was asked. */
export function formatTally(t: Tally): string {
	const r = rate(t);
	return r === null ? '—' : `${r.toFixed(2)} (${t.right}/${t.of})`;
}
