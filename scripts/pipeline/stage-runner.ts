import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/schemas/article.ts';
import type { CuratedOfficial } from '../../src/schemas/curated.ts';
import { assembleArticles, likelyArticle } from './assemble.ts';
import { cachedDuplicates, cachedPrepare, cachedStories } from './cache/cached-stages.ts';
import { pipelineCodeKey } from './cache/code-key.ts';
import { noEntryCache, openEntryCache } from './cache/entry-cache.ts';
import { rememberedChecks, type CheckRecord } from './cache/remembered-checks.ts';
import type { RawArticle } from './corpus.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { EarlyReader } from './extract/early-reader.ts';
import { extractKnowledge, type Knowledge } from './extract/index.ts';
import type { ReadReport } from './extract/read-articles.ts';
import type { PreparedArticle } from './prepare.ts';

/** The pipeline's stages that a build keeps results of, or runs on several threads. */
export interface StageRunner {
	/** `prepareArticle` for each raw article, with every problem found. */
	prepare(raws: readonly RawArticle[]): {
		articles: PreparedArticle[];
		failed: number;
		diagnostics: Diagnostic[];
	};
	/** `assembleArticles`. */
	assemble(prepared: readonly PreparedArticle[]): ReturnType<typeof assembleArticles>;
	/** `extractKnowledge`, each canonical article read on worker threads as need be. */
	extract(articles: readonly Article[], curated: readonly CuratedOfficial[]): Promise<Knowledge>;
	/** Checks the records of collection `name` against a schema (see `checkKnowledge`). */
	check(name: string): CheckRecord;
	/** The JSON text of a record that passed its check, for writing it out. */
	textOf(record: unknown): string | undefined;
	/** Keeps this build's results for the next one, and lets go of what it did not use. */
	save(): void;
	/** Stops whatever is still running for the build. */
	close(): void;
	/** "read 1 article on a worker thread; cache: 999 hits, 1 miss" */
	summary(): string;
}

/**
 * Runs the stages of `build.ts` the way a build wants them run, leaving the stages themselves as
 * they are. With a cache, each result is kept under a hash of its inputs and the pipeline's code,
 * so that a rebuild prepares and reads again only what changed (see cache/cached-stages.ts).
 * Articles to read are read by `reader` (see early-reader.ts), on worker threads as it was asked:
 * it is warmed as soon as the first article is found to be new (a worker loads the tagger while
 * this thread prepares the rest), and reads the new ones ahead. `warn` is told when reading on
 * workers had to fall back to this thread.
 */
export function stageRunner(
	cacheDir: string | null,
	reader: EarlyReader,
	warn: (message: string) => void = console.warn,
): StageRunner {
	const cache =
		cacheDir === null
			? noEntryCache
			: openEntryCache(cacheDir, pipelineCodeKey(fileURLToPath(new URL('../..', import.meta.url))));
	let read: ReadReport | null = null;
	const report = (where: ReadReport) => {
		read = where;
		if (where.fallback)
			warn(
				`build-data: warning: reading on worker threads failed (${where.fallback}); read on the main thread`,
			);
	};
	const checks = rememberedChecks(cache);
	// The key of each prepared article's inputs stands for its paragraphs in the key of its reading.
	const inputs = new Map<string, string>();
	const stories = cachedStories(cache, (article) => inputs.get(article.source));
	return {
		prepare(raws) {
			const missed = new Set<string>();
			const prepare = cachedPrepare(cache, (raw) => {
				missed.add(raw.source);
				reader.warm();
			});
			const results = raws.map(prepare);
			const articles = results.flatMap((r) => (r.article ? [r.article] : []));
			for (const result of results) if (result.article) inputs.set(result.article.source, result.inputs);
			// What was not kept will most likely need reading too: the worker reads it ahead.
			reader.readAhead(articles.filter((a) => missed.has(a.source)).map(likelyArticle));
			return {
				articles,
				failed: results.length - articles.length,
				diagnostics: results.flatMap((r) => r.diagnostics),
			};
		},
		assemble: (prepared) => assembleArticles(prepared, cachedDuplicates(cache), checks.check('articles')),
		async extract(articles, curated) {
			const readings = await stories.readings(
				articles.filter((a) => a.duplicateOf === null),
				(toRead) => reader.read(toRead, report),
			);
			return extractKnowledge(articles, curated, (article) => readings.get(article.id)!, stories.findingsOf);
		},
		check: (name) => checks.check(name),
		textOf: (record) => checks.textOf(record),
		save() {
			checks.save();
			cache.prune();
		},
		close: () => reader.close(),
		summary() {
			const where = read as ReadReport | null;
			return `${where ? readingSummary(where) : ''}${cache.summary()}`;
		},
	};
}

/** "read 3 articles on worker threads; ", "read 5 articles (2 on worker threads); ", or nothing. */
function readingSummary({ onWorkers, onThisThread }: ReadReport): string {
	const count = onWorkers + onThisThread;
	if (count === 0) return '';
	const articles = `${count} article${count === 1 ? '' : 's'}`;
	if (onThisThread === 0) return `read ${articles} on worker threads; `;
	if (onWorkers === 0) return `read ${articles} on the main thread; `;
	return `read ${articles} (${onWorkers} on worker threads); `;
}
