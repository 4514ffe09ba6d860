import { fileURLToPath } from 'node:url';
import { root } from 'astro:config/server';
import type { Article } from '../schemas/article.ts';
import { loadGenerated, type GeneratedCollection, type GeneratedRecords } from './generated-collections.ts';
import { newestFirst } from './stories.ts';

/**
 * `load`, run once per build and its result shared by every page: the collections do not change
 * during a build, and reading one for each of 10,000 pages would make the build quadratic. In dev
 * the data may change under the running server, so each call loads afresh.
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
	let loaded: Promise<T> | undefined;
	return () => (import.meta.env.DEV ? load() : (loaded ??= load()));
}

/** One collection's records, validated, from the pipeline's file (see `loadGenerated`). */
export const loadCollection = <N extends GeneratedCollection>(name: N): Promise<GeneratedRecords[N][]> =>
	loadGenerated(fileURLToPath(root), name);

/** All articles from the `articles` collection, newest first. */
export const loadArticles = once(async (): Promise<readonly Article[]> =>
	(await loadCollection('articles')).sort(newestFirst),
);
