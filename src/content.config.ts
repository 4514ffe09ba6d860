import { readFile } from 'node:fs/promises';
import { defineCollection } from 'astro:content';
import { ArticleSchema } from './schemas/article.ts';

const dataFile = 'content/generated/articles.json';

/** Read the articles the build scripts wrote; the schema validates each one. */
async function loadArticles(): Promise<Array<{ id: string }>> {
	const text = await readFile(new URL('../' + dataFile, import.meta.url), 'utf8').catch(() => {
		throw new Error(`${dataFile} is missing: run npm run data to generate it.`);
	});
	const { articles } = JSON.parse(text) as { articles?: unknown };
	if (!Array.isArray(articles)) throw new Error(`${dataFile} has no "articles" array: run npm run data.`);
	return articles as Array<{ id: string }>;
}

export const collections = {
	articles: defineCollection({ loader: loadArticles, schema: ArticleSchema }),
};
