/** A worker thread for `readArticles`: reads each batch of articles it is sent and sends back their readings. */
import { parentPort } from 'node:worker_threads';
import type { Article } from '../../../src/schemas/article.ts';
import { readArticle } from './article-reading.ts';
import { forgetDates } from './dates.ts';
import { forgetPlaces } from './places.ts';

parentPort!.on('message', ({ start, articles }: { start: number; articles: Article[] }) => {
	const readings = articles.map(readArticle);
	// Each batch's sentences are its own: what was remembered for them is not needed again.
	forgetDates();
	forgetPlaces();
	parentPort!.postMessage({ start, readings });
});
