/**
 * A reading worker started before anything else of the pipeline is loaded. This module imports
 * nothing of the pipeline's own, so `scripts/build-data.ts` can start the worker first of all:
 * loading the tagger (compromise) and the reading modules takes longer than reading one article,
 * and a rebuild after one article is added is otherwise held up waiting for them.
 */
import { getCompileCacheDir } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article } from '../../../src/schemas/article.ts';
import type { ArticleReading } from './article-reading.ts';

/** A worker for `readArticles` (see read-worker.ts), sharing this thread's compile cache. */
export function startReadingWorker(): Worker {
	const compileCache = getCompileCacheDir();
	return new Worker(new URL('./read-worker.ts', import.meta.url), {
		// Node turns on the compile cache in a worker whose environment names it, before the worker's
		// own module loads, so that module's TypeScript need not be stripped again either.
		...(compileCache ? { env: { ...process.env, NODE_COMPILE_CACHE: compileCache } } : {}),
	});
}

/** `readArticles` with a worker that may be started before the articles to read are known. */
export interface EarlyReader {
	/** Starts a reading worker now, if none is started: it loads the tagger while this thread works on. */
	warm(): void;
	/** `readArticles`, on the started worker too. */
	read(articles: readonly Article[]): Promise<ArticleReading[]>;
	/** Stops the started worker, when `read` did not use it. */
	close(): void;
}

/**
 * A warm start for reading a few changed articles. A build cannot know which articles need
 * reading until it has prepared them and linked near-duplicates, but a worker started at once
 * loads the reading modules on another core while this thread does that, and is ready, or nearly,
 * when they are known. A build that has nothing to read closes it unused. With one core there is
 * nothing to gain, and nothing is started.
 */
export function earlyReader(threads = availableParallelism()): EarlyReader {
	let started: Worker | undefined;
	let stopped = false;
	return {
		warm() {
			if (started || threads < 2) return;
			started = startReadingWorker();
			// Not waited for until it is read on, so a build that stops first can still exit.
			started.unref();
			// One that cannot start (a Node.js that cannot load TypeScript in workers) is not used.
			started.once('error', () => {});
			started.once('exit', () => (stopped = true));
		},
		async read(articles) {
			const worker = stopped ? undefined : started;
			started = undefined;
			worker?.ref();
			const { readArticles } = await import('./read-articles.ts');
			return readArticles(articles, threads, worker ? [worker] : []);
		},
		close() {
			void started?.terminate();
			started = undefined;
		},
	};
}
