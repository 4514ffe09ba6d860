import type { APIRequestContext, Page } from '@playwright/test';
import { download, expect, test } from './site.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import type { Official } from '../../src/schemas/official.ts';

async function patrushev(request: APIRequestContext): Promise<{ official: Official; meetings: Meeting[] }> {
	const official = (await download<Official>(request, 'officials')).find((o) => o.id === 'nikolai-patrushev');
	expect(official, 'Nikolai Patrushev is in the data').toBeDefined();
	const meetings = (await download<Meeting>(request, 'meetings')).filter((m) =>
		m.participants.includes(official!.id),
	);
	expect(meetings.length, 'he took part in meetings').toBeGreaterThan(0);
	return { official: official!, meetings };
}

const headerBox = (page: Page) => page.getByRole('combobox', { name: 'Search the site' });
const pageBox = (page: Page) => page.getByRole('searchbox', { name: 'Search for' });
const resultsOf = (page: Page, kind: string) => page.getByRole('region', { name: new RegExp(`^${kind}\\b`) });

test('typing a name in the header box lists the official and their meetings; Enter opens the first', async ({
	page,
	request,
}) => {
	const { official, meetings } = await patrushev(request);
	const indexRequests: string[] = [];
	page.on('request', (r) => void (r.url().includes('/search-index/') && indexRequests.push(r.url())));
	await page.goto('/meetings/');
	expect(indexRequests, 'the index is not fetched on page load').toEqual([]);

	await headerBox(page).pressSequentially('Patrushev');
	const popup = page.getByRole('listbox', { name: 'Search results' });
	await expect(popup).toBeVisible();
	await expect(popup.getByRole('group', { name: /^Officials/ }).getByRole('option')).toHaveText([
		new RegExp(official.name),
	]);
	// Their meetings come first: his name is in their titles, not only in what they quote.
	const shown = popup.getByRole('group', { name: /^Meetings/ }).getByRole('option');
	await expect(shown.first()).toBeVisible();
	const hrefs = await shown.evaluateAll((options) => options.map((o) => o.getAttribute('href')));
	for (const href of hrefs.slice(0, Math.min(3, meetings.length)))
		expect(meetings.map((m) => m.url)).toContain(href);
	expect(
		indexRequests.filter((url) => url.endsWith('/search-index/manifest.json')),
		'the index is fetched once',
	).toHaveLength(1);
	expect(new Set(indexRequests).size, 'each of its files once').toBe(indexRequests.length);

	await headerBox(page).press('Enter');
	await expect(page).toHaveURL(new RegExp(`${official.url}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(official.name);
});

test('arrow keys move through the popup and Enter opens the selected result', async ({ page }) => {
	await page.goto('/');
	await headerBox(page).pressSequentially('Patrushev');
	const options = page.getByRole('option');
	await expect(options.first()).toBeVisible();
	// Wait for the results of the whole word: an earlier letter's results are replaced when they come.
	await expect(page.getByRole('listbox', { name: 'Search results' })).toHaveAttribute('aria-busy', 'false');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
	await expect(headerBox(page)).toHaveAttribute(
		'aria-activedescendant',
		(await options.nth(1).getAttribute('id'))!,
	);
	const href = (await options.nth(1).getAttribute('href'))!;
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));

	await page.goto('/');
	await headerBox(page).pressSequentially('Patrushev');
	await expect(options.first()).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('listbox', { name: 'Search results' })).toBeHidden();
});

test('a /search/?q= address restores its search, and the box shows the query', async ({ page, request }) => {
	const { official, meetings } = await patrushev(request);
	await page.goto('/search/?q=patrushev');
	await expect(pageBox(page)).toHaveValue('patrushev');
	await expect(resultsOf(page, 'Officials').getByRole('link')).toHaveText([official.name]);
	const meetingLinks = resultsOf(page, 'Meetings').getByRole('link');
	await expect(meetingLinks.first()).toBeVisible();
	const hrefs = await meetingLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
	for (const meeting of meetings) expect(hrefs).toContain(meeting.url);
	await expect(page.getByRole('main').getByRole('status')).toContainText('results for “patrushev”');
	await expect(resultsOf(page, 'Officials').locator('mark')).toHaveText(['Patrushev']);

	const paragraph = resultsOf(page, 'Paragraphs').getByRole('link').first();
	await expect(paragraph).toHaveAttribute('href', /^\/articles\/[a-z0-9-]+\/#p-\d+$/);
});

test.describe('any query', () => {
	const queries = [
		'(.*)[a-z]+\\',
		'^$|?*+{}[]',
		'x'.repeat(10_000),
		'🇨🇳 🤝 🇷🇺 Chen 👋',
		'',
		'   ',
		'<script>alert(1)</script>',
		'%00%ff',
	];
	for (const query of queries) {
		test(`the search page takes ${JSON.stringify(query.slice(0, 24))}${query.length > 24 ? '…' : ''} without an error`, async ({
			page,
		}) => {
			await page.goto(`/search/?q=${encodeURIComponent(query)}`);
			await expect(pageBox(page)).toHaveValue(query);
			await page.waitForLoadState('networkidle');
			// The box in the header takes the same text, typed; the page fixture fails on any error.
			await headerBox(page).fill(query.slice(0, 500));
			await page.waitForLoadState('networkidle');
		});
	}
});

test('a misspelt name still finds the official', async ({ page, request }) => {
	const { official } = await patrushev(request);
	await page.goto('/search/?q=Patrushov');
	await expect(resultsOf(page, 'Officials').getByRole('link')).toHaveText([official.name]);

	await page.goto('/events/');
	await headerBox(page).pressSequentially('Narishkin');
	await expect(
		page
			.getByRole('group', { name: /^Officials/ })
			.getByRole('option')
			.first(),
	).toContainText('Sergei Naryshkin');
});

test('filters change the address and the results, and Back restores them', async ({ page, request }) => {
	const { meetings } = await patrushev(request);
	await page.goto('/search/?q=chen');
	await expect(resultsOf(page, 'Officials')).toBeVisible();

	await page.getByRole('radio', { name: /^Meetings/ }).check({ force: true });
	await expect(page).toHaveURL(/\/search\/\?q=chen&type=meeting$/);
	await expect(page.getByRole('region')).toHaveCount(1);
	await expect(resultsOf(page, 'Meetings')).toBeVisible();

	await page.getByLabel('Official', { exact: true }).selectOption({ label: 'Nikolai Patrushev' });
	await expect(page).toHaveURL(/\/search\/\?q=chen&type=meeting&official=nikolai-patrushev$/);
	const withChen = meetings.filter((m) => m.participants.includes('chen-wenqing'));
	await expect(resultsOf(page, 'Meetings').getByRole('link')).toHaveCount(withChen.length);

	const year = withChen[0]!.earliest.slice(0, 4);
	await page.getByLabel('Year', { exact: true }).selectOption(year);
	await expect(page).toHaveURL(new RegExp(`&year=${year}$`));
	const inYear = withChen.filter((m) => m.earliest.slice(0, 4) <= year && m.latest.slice(0, 4) >= year);
	await expect(resultsOf(page, 'Meetings').getByRole('link')).toHaveCount(inYear.length);

	await page.goBack();
	await expect(page).toHaveURL(/official=nikolai-patrushev$/);
	await expect(page.getByLabel('Year', { exact: true })).toHaveValue('');
	await page.reload();
	await expect(page.getByRole('radio', { name: /^Meetings/ })).toBeChecked();
	await expect(page.getByLabel('Official', { exact: true })).toHaveValue('nikolai-patrushev');
});

test('"/" focuses the search box unless typing in a field, and arrow keys reach the results', async ({
	page,
}) => {
	await page.goto('/officials/');
	await page.keyboard.press('/');
	await expect(headerBox(page)).toBeFocused();
	await page.keyboard.type('a/b');
	await expect(headerBox(page)).toHaveValue('a/b');

	await page.goto('/search/?q=patrushev');
	await expect(resultsOf(page, 'Officials')).toBeVisible();
	await page.getByRole('heading', { level: 1 }).click();
	await page.keyboard.press('/');
	await expect(pageBox(page)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(resultsOf(page, 'Officials').getByRole('link')).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(resultsOf(page, 'Meetings').getByRole('link').first()).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect(pageBox(page)).toBeFocused();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the header box is a plain form to /search/, which links to the lists', async ({ page }) => {
		await page.goto('/officials/');
		const box = page.getByRole('searchbox', { name: 'Search the site' });
		await box.fill('patrushev');
		await box.press('Enter');
		await expect(page).toHaveURL(/\/search\/\?q=patrushev$/);
		// Playwright's text locators and assertions skip <noscript> itself, so the message is found by its class.
		const message = page.getByRole('main').locator('.search-noscript');
		await expect(message).toContainText('Search needs JavaScript');
		for (const name of ['Stories', 'Officials', 'Meetings', 'Events', 'Figures'])
			await expect(message.getByRole('link', { name, exact: true })).toBeVisible();
	});
});
