import type { Machine, SizeResult } from '../../../scripts/bench/results.ts';

/** A measured size with round figures; override what a test is about. */
export function sizeResult(articles: number, overrides: Partial<SizeResult> = {}): SizeResult {
	return {
		articles,
		corpus: 'content/raw',
		pipeline: { seconds: 2, peakBytes: 200 * 1024 ** 2 },
		astro: { seconds: 10, peakBytes: 500 * 1024 ** 2 },
		total: { seconds: 12, peakBytes: 500 * 1024 ** 2 },
		dist: { files: 120, bytes: 3 * 1024 ** 2 },
		searchIndex: { path: 'search-index.json', files: 1, bytes: 200 * 1024, gzipBytes: 40 * 1024 },
		firstResults: {
			query: 'moscow',
			requests: 9,
			bytes: 90 * 1024,
			searchIndexBytes: 40 * 1024,
			milliseconds: 300,
		},
		keystrokes: {
			method: 'client',
			keystrokes: 100,
			timedOut: 0,
			medianMs: 3.25,
			p95Ms: 9.5,
			firstMs: 40,
			withoutFetchP95Ms: 6,
			durationsMs: [40, 3.25, 9.5],
			indexFetchedAt: [0],
			typos: { found: 6, total: 6, missed: [] },
			queries: [{ query: 'moscow', resultsShown: 12, firstResult: '/articles/a/' }],
		},
		incremental: null,
		...overrides,
	};
}

export const machine: Machine = {
	cpu: 'Intel(R) Xeon(R) Processor',
	cores: 2,
	memoryBytes: 24 * 1024 ** 3,
	os: 'Debian GNU/Linux 12 (bookworm), Linux 6.1',
	node: 'v24.21.0',
	chromium: '156.0.8078.79',
	date: '2026-11-22',
};
