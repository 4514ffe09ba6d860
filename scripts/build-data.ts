/**
 * Builds the site's data from the raw articles. Generated output goes to content/generated/,
 * which the site's pages read (src/lib/generated-collections.ts). Stages, in order
 * (scripts/pipeline/build.ts runs them, one call each):
 *
 * 1. read     content/raw/*.txt and their *.yaml sidecars; content/curated/officials.yaml
 * 2. prepare  decode, read metadata, clean (each article on its own)
 * 3. assemble link near-duplicates, assign ids, validate against the schema
 * 4. extract  read each article's sentences on its own (names, dates, places, figures), then
 *             across articles: officials, meetings, events and figures, each citing its words
 * 5. check    every record against its schema and every quote against its paragraph
 * 6. write    content/generated/*.json — only when nothing has an error
 *
 * What the per-article stages found is kept in `--cache` (default node_modules/.cache/build-data),
 * keyed by the sha256 of the article's inputs under a key of the pipeline's own code and libraries,
 * so a rebuild reads again only the articles that changed; `--no-cache` neither reads nor writes
 * it. Articles are read on worker threads, one per core; `--threads 1` reads every article on the
 * main thread, where a debugger's breakpoint in a rule is hit. `npm run data` runs this through
 * scripts/data.js, which turns on Node's compile cache first (not with `--no-cache`).
 *
 * Usage: node scripts/build-data.ts [--raw content/raw] [--curated content/curated] [--out content/generated]
 *                                   [--cache node_modules/.cache/build-data | --no-cache] [--threads N]
 * Exits 1, listing every problem found in every file, when anything cannot be used; 2 for bad options.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_CACHE } from './build-data-defaults.js';

const usage =
	'usage: node scripts/build-data.ts [--raw DIR] [--curated DIR] [--out DIR] [--cache DIR | --no-cache] [--threads N]';
let options;
try {
	options = parseArgs({
		options: {
			raw: { type: 'string', default: 'content/raw' },
			curated: { type: 'string', default: 'content/curated' },
			out: { type: 'string', default: 'content/generated' },
			cache: { type: 'string', default: DEFAULT_CACHE },
			'no-cache': { type: 'boolean', default: false },
			threads: { type: 'string', default: String(availableParallelism()) },
		},
	}).values;
} catch (error) {
	console.error(`build-data: ${(error as Error).message}\n${usage}`);
	process.exit(2);
}
const threads = Number(options.threads);
if (!Number.isInteger(threads) || threads < 1) {
	console.error(
		`build-data: --threads must be a whole number of at least 1, not "${options.threads}"\n${usage}`,
	);
	process.exit(2);
}
// The worker that reads new and changed articles starts before the pipeline's modules load, so
// that it has loaded the tagger by the time this thread knows which articles those are.
const { earlyReader } = await import('./pipeline/extract/early-reader.ts');
const reader = earlyReader(threads);
reader.warm();
const { buildData } = await import('./pipeline/build.ts');
process.exitCode = await buildData(
	{ ...options, cache: options['no-cache'] ? null : options.cache, threads },
	reader,
);
