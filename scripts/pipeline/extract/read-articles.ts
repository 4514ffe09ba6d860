import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Article } from '../../../src/schemas/article.ts';
import { readArticle, type ArticleReading } from './article-reading.ts';
import { startReadingWorker } from './early-reader.ts';

/** Articles sent to a worker at a time: enough to outweigh the messages, few enough to share out evenly. */
const BATCH = 25;
/** Below this many articles per thread, starting a worker (and its tagger) costs more than it saves. */
const MIN_PER_THREAD = 100;

/**
 * Reads articles (see `readArticle`) on every core: each article is read on its own, so they are
 * shared out to worker threads in batches and the readings come back in the articles' order.
 * Few articles are read on this thread, unless a worker was `started` for them already.
 */
export async function readArticles(
	articles: readonly Article[],
	threads = availableParallelism(),
	started: readonly Worker[] = [],
): Promise<ArticleReading[]> {
	const workers = Math.min(threads, Math.floor(articles.length / MIN_PER_THREAD));
	if (workers < 2 && started.length === 0) {
		const readings = articles.map(readArticle);
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
	const pool = [
		...started,
		...Array.from({ length: Math.max(0, workers - started.length) }, startReadingWorker),
	];
	try {
		await Promise.all(pool.map(work));
	} catch {
		// A worker that cannot start (a Node.js that cannot load TypeScript in workers): the rest
		// is read here, where a real error in reading would be thrown again.
	} finally {
		await Promise.all(pool.map((worker) => worker.terminate()));
	}
	articles.forEach((article, i) => (readings[i] ??= readArticle(article)));
	return readings;
}
