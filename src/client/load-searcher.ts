import type { Searcher } from '../lib/search/query.ts';

let loading: Promise<Searcher> | undefined;

/**
 * Fetch the search index and make a searcher, once per page: later calls share the first. The
 * matcher (with fuse.js) is a separate chunk, so neither it nor the index is loaded until a search
 * box is first used. A failed load is forgotten, so the next use tries again.
 */
export function loadSearcher(): Promise<Searcher> {
	loading ??= Promise.all([
		fetch(`${import.meta.env.BASE_URL}search-index.json`).then((response) => {
			if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
			return response.json();
		}),
		import('../lib/search/query.ts'),
	]).then(([index, { createSearcher }]) => createSearcher(index));
	loading.catch(() => (loading = undefined));
	return loading;
}
