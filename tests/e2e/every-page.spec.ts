import { expect, test, type APIRequestContext } from '@playwright/test';

/**
 * Every page the site builds, as its sitemap lists them (findable.spec checks the sitemap against
 * dist/), and a search with results.
 */
async function allPages(request: APIRequestContext): Promise<string[]> {
	const sitemap = await (await request.get('/sitemap.xml')).text();
	const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
	return [...pages, '/search/?q=patrushev'];
}

test('no page logs a console error or fails a request', async ({ page, request }) => {
	test.setTimeout(180_000);
	const pages = await allPages(request);
	expect(pages.length).toBeGreaterThan(40);
	const problems: string[] = [];
	let current = '';
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`${current}: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`${current}: ${error.message}`));
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`${current}: ${response.status()} ${response.url()}`);
	});
	for (const path of pages) {
		current = path;
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(200);
		await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
	}
	expect(problems).toEqual([]);
});
