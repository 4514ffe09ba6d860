import { download, expect, expectBranch, test } from './site.ts';

/**
 * Lists, the timeline and the network stay navigable however large the corpus: these hold for the
 * five seeds (one page each, everything drawn; playwright.config.ts) and for a generated corpus of
 * hundreds (several pages, the timeline counted by month, officials left off the network;
 * playwright.scale.config.ts), or of thousands (GENERATED_DIR). Each test checks that it took the
 * branch its corpus is for (`expectBranch`), so that neither run passes on the other's branches alone.
 */

const lists = [
	{ path: '/officials/', name: 'officials', size: 100, heading: 'Officials' },
	{ path: '/meetings/', name: 'meetings', size: 100, heading: 'Meetings' },
	{ path: '/events/', name: 'events', size: 100, heading: 'Events' },
] as const;

for (const list of lists) {
	test(`the ${list.name} list shows its count and pages through every record`, async ({
		page,
		request,
		largeCorpus,
	}) => {
		const records = await download<{ url: string | null }>(request, list.name);
		const pages = Math.max(1, Math.ceil(records.length / list.size));
		expectBranch(pages > 1, largeCorpus, `${records.length} ${list.name}, ${list.size} a page`);
		await page.goto(list.path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(list.heading);
		await expect(page.locator('.counts')).toContainText(String(records.length));
		const pager = page.getByRole('navigation', { name: `Pages of ${list.name}` });
		if (pages === 1) {
			await expect(pager).toHaveCount(0);
			return;
		}
		await expect(pager.getByRole('link', { name: `Page ${pages}`, exact: true })).toHaveAttribute(
			'href',
			`${list.path}${pages}/`,
		);
		await pager.getByRole('link', { name: 'Next page' }).click();
		await expect(page).toHaveURL(new RegExp(`${list.path}2/$`));
		await expect(page).toHaveTitle(new RegExp(`^${list.heading}, page 2 `));
		await expect(
			page
				.getByRole('navigation', { name: `Pages of ${list.name}` })
				.getByRole('link', { name: 'Page 2', exact: true }),
		).toHaveAttribute('aria-current', 'page');
	});
}

test('every story is listed under All stories, and the home page links there', async ({
	page,
	request,
	largeCorpus,
}) => {
	const articles = await download<{ id: string; url: string; duplicateOf: string | null }>(
		request,
		'articles',
	);
	const ids = new Set(articles.map((a) => a.id));
	const stories = articles.filter((a) => a.duplicateOf === null || !ids.has(a.duplicateOf));
	await page.goto('/');
	await page.getByRole('link', { name: new RegExp(`^${stories.length} stor(y|ies)$`) }).click();
	await expect(page).toHaveURL(/\/articles\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('All stories');
	const listed: string[] = [];
	let pages = 0;
	for (let next: string | null = '/articles/'; next; pages++) {
		await page.goto(next);
		listed.push(
			...(await page
				.locator('.story__title a')
				.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))),
		);
		next = await page
			.getByRole('navigation', { name: 'Pages of stories' })
			.getByRole('link', { name: 'Next page' })
			.getAttribute('href', { timeout: 1000 })
			.catch(() => null);
	}
	expect(listed.sort()).toEqual(stories.map((s) => s.url).sort());
	expectBranch(pages > 1, largeCorpus, `${stories.length} stories in ${pages} pages`);
});

test('the timeline of everything draws every item, or counts them by month and opens each month', async ({
	page,
	request,
	largeCorpus,
}) => {
	const events = await download<unknown>(request, 'events');
	const meetings = await download<unknown>(request, 'meetings');
	const total = events.length + meetings.length;
	expectBranch(total > 150, largeCorpus, `${total} items`);
	await page.goto('/timeline/everything/');
	const marks = page.locator('[data-timeline] a.tl-mark');
	const grid = page.getByRole('table', { name: /by month$/ });
	if (total <= 150) {
		await expect(marks).toHaveCount(total);
		await expect(grid).toHaveCount(0);
		return;
	}
	await expect(marks).toHaveCount(0);
	const counts = await grid
		.locator('td.tl-heat a')
		.evaluateAll((links) => links.map((link) => Number(link.firstChild?.textContent ?? 0)));
	expect(counts.reduce((sum, n) => sum + n, 0)).toBe(total);
	await grid.locator('td.tl-heat a').first().click();
	await expect(page).toHaveURL(/\/timeline\/everything\/\d{4}(-\d{2})?\/$/);
	await expect(page.getByRole('link', { name: 'All years of the timeline' })).toBeVisible();
});

test('the network says where the officials it leaves out are', async ({ page, request, largeCorpus }) => {
	const meetings = await download<{ participants: string[] }>(request, 'meetings');
	const met = new Set(meetings.flatMap((m) => m.participants));
	expectBranch(met.size > 30, largeCorpus, `${met.size} officials in meetings`);
	await page.goto('/network/');
	const more = page.getByRole('link', { name: 'All officials, most meetings first' });
	await expect(more).toHaveCount(met.size > 30 ? 1 : 0);
});

test('the network draws the 30 officials in the most meetings with one another, or everyone who met anyone', async ({
	page,
	request,
}) => {
	const meetings = await download<{ participants: string[] }>(request, 'meetings');
	const met = new Set(meetings.flatMap((m) => m.participants));
	await page.goto('/network/');
	await expect(page.locator('.network__node')).toHaveCount(Math.min(30, met.size));
});

test('an official the search filter does not list is added by name when the address names them', async ({
	page,
}) => {
	// The filter lists only the most concerned officials; take one off the list as a large corpus would.
	await page.route('**/search/?official=*', async (route) => {
		const response = await route.fetch();
		const html = (await response.text()).replace(/<option value="nikolai-patrushev">[^<]*<\/option>/, '');
		await route.fulfill({ response, body: html });
	});
	await page.goto('/officials/nikolai-patrushev/');
	await page.getByRole('link', { name: 'Search their records' }).click();
	await expect(page).toHaveURL(/\/search\/\?official=nikolai-patrushev$/);
	const filter = page.getByLabel('Official', { exact: true });
	await expect(filter).toHaveValue('nikolai-patrushev');
	await expect(filter.locator('option:checked')).toHaveText('Nikolai Patrushev');
	await expect(page.locator('[data-search-page-status]')).toContainText('concerning Nikolai Patrushev');
	await expect(
		page
			.getByRole('region', { name: /^Officials/ })
			.getByRole('link')
			.first(),
	).toHaveText('Nikolai Patrushev');
});
