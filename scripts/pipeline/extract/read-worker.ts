/**
 * A worker thread for `readArticles`: reads each batch of articles it is sent and sends back
 * their readings. It loads the reading modules and the tagger and reads a short article as soon
 * as it starts, so a worker started early (see early-reader.ts) is ready when its articles come.
 */
import { parentPort, type MessagePort } from 'node:worker_threads';
import type { Article } from '../../../src/schemas/article.ts';

const WARM_UP: Article = {
	id: 'warm-up',
	source: 'warm-up.txt',
	title: 'Warm-up',
	outlet: null,
	republishes: null,
	published: '2024-04-24',
	dateBasis: null,
	sourceUrl: null,
	standfirst: [],
	paragraphs: [
		{
			id: 'p-1',
			text: 'Foreign minister Anna Berg met Chen Wenqing in Moscow on Tuesday, officials said, and 3,000 people attended the summit on 12 May.',
		},
	],
	captions: [],
	related: [],
	duplicateOf: null,
	duplicates: [],
	url: '/articles/warm-up/',
};

const { readArticle } = await import('./article-reading.ts');
// One short article read at once: the tagger and date parser set themselves up on first use
// (and their code is compiled), which would otherwise hold up the first batch sent.
readArticle(WARM_UP);

// A batch sent with a port of its own (read ahead, see early-reader.ts) is answered on that port.
// Asked to stop, the worker closes its port and ends once idle, its output all written (a worker
// that is terminated may lose its last log lines).
parentPort!.on(
	'message',
	(message: { stop: true } | { start: number; articles: Article[]; reply?: MessagePort }) => {
		if ('stop' in message) return parentPort!.close();
		const { start, articles, reply } = message;
		const readings = articles.map(readArticle);
		(reply ?? parentPort!).postMessage({ start, readings });
		reply?.close();
	},
);
