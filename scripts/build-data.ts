/**
 * Builds the site's data from the raw articles. Generated output goes to content/generated/,
 * which the site's pages read (src/lib/generated-collections.ts). Stages, in order:
 *
 * 1. read     content/raw/*.txt and their *.yaml sidecars; content/curated/officials.yaml
 * 2. prepare  decode, read metadata, clean (each article on its own; cached)
 * 3. assemble link near-duplicates, assign ids, validate against the schema
 * 4. extract  read each article's sentences on its own (names, dates, places, figures; cached),
 *             then across articles: officials, meetings, events and figures, each citing its words
 * 5. check    every record against its schema and every quote against its paragraph
 * 6. write    content/generated/*.json — only when nothing has an error; prune the cache
 *
 * The per-article steps are kept in `--cache` (default node_modules/.cache/build-data), keyed by
 * the sha256 of the article's inputs under a key of the pipeline's own code and libraries, so a
 * rebuild reads again only the articles that changed; `--no-cache` neither reads nor writes it.
 *
 * Usage: node scripts/build-data.ts [--raw content/raw] [--curated content/curated] [--out content/generated]
 *                                   [--cache node_modules/.cache/build-data | --no-cache]
 * Exits 1, listing every problem found in every file, when anything cannot be used.
 */
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values: options } = parseArgs({
	options: {
		raw: { type: 'string', default: 'content/raw' },
		curated: { type: 'string', default: 'content/curated' },
		out: { type: 'string', default: 'content/generated' },
		cache: { type: 'string', default: 'node_modules/.cache/build-data' },
		'no-cache': { type: 'boolean', default: false },
	},
});
// The compiled code of the pipeline's modules (its type-stripped TypeScript and its libraries),
// kept beside the per-article entries: a warm build then loads them without parsing them again.
// Node checks each file's contents itself, so a changed module is compiled afresh. The pipeline
// is imported only after this: static imports are all compiled before any code here runs.
// `npm run data` names the same directory in NODE_COMPILE_CACHE, so that Node has it on before
// this file loads: this file's own TypeScript is then not stripped, and Node's type stripper,
// which takes longer to load than the whole of a warm build's modules, is never loaded at all.
if (!options['no-cache']) enableCompileCache(join(options.cache, 'compile'));
// The worker that reads new and changed articles starts before the pipeline's modules load, so
// that it has loaded the tagger by the time this thread knows which articles those are.
const { earlyReader } = await import('./pipeline/extract/early-reader.ts');
const reader = earlyReader();
reader.warm();
const { buildData } = await import('./pipeline/build.ts');
process.exitCode = await buildData(options, reader);
