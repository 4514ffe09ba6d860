import type { APIRoute } from 'astro';
import { articlesJson } from '../../lib/articles-json.ts';
import { loadArticles } from '../../lib/load-articles.ts';

/** The whole corpus as one JSON array, newest first, one object per article. */
export const GET: APIRoute = async () =>
	new Response(articlesJson(await loadArticles()), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
