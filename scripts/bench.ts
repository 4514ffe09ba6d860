/**
 * Benchmarks the whole build and the search at several corpus sizes (issue 6). For each size:
 *
 * 1. corpus       5 is content/raw itself; other sizes are generated (seeds included) into the work dir
 * 2. pipeline     scripts/build-data.ts (as `npm run data` runs it) with a fresh, empty cache: wall time, peak memory of its process tree
 * 3. incremental  at 1,000 articles and more, right after: add one article, rerun the pipeline with the
 *                 warm cache (five times from copies of the same cache; the median)
 * 4. Astro        astro build of the full run's output (the search index is built here): wall time, peak memory
 * 5. sizes        dist/ (bytes, files); the search index raw and gzipped
 * 6. Chromium     bytes fetched before the first results; latency of every keystroke of a fixed list
 *                 of queries, misspellings included, and whether each misspelling found its document
 *
 * Then it prints a markdown table with the machine and every target met or not, writes
 * bench/results.json, and with --readme puts the table between README.md's bench markers.
 * It is a benchmark, not a test: nothing in CI runs it.
 *
 * Usage: tsx scripts/bench.ts [--sizes 5,1000,10000] [--seed 1] [--work DIR] [--readme]
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { format, resolveConfig } from 'prettier';
import { launchChromium, measureSearch } from './bench/browser.ts';
import { addOneArticle, countArticles, generateCorpus, generatorArgs, seedDir } from './bench/corpus.ts';
import { describeMachine } from './bench/machine.ts';
import { replaceBenchBlock } from './bench/readme.ts';
import type { BenchResults, IncrementalRebuild, SizeResult } from './bench/results.ts';
import { runStage } from './bench/run-stage.ts';
import { searchIndexSize, treeSize } from './bench/sizes.ts';
import { describeMethods, report } from './bench/table.ts';
import { median } from './bench/stats.ts';
import { checkTargets } from './bench/targets.ts';
import { dataCommand } from './build-data-defaults.js';

const { values: options } = parseArgs({
	options: {
		sizes: { type: 'string', default: '5,1000,10000' },
		seed: { type: 'string', default: '1' },
		work: { type: 'string', default: join(tmpdir(), 'news-corpus-bench') },
		readme: { type: 'boolean', default: false },
	},
});
const sizes = options.sizes.split(',').map((size) => Number(size.trim()));
const seed = Number(options.seed);
const log = (message: string) => console.error(`bench: ${message}`);
if (sizes.some((size) => !Number.isInteger(size) || size < 1) || !Number.isInteger(seed)) {
	log('--sizes takes whole numbers such as 5,1000, and --seed a whole number');
	process.exit(1);
}

/** How many times the rebuild after adding one article is run; its median is reported. */
const INCREMENTAL_RUNS = 5;

/**
 * Add one article to the corpus in `dir` and rerun the pipeline with the warm `cache` the full
 * run left, into a directory of its own (the site is built from the full run's output). A second
 * or so is at the mercy of the machine's other work: the rebuild runs several times, each from a
 * copy of that cache, and the median is taken.
 */
async function measureIncremental(
	dir: string,
	corpus: string,
	cache: string,
	articles: number,
	coldSeconds: number,
): Promise<IncrementalRebuild> {
	log(`${articles}: adding one article, then the pipeline with a warm cache`);
	const { added, changed } = await addOneArticle(corpus, articles, seed, join(dir, 'corpus-plus-one'));
	const [warm, generated] = ['cache-incremental', 'generated-plus-one'].map((d) => join(dir, d));
	// As `npm run data` runs it: with its Node options, through scripts/data.js, with Node's compile
	// cache in the cache.
	const buildData = dataCommand(['--raw', corpus, '--out', generated!, '--cache', warm!]);
	const runs: number[] = [];
	for (let run = 0; run < INCREMENTAL_RUNS; run++) {
		await rm(warm!, { recursive: true, force: true });
		await cp(cache, warm!, { recursive: true });
		runs.push((await runStage('incremental pipeline', 'node', buildData)).seconds);
	}
	await rm(warm!, { recursive: true, force: true });
	const seconds = median(runs)!;
	return {
		addedFiles: added.length,
		changedFiles: changed.length,
		seconds,
		runs,
		coldSeconds,
		ratio: seconds / coldSeconds,
	};
}

