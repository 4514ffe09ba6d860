import { getCollection } from 'astro:content';
import type { Article } from '../schemas/article.ts';
import { newestFirst } from './stories.ts';

/** All articles from the `articles` collection, newest first. */
export async function loadArticles(): Promise<Article[]> {
	const entries = await getCollection('articles');
	return entries.map((entry) => entry.data).sort(newestFirst);
}
