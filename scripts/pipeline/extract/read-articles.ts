import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Article } from '../../../src/schemas/article.ts';
import { readArticle, type ArticleReading } from './article-reading.ts';
import { startReadingWorker, stopWorker } from './early-reader.ts';

/** Articles sent to a worker at a time: enough to outweigh the messages, few enough to share out evenly. */
const BATCH = 25;
/** Below this many articles per thread, starting a worker (and its tagger) costs more than it saves. */
const MIN_PER_THREAD = 100;

/** Where `readArticles` read its articles: for the build's report, and for tests. */
export interface ReadReport {
	/** Articles read on worker threads. */
	onWorkers: number;
	/** Articles read on this thread. */
	onThisThread: number;
	/** Why reading on workers was given up for this thread, when it was; else null. */
	fallback: string | null;
}

export interface ReadOptions {
	/** Threads to read on, this one included (default: every core). With 1, everything is read on this thread. */
	threads?: number;
	/** Workers started already (see early-reader.ts), used whatever the number of articles. */
	started?: readonly Worker[];
	/** Starts a reading worker (default `startReadingWorker`). */
	startWorker?: () => Worker;
	/** Told where the articles were read, once they all are. */
	report?: (report: ReadReport) => void;
}

/**
 * Reads articles (see `readArticle`) on every core: each article is read on its own, so they are
 * shared out to worker threads in batches and the readings come back in the articles' order.
 * Few articles are read on this thread, unless a worker was `started` for them already. When a
 * worker cannot start or stops, what it had not read is read on this thread, where a real error
 * in reading is thrown again, and `report` says why.
 */
export async function readArticles(
	articles: readonly Article[],
	{
		threads = availableParallelism(),
		started = [],
		startWorker = startReadingWorker,
		report,
	}: ReadOptions = {},
): Promise<ArticleReading[]> {
	const workers = Math.min(threads, Math.floor(articles.length / MIN_PER_THREAD));
	if (workers < 2 && started.length === 0) {
		const readings = articles.map(readArticle);
		report?.({ onWorkers: 0, onThisThread: articles.length, fallback: null });
		return readings;
	}
	const readings = new Array<ArticleReading>(articles.length);
	let next = 0;
	const work = (worker: Worker) =>
		new Promise<void>((resolve, reject) => {
			let busy = false;
			const send = () => {
				busy = next < articles.length;
				if (!busy) return resolve();
				const start = next;
				next = Math.min(articles.length, next + BATCH);
				worker.postMessage({ start, articles: articles.slice(start, next) });
			};
			worker.on('message', (batch: { start: number; readings: ArticleReading[] }) => {
				batch.readings.forEach((reading, i) => (readings[batch.start + i] = reading));
				send();
			});
			worker.on('error', reject);
			worker.on('exit', (code) => {
				if (busy) reject(new Error(`a reading worker stopped (exit code ${code})`));
			});
			send();
		});
	const pool = [...started, ...Array.from({ length: Math.max(0, workers - started.length) }, startWorker)];
	let fallback: string | null = null;
	try {
		await Promise.all(pool.map(work));
		// Asked to stop, not terminated: a worker's last log lines reach this thread's output.
		await Promise.all(pool.map(stopWorker));
	} catch (failure) {
		fallback = failure instanceof Error ? failure.message : String(failure);
		await Promise.all(pool.map((worker) => worker.terminate()));
	}
	let onThisThread = 0;
	articles.forEach((article, i) => {
		if (readings[i]) return;
		readings[i] = readArticle(article);
		onThisThread++;
	});
	report?.({ onWorkers: articles.length - onThisThread, onThisThread, fallback });
	return readings;
}