/** Build and measure one corpus size in `work`/<size>/, searching it in `browser`. */
async function benchSize(articles: number, browser: Browser): Promise<SizeResult> {
	const dir = resolve(options.work, String(articles));
	const [corpus, cache, generated, dist] = ['corpus', 'cache', 'generated', 'dist'].map((d) => join(dir, d));
	for (const stale of [cache, generated, dist]) await rm(stale!, { recursive: true, force: true });
	const seeds = await countArticles(seedDir);
	if (articles !== seeds) {
		log(`${articles}: generating the corpus`);
		log(`${articles}: generated in ${(await generateCorpus(articles, seed, corpus!)).toFixed(1)} s`);
	}
	const raw = articles === seeds ? seedDir : corpus!;
	const buildData = dataCommand(['--raw', raw, '--out', generated!, '--cache', cache!]);
	log(`${articles}: pipeline`);
	const pipeline = await runStage('pipeline', 'node', buildData);
	// Right after the full run, on the same machine state: the rebuild after adding one article.
	const incremental =
		articles >= 1000 && raw === corpus
			? await measureIncremental(dir, corpus, cache!, articles, pipeline.seconds)
			: null;
	log(`${articles}: Astro build`);
	const astro = await runStage('Astro build', 'astro', ['build', '--outDir', dist!], {
		GENERATED_DIR: generated!,
	});
	log(`${articles}: Chromium`);
	const search = await measureSearch(browser, dist!);
	return {
		articles,
		corpus: raw === seedDir ? seedDir : `tsx ${generatorArgs(articles, seed, '<work>').join(' ')}`,
		pipeline,
		astro,
		total: {
			seconds: pipeline.seconds + astro.seconds,
			peakBytes: Math.max(pipeline.peakBytes, astro.peakBytes),
		},
		dist: await treeSize(dist!),
		searchIndex: await searchIndexSize(dist!),
		...search,
		incremental,
	};
}

/** `text` as Prettier formats the file at `path`, so the files written pass `npm run format:check`. */
async function prettier(path: string, text: string): Promise<string> {
	return format(text, { ...(await resolveConfig(path)), filepath: path });
}

/** Run every size, then print, write results.json and, when asked, the README's table. */
async function main(): Promise<void> {
	// Check the README's markers before the long run, not after it.
	if (options.readme) replaceBenchBlock(await readFile('README.md', 'utf8'), '');
	const results: SizeResult[] = [];
	const browser = await launchChromium();
	const chromiumVersion = browser.version();
	try {
		for (const size of sizes) results.push(await benchSize(size, browser));
	} finally {
		await browser.close();
	}
	const machine = await describeMachine(chromiumVersion);
	const { methods, notes } = describeMethods(results);
	const targets = checkTargets(results);
	const table = report(results, targets, machine, notes);
	console.log(table);

	const output: BenchResults = {
		generatedBy: 'scripts/bench.ts; do not edit',
		machine,
		methods,
		sizes: results,
		targets,
	};
	await mkdir('bench', { recursive: true });
	await writeFile(
		'bench/results.json',
		await prettier('bench/results.json', JSON.stringify(output, null, '\t')),
	);
	log('wrote bench/results.json');
	if (options.readme) {
		const readme = replaceBenchBlock(await readFile('README.md', 'utf8'), table);
		await writeFile('README.md', await prettier('README.md', readme));
		log('wrote the table into README.md');
	}
}

await main().catch((error: unknown) => {
	log(error instanceof Error ? error.message : String(error));
	process.exit(1);
});
