import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/feed.ts';
import { loadArticles } from '../lib/load-articles.ts';
import { SITE_NAME, SITE_TAGLINE } from '../lib/site.ts';

/** /feed.xml: an Atom feed with one entry per article, dated by the newest article. */
export const GET: APIRoute = async ({ site }) =>
	new Response(
		atomFeed({
			site: site!,
			title: SITE_NAME,
			subtitle: `Every article in the ${SITE_TAGLINE}, newest first.`,
			articles: await loadArticles(),
		}),
		{ headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
	);
