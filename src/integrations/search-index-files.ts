import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { inCollectionOrder, readGenerated, type GeneratedCollection } from '../lib/generated-collections.ts';
import { newestFirst } from '../lib/stories.ts';
import type { SearchRecords } from '../lib/search/documents.ts';
import type { Article } from '../schemas/article.ts';
import type { Event } from '../schemas/event.ts';
import type { Figure } from '../schemas/figure.ts';
import type { Meeting } from '../schemas/meeting.ts';
import type { Official } from '../schemas/official.ts';

/** How many files are written at once: enough to keep libuv's threads busy, few enough to stay far from the open-files limit. */
const parallelWrites = 64;

/**
 * The collections search covers, read from the same files as the pages (`loadGenerated` in
 * src/lib/generated-collections.ts), each in the order the pages read it (`inCollectionOrder`), and
 * articles then newest first, as `loadArticles` sorts them (src/lib/load-articles.ts). The documents'
 * order is the index's ids and tie-breaks, so it must be the pages'. The records are not validated
 * again: the pages validate these very files, and the schemas only check, with no defaults
 * or transforms, so the records are the ones the pages see. One collection is read at a time, so only
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
