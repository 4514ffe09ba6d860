/** Anything placed in time by the first and last days it may fall on, "YYYY-MM-DD". */
export interface Dated {
	id: string;
	earliest: string;
	latest: string;
}

/** Compare in date order: earliest day first, then the narrower span, then by id so the order is stable. */
export function byDate(a: Dated, b: Dated): number {
	if (a.earliest !== b.earliest) return a.earliest < b.earliest ? -1 : 1;
	if (a.latest !== b.latest) return a.latest < b.latest ? -1 : 1;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Compare newest first: the reverse of `byDate`. */
export function byDateNewestFirst(a: Dated, b: Dated): number {
	return byDate(b, a);
}

/** The items just before and after `id` in date order; undefined at either end or when `id` is absent. */
export function neighbours<T extends Dated>(items: readonly T[], id: string): { previous?: T; next?: T } {
	const sorted = [...items].sort(byDate);
	const index = sorted.findIndex((item) => item.id === id);
	if (index === -1) return {};
	const previous = sorted[index - 1];
	const next = sorted[index + 1];
	return { ...(previous && { previous }), ...(next && { next }) };
}

/** Every item's neighbours in date order (`neighbours` for each), by id, from one sort. */
export function neighboursById<T extends Dated>(
	items: readonly T[],
): Map<string, { previous?: T; next?: T }> {
	const sorted = [...items].sort(byDate);
	return new Map(
		sorted.map((item, index) => {
			const previous = sorted[index - 1];
			const next = sorted[index + 1];
			return [item.id, { ...(previous && { previous }), ...(next && { next }) }];
		}),
	);
}
