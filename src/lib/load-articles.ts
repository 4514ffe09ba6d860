import { getCollection } from 'astro:content';
import type { Article } from '../schemas/article.ts';
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

/** All articles from the `articles` collection, newest first. */
export const loadArticles = once(async (): Promise<readonly Article[]> => {
	const entries = await getCollection('articles');
	return entries.map((entry) => entry.data).sort(newestFirst);
});
