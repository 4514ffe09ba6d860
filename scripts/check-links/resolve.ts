/** A link resolved against the built site: the file it names, and the fragment it scrolls to. */
export interface Target {
	/** The URL path, decoded, as the browser asks for it: `/articles/x/`. */
	path: string;
	/** The fragment without its `#`, decoded; `null` when the link has none. */
	fragment: string | null;
}

/** Stands in for the site's origin, so relative links resolve as they would on the real host. */
const ORIGIN = 'https://site.invalid';

/**
 * The URL path a built file is served at: `articles/x/index.html` → `/articles/x/`.
 *
 * @param file A path relative to dist/, with forward slashes.
 */
export function pageUrl(file: string): string {
	if (file === 'index.html') return '/';
	if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
	return `/${file}`;
}

/**
 * Resolves a link found on a page to a path on this site.
 *
 * @param page The URL path of the page the link is on (see `pageUrl`).
 * @param link The href or src as written.
 * @param site Origins that also count as this site (the configured `site`, used by canonical links).
 * @returns The target, or `null` for a link that leaves the site (another origin, `mailto:`, `data:`…).
 */
export function resolveLink(page: string, link: string, site: readonly string[] = []): Target | null {
	let url: URL;
	try {
		url = new URL(link, ORIGIN + page);
	} catch {
		// An unparseable URL is broken wherever it points; keep it as written so it is reported.
		return { path: link, fragment: null };
	}
	if (url.origin !== ORIGIN && !site.includes(url.origin)) return null;
	return { path: decode(url.pathname), fragment: url.hash === '' ? null : decode(url.hash.slice(1)) };
}

/**
 * The built file a URL path is served from, as a static host serves it: the file itself, or the
 * directory's index.html.
 *
 * @param path A URL path from `resolveLink`.
 * @param files Every file in dist/, relative, with forward slashes.
 * @returns The file, or `null` when nothing was built there.
 */
export function fileFor(path: string, files: ReadonlySet<string>): string | null {
	const relative = path.replace(/^\/+/, '');
	const candidates =
		relative === '' || relative.endsWith('/')
			? [`${relative}index.html`]
			: [relative, `${relative}/index.html`];
	return candidates.find((candidate) => files.has(candidate)) ?? null;
}

function decode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}
