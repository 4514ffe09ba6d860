import { expect, test } from '@playwright/test';

test('a reader follows a story from the home page and links to one paragraph', async ({ page }) => {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('response', (response) => {
		if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
	});

	await page.goto('/');
	const stories = page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) });
	const firstStory = stories.getByRole('heading', { level: 3 }).first().getByRole('link');
	const headline = (await firstStory.textContent())?.trim() ?? '';
	expect(headline).not.toBe('');

	await firstStory.click();
	await expect(page).toHaveURL(/\/articles\/[a-z0-9-]+\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);

	const paragraphs = page.locator('.article__body').locator(':scope > p, :scope > h2');
	const ids = await paragraphs.evaluateAll((nodes) => nodes.map((node) => node.id));
	expect(ids.length).toBeGreaterThan(2);
	expect(ids).toEqual(ids.map((_, i) => `p-${i + 1}`));

	const n = Math.min(ids.length, 3);
	await page.getByRole('link', { name: `Link to paragraph ${n}`, exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`#p-${n}$`));
	const target = page.locator(`#p-${n}`);
	await expect(target).toBeInViewport();
	expect(await target.evaluate((node) => node.matches(':target'))).toBe(true);

	expect(errors).toEqual([]);
});

test('a duplicate capture points to its canonical story, and back', async ({ page, request }) => {
	const articles = (await (await request.get('/data/articles.json')).json()) as Array<{
		id: string;
		url: string;
		title: string;
		duplicateOf: string | null;
	}>;
	const capture = articles.find((a) => a.duplicateOf !== null);
	expect(capture, 'the seeds hold one near-duplicate capture').toBeDefined();
	const canonical = articles.find((a) => a.id === capture!.duplicateOf)!;

	await page.goto(capture!.url);
	await page.getByRole('link', { name: canonical.title }).first().click();
	await expect(page).toHaveURL(new RegExp(`${canonical.url}$`));
	await expect(page.locator(`a[href="${capture!.url}"]`).first()).toBeVisible();
});
