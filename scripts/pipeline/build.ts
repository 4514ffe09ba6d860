/**
 * The pipeline itself, stage by stage, as `scripts/build-data.ts` describes it. Each stage is a
 * function of what the stages before it returned; `stageRunner` keeps their results between
 * builds and reads articles on worker threads, wrapping the stages from outside.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Article } from '../../src/schemas/article.ts';
import { checkKnowledge } from './check-knowledge.ts';
import { collectionText } from './collection-file.ts';
import { readCorpus } from './corpus.ts';
import { parseCurated } from './curated.ts';
import { formatDiagnostics, hasErrors } from './diagnostics.ts';
import { earlyReader, type EarlyReader } from './extract/early-reader.ts';
import type { Knowledge } from './extract/index.ts';
import { stageRunner } from './stage-runner.ts';

/** What `scripts/build-data.ts` was asked to do (see its usage). */
export interface BuildOptions {
	raw: string;
	curated: string;
	out: string;
	/** The directory of kept results, or null (`--no-cache`) to keep and reuse nothing. */
	cache: string | null;
	/** Threads to read articles on, this one included; 1 reads everything on this thread. */
	threads: number;
}

/**
 * Runs every stage of the pipeline (see scripts/build-data.ts) and returns the exit code: 0 when
 * the output was written, 1 when anything could not be used (every problem is printed first).
 * Articles not kept from an earlier build are read by `reader`, which may have been started early.
 */
export async function buildData(options: BuildOptions, reader: EarlyReader = earlyReader(options.threads)) {
	const run = stageRunner(options.cache, reader);
	try {
		const corpus = await readCorpus(options.raw);
		const curated = await readCurated(options.curated);
		const prepared = run.prepare(corpus.articles);
		const assembled = run.assemble(prepared.articles);
		const diagnostics = [corpus, curated, prepared, assembled].flatMap((stage) => stage.diagnostics);
		const knowledge = hasErrors(diagnostics)
			? null
			: await run.extract(assembled.articles, curated.officials);
		if (knowledge) diagnostics.push(...checkKnowledge(assembled.articles, knowledge, run.check));

		if (diagnostics.length > 0) console.error(formatDiagnostics(diagnostics));
		if (!knowledge || hasErrors(diagnostics) || corpus.articles.length === 0) {
			const failed = prepared.failed + new Set(assembled.diagnostics.map((d) => d.file)).size;
			console.error(failure(options.raw, corpus.articles.length, failed));
			return 1;
		}
		await writeCollections(options.out, { articles: assembled.articles, ...knowledge }, run.textOf);
		run.save();
		console.log(`build-data: ${counts(assembled.articles, knowledge)} → ${options.out}/`);
		console.log(`build-data: ${run.summary()}`);
		return 0;
	} finally {
		run.close();
	}
}

/** Writes each collection to `out`/<name>.json, made from the texts its records were checked as. */
async function writeCollections(
	out: string,
	collections: Record<string, readonly unknown[]>,
	textOf: (record: unknown) => string | undefined,
): Promise<void> {
	await mkdir(out, { recursive: true });
	await Promise.all(
		Object.entries(collections).map(([name, records]) =>
			writeFile(join(out, `${name}.json`), collectionText(name, records, textOf)),
		),
	);
}

/** content/curated/officials.yaml, which may be absent. */
async function readCurated(dir: string) {
	const path = join(dir, 'officials.yaml');
	return parseCurated(relative(process.cwd(), path), await readFile(path, 'utf8').catch(() => null));
}

function failure(raw: string, articles: number, failed: number): string {
	if (articles === 0) return `build-data: no articles (*.txt) in ${raw}`;
	if (failed > 0)
		return `build-data: ${failed} of ${articles} articles have errors; nothing was written. Fix them and run again.`;
	return 'build-data: errors above; nothing was written. Fix them and run again.';
}

function counts(articles: readonly Article[], { officials, meetings, events, figures }: Knowledge): string {
	const duplicates = articles.filter((a) => a.duplicateOf).length;
	return (
		`${articles.length} articles (${duplicates} near-duplicate capture${duplicates === 1 ? '' : 's'}), ` +
		`${officials.length} officials, ${meetings.length} meetings, ${events.length} events, ${figures.length} figures`
	);
}
