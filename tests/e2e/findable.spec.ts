import { readdirSync } from 'node:fs';
import { basename, dirname, sep } from 'node:path';
import { test as plain, type APIRequestContext, type Page } from '@playwright/test';
import { download, expect, test } from './site.ts';

/** The paths the sitemap lists, relative to its site. */
async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
	const response = await request.get('/sitemap.xml');
	expect(response.ok()).toBe(true);
	return [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(
		(match) => new URL(match[1]!).pathname,
	);
}

/** Every built HTML page's path, from dist/, except the 404 page. */
function builtPages(dir = 'dist'): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => basename(file) === 'index.html')
		.map((file) => dirname(file).split(sep).join('/'))
		.map((folder) => (folder === '.' ? '/' : `/${folder}/`));
}

/** An XML document parsed by the browser; fails the test on a parse error. */
async function parseXml(
	page: Page,
	path: string,
): Promise<{ root: string; ns: string | null; entries: number }> {
	await page.goto('/');
	return page.evaluate(async (path) => {
		const text = await (await fetch(path)).text();
		const doc = new DOMParser().parseFromString(text, 'application/xml');
		const error = doc.querySelector('parsererror');
		if (error) throw new Error(`${path}: ${error.textContent}`);
		return {
			root: doc.documentElement.localName,
			ns: doc.documentElement.namespaceURI,
			entries: doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry').length,
		};
	}, path);
}

test('the sitemap lists every article, official, meeting and event page, and each returns 200', async ({
	request,
}) => {
	const listed = await sitemapPaths(request);
	for (const name of ['articles', 'officials', 'meetings', 'events']) {
		const records = await download<{ url: string | null }>(request, name);
		for (const record of records) if (record.url) expect(listed, name).toContain(record.url);
	}
	for (const path of listed) expect((await request.get(path)).status(), path).toBe(200);
});

test('the sitemap lists exactly the pages the build wrote', async ({ request }) => {
	expect((await sitemapPaths(request)).sort()).toEqual(builtPages().sort());
});

test('the feed is Atom with an entry for each of the newest 50 articles, dated by the newest', async ({
	page,
	request,
}) => {
	const feed = await parseXml(page, '/feed.xml');
	const articles = await download<{ published: string }>(request, 'articles');
	expect(feed).toEqual({
		root: 'feed',
		ns: 'http://www.w3.org/2005/Atom',
		entries: Math.min(articles.length, 50),
	});
	const newest = articles
		.map((article) => article.published)
		.sort()
		.at(-1);
	expect(await (await request.get('/feed.xml')).text()).toContain(`\t<updated>${newest}T00:00:00Z</updated>`);
});

test('every page links the feed', async ({ page }) => {
	await page.goto('/officials/');
	await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
		'href',
		'/feed.xml',
	);
});

test.describe('link previews', () => {
	for (const [name, type] of [
		['articles', 'article'],
		['meetings', 'website'],
		['officials', 'profile'],
	] as const) {
		test(`a page from ${name} has Open Graph and Twitter card tags`, async ({ page, request }) => {
			const [record] = await download<{ url: string }>(request, name);
			await page.goto(record!.url);
			const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`);
			const url = await page.locator('link[rel="canonical"]').getAttribute('href');
			expect(new URL(url!).pathname).toBe(record!.url);
			await expect(meta('og:url')).toHaveAttribute('content', url!);
			await expect(meta('og:type')).toHaveAttribute('content', type);
			for (const key of ['og:title', 'og:description', 'twitter:title', 'twitter:description']) {
				await expect(meta(key)).toHaveAttribute('content', /\S/);
			}
			await expect(meta('twitter:card')).toHaveAttribute('content', 'summary');
		});
	}
});

// The plain test: the 404 response is expected, so the shared fixture would fail on it.
plain('an unknown address shows the 404 page, with search and links to the lists', async ({ page }) => {
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	const main = page.getByRole('main');
	await expect(main.getByRole('link', { name: 'Stories' })).toHaveAttribute('href', '/articles/');
	await expect(main.getByRole('link', { name: 'Data' })).toHaveAttribute('href', '/data/');
	await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
	await main.getByLabel('Search for it instead').fill('patrushev');
	await main.getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/\/search\/\?q=patrushev$/);
});

test('every page declares a CSP that allows no other origin, and requests nothing from one', async ({
	page,
	request,
	baseURL,
}) => {
	test.setTimeout(180_000);
	const paths = await sitemapPaths(request);
	const origin = new URL(baseURL!).origin;
	const foreign: string[] = [];
	let current = '';
	page.on('request', (req) => {
		if (new URL(req.url()).origin !== origin) foreign.push(`${current}: ${req.url()}`);
	});
	for (const path of [...paths, '/search/?q=patrushev']) {
		current = path;
		await page.goto(path);
		const csp = page.locator('meta[http-equiv="Content-Security-Policy"]');
		await expect(csp, path).toHaveCount(1);
		const policy = (await csp.getAttribute('content'))!;
		const directives = new Map(
			policy.split(';').map((part) => {
				const [name, ...sources] = part.trim().split(/\s+/);
				return [name!, sources] as const;
			}),
		);
		for (const name of ['default-src', 'script-src', 'style-src', 'connect-src', 'img-src']) {
			expect(directives.get(name), `${path} ${name}`).toEqual(["'self'"]);
		}
		expect(directives.get('object-src')).toEqual(["'none'"]);
		expect(policy).not.toMatch(/unsafe-|https?:|\*/);
	}
	expect(foreign).toEqual([]);
});
