import type { APIRoute } from 'astro';
import { listPaths, listTotals } from '../lib/lists.ts';
import { loadRecords, loadStories } from '../lib/load-records.ts';
import { sitePaths, sitemapXml } from '../lib/sitemap.ts';
import { loadTimelineOfficials, loadTimelinePeriodPages, timelinePath } from '../lib/timeline/load.ts';

/** /sitemap.xml: every page the site builds, as absolute URLs on `site`. */
export const GET: APIRoute = async ({ site }) => {
	const records = await loadRecords();
	const lists = listPaths(listTotals({ ...records, stories: await loadStories() }));
	const periods = (await loadTimelinePeriodPages()).map(({ official, period }) =>
		timelinePath(official === 'everything' ? null : official, period),
	);
	return new Response(
		sitemapXml(
			site!,
			sitePaths({ ...records, timelineOfficials: await loadTimelineOfficials() }, [...lists, ...periods]),
		),
		{
			headers: { 'Content-Type': 'application/xml; charset=utf-8' },
		},
	);
};
