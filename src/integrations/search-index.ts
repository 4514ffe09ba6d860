import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inCollectionOrder, readGenerated, type GeneratedCollection } from '../lib/generated-collections.ts';
import { buildIndex } from '../lib/search/build-index.ts';
import { searchDocuments, type SearchRecords } from '../lib/search/documents.ts';
import { newestFirst } from '../lib/stories.ts';
import type { Article } from '../schemas/article.ts';
import type { Event } from '../schemas/event.ts';
import type { Figure } from '../schemas/figure.ts';
import type { Meeting } from '../schemas/meeting.ts';
import type { Official } from '../schemas/official.ts';

/** The folder of the output directory the index's files go in; the search client fetches them from here. */
const indexFolder = 'search-index';

/** How many files are written at once: enough to keep libuv's threads busy, few enough to stay far from the open-files limit. */
const parallelWrites = 64;

/**
 * The collections search covers, read from the same files as the content layer (src/content.config.ts),
 * each in the order the site's pages read it: as `getCollection` gives them (`inCollectionOrder`), and
 * articles then newest first, as `loadArticles` sorts them (src/lib/load-articles.ts). The documents'
 * order is the index's ids and tie-breaks, so it must be the pages'. The records are not validated
 * again: the content layer validated these very files earlier in the build, and the schemas only check,
 * with no defaults or transforms, so the records are the ones the pages see. A second parse would cost
 * a copy of every collection at the build's peak of memory. One collection is read at a time, so only
 * one file's text is in memory at once.
 */
export async function readSearchRecords(root: string): Promise<SearchRecords> {
	const read = async <T extends { id: string }>(name: GeneratedCollection) =>
		inCollectionOrder((await readGenerated(root, name)) as T[]);
	const articles = await read<Article>('articles');
	const officials = await read<Official>('officials');
	const meetings = await read<Meeting>('meetings');
	const events = await read<Event>('events');
	const figures = await read<Figure>('figures');
	return { articles: articles.sort(newestFirst), officials, meetings, events, figures };
}

/** Write each file at its path under `dir`, making each folder once. */
export async function writeFiles(
	dir: string,
	files: ReadonlyMap<string, string | Uint8Array>,
): Promise<void> {
	const paths = [...files.keys()];
	for (const folder of new Set(paths.map((path) => dirname(join(dir, path)))))
		await mkdir(folder, { recursive: true });
	let next = 0;
	const writeNext = async (): Promise<void> => {
		for (let path = paths[next++]; path !== undefined; path = paths[next++])
			await writeFile(join(dir, path), files.get(path)!);
	};
	await Promise.all(Array.from({ length: parallelWrites }, writeNext));
}

/**
 * Writes the search index's files (src/lib/search/README.md) into the built site's /search-index/
 * once the pages are built. As an endpoint route the index was one render per file — 42,668 at
 * 10,000 articles, a sixth of the build, most of it waiting on one file write after another — and
 * kept every file in memory as a page's props for the whole build. The dev server has no output
 * directory, so there the same files are served by an endpoint route (./search-index-route.ts)
 * injected for `astro dev` only.
 */
export function searchIndex(): AstroIntegration {
	let root = '';
	return {
		name: 'search-index',
		hooks: {
			'astro:config:setup': ({ command, config, injectRoute }) => {
				root = fileURLToPath(config.root);
				if (command === 'dev')
					injectRoute({
						pattern: `/${indexFolder}/[...file]`,
						entrypoint: new URL('./search-index-route.ts', import.meta.url),
					});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const { files } = buildIndex(searchDocuments(await readSearchRecords(root)));
				await writeFiles(join(fileURLToPath(dir), indexFolder), files);
				logger.info(
					`${files.size} files in /${indexFolder}/ in ${Math.round(performance.now() - started)} ms`,
				);
			},
		},
	};
}
