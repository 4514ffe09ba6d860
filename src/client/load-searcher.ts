import type { Searcher } from '../lib/search/query.ts';

let loading: Promise<Searcher> | undefined;

/**
 * Make a searcher over the sharded index under /search-index/, once per page: later calls share the
 * first. The matcher (with fuse.js) is a separate chunk, so neither it nor any index file is loaded
 * until a search box is first used; the searcher then fetches the manifest and only the shards each
 * search needs. A failed load is forgotten, so the next use tries again.
 */
export function loadSearcher(): Promise<Searcher> {
	loading ??= Promise.all([import('../lib/search/query.ts'), import('../lib/search/sources.ts')]).then(
		async ([{ createSearcher }, { fetchSource }]) => {
			const searcher = createSearcher(fetchSource(`${import.meta.env.BASE_URL}search-index/`));
			await searcher.prepare();
			return searcher;
		},
	);
	loading.catch(() => (loading = undefined));
	return loading;
}
