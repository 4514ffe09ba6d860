import type { APIRoute } from 'astro';
import { loadRecords } from '../lib/load-records.ts';
import { sitePaths, sitemapXml } from '../lib/sitemap.ts';

/** /sitemap.xml: every page the site builds, as absolute URLs on `site`. */
export const GET: APIRoute = async ({ site }) =>
	new Response(sitemapXml(site!, sitePaths(await loadRecords())), {
		headers: { 'Content-Type': 'application/xml; charset=utf-8' },
	});
