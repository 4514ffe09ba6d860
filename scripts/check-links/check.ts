import type { Page } from './page.ts';
import { fileFor, pageUrl, resolveLink } from './resolve.ts';

/** A built site as the checker sees it. */
export interface Site {
	/** Every file in dist/, relative, with forward slashes. */
	files: ReadonlySet<string>;
	/** Every .html file in dist/, read, by its path in `files`. */
	pages: ReadonlyMap<string, Page>;
}

/** One link that does not lead where it says. */
export interface Problem {
	/** The file the link is in, relative to dist/. */
	file: string;
	/** The link as written (or, for a citation, the link it stands for). */
	link: string;
	/** `missing-page`: no file was built at its path; `missing-anchor`: the page has no element with its id. */
	kind: 'missing-page' | 'missing-anchor';
	/** Who made the link, when it is not the file itself: a record's id in a data file. */
	by?: string;
}

/** Options for `checkLinks`. */
export interface Options {
	/** Origins that are this site too, so absolute links to them are checked (default: none). */
	site?: readonly string[];
}

/**
 * Checks every internal link on every built page: its path names a built file, and its fragment,
 * if any, names an element on that page.
 *
 * @returns One problem per broken link per page, in page order; none when every link works.
 */
export function checkLinks(site: Site, options: Options = {}): Problem[] {
	const problems: Problem[] = [];
	for (const [file, page] of [...site.pages].sort(([a], [b]) => compare(a, b))) {
		const seen = new Set<string>();
		for (const link of page.links) {
			if (seen.has(link)) continue;
			seen.add(link);
			const kind = diagnose(site, pageUrl(file), link, options.site ?? []);
			if (kind) problems.push({ file, link, kind });
		}
	}
	return problems;
}

/** A record citing its source: `{ article, paragraph }` anywhere inside a data record. */
interface Citation {
	article: string;
	paragraph: string;
}

/**
 * Checks that every source cited by the records of a data file (any `{ article, paragraph }`
 * inside a record) names a paragraph anchor that exists on that article's built page.
 *
 * @param file The data file's path relative to dist/, e.g. `data/meetings.json`.
 * @param records The file's parsed JSON: an array of records with ids.
 */
export function checkCitations(site: Site, file: string, records: unknown): Problem[] {
	const problems: Problem[] = [];
	for (const record of Array.isArray(records) ? records : []) {
		const by = isObject(record) && typeof record['id'] === 'string' ? record['id'] : '(a record with no id)';
		const links = new Set(citations(record).map((c) => `/articles/${c.article}/#${c.paragraph}`));
		for (const link of links) {
			const kind = diagnose(site, '/', link, []);
			if (kind) problems.push({ file, link, kind, by });
		}
	}
	return problems;
}

/** One line per problem, naming the file, the link and what is wrong with it. */
export function formatProblem(problem: Problem): string {
	const where = problem.by ? `${problem.file} (${problem.by})` : problem.file;
	const what =
		problem.kind === 'missing-page'
			? 'no file was built at that path'
			: 'the target page has no element with that id';
	return `${where}: ${problem.link} — ${what}`;
}

function diagnose(
	site: Site,
	from: string,
	link: string,
	origins: readonly string[],
): Problem['kind'] | null {
	const target = resolveLink(from, link, origins);
	if (!target) return null;
	const file = fileFor(target.path, site.files);
	if (!file) return 'missing-page';
	const { fragment } = target;
	if (fragment === null || fragment === '') return null;
	// Fragments of non-HTML files (a JSON download, an SVG) are not checked.
	const page = site.pages.get(file);
	if (!page || page.anchors.has(fragment)) return null;
	// HTML scrolls `#top` to the top of the page when no element claims it.
	return fragment.toLowerCase() === 'top' ? null : 'missing-anchor';
}

function citations(value: unknown): Citation[] {
	if (Array.isArray(value)) return value.flatMap(citations);
	if (!isObject(value)) return [];
	const own =
		typeof value['article'] === 'string' && typeof value['paragraph'] === 'string'
			? [{ article: value['article'], paragraph: value['paragraph'] }]
			: [];
	return [...own, ...Object.values(value).flatMap(citations)];
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
