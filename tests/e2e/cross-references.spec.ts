import { expect, test } from '@playwright/test';

test('an article’s mention of an official links to the official’s page, and a cited passage to its meeting', async ({
	page,
	request,
}) => {
	const officials = (await (await request.get('/data/officials.json')).json()) as Array<{
		name: string;
		url: string;
		mentions: { article: string; paragraph: string }[];
	}>;
	const articles = (await (await request.get('/data/articles.json')).json()) as Array<{
		id: string;
		url: string;
	}>;
	const patrushev = officials.find((o) => o.name === 'Nikolai Patrushev')!;
	const mention = patrushev.mentions[0]!;
	const article = articles.find((a) => a.id === mention.article)!;

	await page.goto(`${article.url}#${mention.paragraph}`);
	const paragraph = page.locator(`#${mention.paragraph}`);
	const link = paragraph.getByRole('link', { name: /Patrushev/ }).first();
	await expect(link).toHaveAttribute('href', patrushev.url);

	const meetingLink = paragraph.getByRole('link', { name: /^Meeting: / }).first();
	await expect(meetingLink).toBeVisible();
	await meetingLink.click();
	await expect(page).toHaveURL(/\/meetings\/[a-z0-9-]+\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

	await page.goto(`${article.url}#${mention.paragraph}`);
	await page
		.locator(`#${mention.paragraph}`)
		.getByRole('link', { name: /Patrushev/ })
		.first()
		.click();
	await expect(page).toHaveURL(new RegExp(`${patrushev.url}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nikolai Patrushev');
});
