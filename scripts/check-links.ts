/**
 * Checks the built site's internal links. Run after a build:
 *
 * 1. read    every file under dist/, parsing each .html page
 * 2. links   every href/src/action on every page names a built file, and its #fragment an element there
 * 3. sources every source cited in data/{meetings,events,figures,officials}.json names a #p- anchor
 *            that exists on its article's page
 *
 * Usage: tsx scripts/check-links.ts [--dist dist]
 * Exits 1, listing every broken link, when any link leads nowhere.
 */
import { parseArgs } from 'node:util';
import { checkCitations, checkLinks, formatProblem, readData, readSite } from './check-links/index.ts';

const { values: options } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = options.dist.replace(/\/+$/, '');

const site = await readSite(dist).catch(() => {
	console.error(`check-links: ${dist}/ cannot be read: run npm run build first.`);
	process.exit(1);
});
// Canonical links name the configured site (astro.config.mjs) in full, so they are checked too.
const origins = [new URL(process.env['SITE_URL'] ?? 'http://localhost:4321').origin];
const problems = [
	...checkLinks(site, { site: origins }),
	...(await readData(dist)).flatMap(({ file, records }) => checkCitations(site, file, records)),
];

const links = [...site.pages.values()].reduce((sum, page) => sum + page.links.length, 0);
if (problems.length > 0) {
	for (const problem of problems) console.error(`${dist}/${formatProblem(problem)}`);
	console.error(`check-links: ${problems.length} broken link(s) in ${site.pages.size} pages.`);
	process.exit(1);
}
console.log(
	`check-links: all ${links} links on ${site.pages.size} pages resolve, and so does every cited source.`,
);
