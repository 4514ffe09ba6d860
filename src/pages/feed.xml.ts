import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/feed.ts';
import { loadArticles } from '../lib/load-articles.ts';
import { SITE_NAME, SITE_TAGLINE } from '../lib/site.ts';

/** /feed.xml: an Atom feed with an entry for each of the newest articles (`feedLimit`), dated by the newest. */
export const GET: APIRoute = async ({ site }) =>
	new Response(
		atomFeed({
			site: site!,
			title: SITE_NAME,
			subtitle: `The latest articles in the ${SITE_TAGLINE}, newest first.`,
			articles: await loadArticles(),
		}),
		{ headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
	);
