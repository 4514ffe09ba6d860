/**
 * A reading worker started before anything else of the pipeline is loaded. This module imports
 * nothing of the pipeline's own, so `scripts/build-data.ts` can start the worker first of all:
 * loading the tagger (compromise) and the reading modules takes longer than reading one article,
 * and a rebuild after one article is added is otherwise held up waiting for them.
 */
import { getCompileCacheDir } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { Article } from '../../../src/schemas/article.ts';
import type { ArticleReading } from './article-reading.ts';
import type { ReadReport } from './read-articles.ts';

/** A worker for `readArticles` (see read-worker.ts), sharing this thread's compile cache. */
export function startReadingWorker(): Worker {
	// The directory Node was given: it reports its own versioned folder within it, and would add
	// the version again to a folder named in NODE_COMPILE_CACHE.
	const compileCache = getCompileCacheDir();
	const { NODE_COMPILE_CACHE: _, ...env } = process.env;
	return new Worker(new URL('./read-worker.ts', import.meta.url), {
		// Node turns on the compile cache in a worker whose environment names it, before the worker's
		// own module loads, so that module's TypeScript need not be stripped again either. A build
		// without the cache starts its workers without it too.
		env: compileCache ? { ...env, NODE_COMPILE_CACHE: dirname(compileCache) } : env,
	});
}

/** The most articles read ahead: one batch of `readArticles`. */
const READ_AHEAD = 25;

/** What a reading depends on: an article's id, day and paragraphs. */
const readingIdentity = (article: Article) =>
	JSON.stringify([article.id, article.published, article.paragraphs]);

/** `readArticles` with a worker that may be started before the articles to read are known. */
export interface EarlyReader {
	/** Starts a reading worker now, if none is started: it loads the tagger while this thread works on. */
	warm(): void;
	/**
	 * Starts reading a few articles (up to 25) on the started worker now, before `read` is asked
	 * for them; more are left to `read`, which reads them on every core. `read` takes a reading
	 * ahead for an article of the same id, day and paragraphs, and reads any other itself.
	 */
	readAhead(articles: readonly Article[]): void;
	/** `readArticles`, on the started worker too; `report` is told where they were read. */
	read(articles: readonly Article[], report?: (report: ReadReport) => void): Promise<ArticleReading[]>;
	/** Stops the started worker, when `read` did not use it. */
	close(): void;
}

/**
 * A warm start for reading a few changed articles. A build cannot know for sure which articles
 * need reading until it has prepared them and linked near-duplicates, but a worker started at once
 * loads the reading modules on another core while this thread does that, reads ahead the few it
 * is told of as soon as they are prepared (`readAhead`), and so has read them, or nearly, when
 * they are asked for. A build that has nothing to read closes it unused. With one thread (`--threads
 * 1`, or one core) nothing is started and every article is read on this thread. A worker that
 * failed is reported to `read`'s `report` as the fallback.
 */
export function earlyReader(threads = availableParallelism()): EarlyReader {
	let started: Worker | undefined;
	let failed: string | null = null;
	let ahead: { port: MessagePort; readings: Promise<Map<string, ArticleReading>> } | undefined;
	return {
		warm() {
			if (started || threads < 2) return;
			const worker = (started = startReadingWorker());
			// Not waited for until it is read on, so a build that stops first can still exit.
			worker.unref();
			worker.once('error', (error) => (failed ??= error.message));
			worker.once('exit', (code) => (failed ??= `a reading worker stopped (exit code ${code})`));
		},
		readAhead(articles) {
			const worker = started;
			if (!worker || failed || ahead || articles.length === 0 || articles.length > READ_AHEAD) return;
			const { port1, port2 } = new MessageChannel();
			const readings = new Promise<Map<string, ArticleReading>>((resolve) => {
				port1.once('message', ({ readings }: { readings: ArticleReading[] }) =>
					resolve(new Map(articles.map((article, i) => [readingIdentity(article), readings[i]!]))),
				);
				// A worker that stops first has read nothing ahead: `read` reads them all.
				worker.once('exit', () => resolve(new Map()));
			});
			port1.unref();
			worker.postMessage({ start: 0, articles, reply: port2 }, [port2]);
			ahead = { port: port1, readings };
		},
		async read(articles, report = () => {}) {
			const worker = started;
			started = undefined;
			worker?.ref();
			const early = ahead ? await ahead.readings : new Map<string, ArticleReading>();
			ahead?.port.close();
			const rest = articles.filter((article) => !early.has(readingIdentity(article)));
			// Taken now: the worker's 'exit' once it is stopped after reading is no failure.
			const failedEarly = failed;
			const usable = worker && !failedEarly ? [worker] : [];
			if (rest.length === 0) {
				// All read ahead: the reading modules are never loaded here. The worker is asked to
				// stop and not waited for: what it logged while reading came before its readings, and
				// a build that waited for it to wind down would take a fifth of a second longer.
				if (worker) {
					worker.postMessage({ stop: true });
					worker.unref();
				}
				report({ onWorkers: articles.length, onThisThread: 0, fallback: null });
				return articles.map((article) => early.get(readingIdentity(article))!);
			}
			const { readArticles } = await import('./read-articles.ts');
			const readings = await readArticles(rest, {
				threads,
				started: usable,
				report: (read) =>
					report({
						onWorkers: read.onWorkers + early.size,
						onThisThread: read.onThisThread,
						fallback: read.fallback ?? failedEarly,
					}),
			});
			let next = 0;
			return articles.map((article) => early.get(readingIdentity(article)) ?? readings[next++]!);
		},
		close() {
			ahead?.port.close();
			void started?.terminate();
			started = undefined;
		},
	};
}

/** Asks a reading worker to stop once it is idle, and waits until it has (see read-worker.ts). */
export async function stopWorker(worker: Worker): Promise<void> {
	// A worker no longer running has a thread id of -1, and may have sent its 'exit' already.
	if (worker.threadId === -1) return;
	const exited = new Promise((resolve) => worker.once('exit', resolve));
	worker.postMessage({ stop: true });
	await exited;
}
