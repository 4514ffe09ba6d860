/**
 * The fixed list of queries typed key by key in Chromium, in this order. Each names something
 * in the five seed articles, which every generated corpus includes: officials, places, topics,
 * several words at once. A misspelling names the correctly spelled query typed before it, whose
 * first result is the document the misspelling is meant to find.
 */
export const benchQueries: ReadonlyArray<{ query: string; misspells?: string }> = [
	{ query: 'patrushev' },
	{ query: 'chen wenqing' },
	{ query: 'security' },
	{ query: 'moscow' },
	{ query: 'naryshkin' },
	{ query: 'beijing' },
	{ query: 'law enforcement cooperation' },
	{ query: 'chen wenqing moscow' },
	{ query: 'patrushov', misspells: 'patrushev' },
	{ query: 'wenching', misspells: 'chen wenqing' },
	{ query: 'secutiry', misspells: 'security' },
	{ query: 'moskow', misspells: 'moscow' },
	{ query: 'narishkin', misspells: 'naryshkin' },
	{ query: 'bejing', misspells: 'beijing' },
];

/** The query whose first results a fresh browser waits for when counting bytes fetched. */
export const firstResultsQuery = 'moscow';

/**
 * Whether each misspelling found its document: the first result of the correctly spelled query
 * is among the misspelling's results. Returns how many were found and the misspellings that were not.
 * `resultsOf` maps each query typed to the result links it showed, in order.
 */
export function checkTypos(
	queries: typeof benchQueries,
	resultsOf: ReadonlyMap<string, readonly string[]>,
): { found: number; total: number; missed: string[] } {
	const typos = queries.filter((q) => q.misspells !== undefined);
	const missed = typos
		.filter(({ query, misspells }) => {
			const intended = resultsOf.get(misspells!)?.[0];
			return intended === undefined || !(resultsOf.get(query) ?? []).includes(intended);
		})
		.map(({ query }) => query);
	return { found: typos.length - missed.length, total: typos.length, missed };
}
