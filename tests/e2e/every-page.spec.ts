import { expect, test } from '@playwright/test';

/** Every page the site builds: the fixed ones and one per record in the published data. */
async function allPages(request: import('@playwright/test').APIRequestContext): Promise<string[]> {
	const fixed = [
		'/',
		'/timeline/',
		'/timeline/everything/',
		'/officials/',
		'/meetings/',
		'/network/',
		'/events/',
		'/figures/',
		'/data/',
		'/search/',
		'/search/?q=patrushev',
	];
	const records: string[] = [];
	for (const name of ['articles', 'officials', 'meetings', 'events']) {
		const list = (await (await request.get(`/data/${name}.json`)).json()) as { url: string | null }[];
		for (const record of list) if (record.url) records.push(record.url);
	}
	return [...fixed, ...records];
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
