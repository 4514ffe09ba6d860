import type { APIRequestContext, Page } from '@playwright/test';
import { download, expect, test } from './site.ts';
import type { Event } from '../../src/schemas/event.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';

/** The records on the site, and each one's title by id. */
async function records(request: APIRequestContext) {
	const events = await download<Event>(request, 'events');
	const meetings = await download<Meeting>(request, 'meetings');
	const titles = new Map([...events, ...meetings].map((record) => [record.id, record.title]));
	return { events, meetings, titles };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const marks = (page: Page) => page.locator('[data-timeline] a.tl-mark');
const table = (page: Page) => page.getByRole('table', { name: /in the chart’s order/ });

/** The marks' and the table rows' ids and links, in the order each shows them. */
async function chartAndTable(page: Page) {
	const chart = await marks(page).evaluateAll((links) =>
		links.map((link) => [link.getAttribute('data-id'), link.getAttribute('href')]),
	);
	const rows = await table(page)
		.locator('tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) => [tr.getAttribute('data-id'), tr.querySelector('a')?.getAttribute('href') ?? null]),
		);
	return { chart, rows };
}

test('the timeline shows Chen Wenqing’s three trips with their meetings, and every mark leads to its page', async ({
	page,
	request,
}) => {
	const { events, meetings, titles } = await records(request);
	const trips = events.filter((e) => e.kind === 'trip' && e.participants.includes('chen-wenqing'));
	expect(trips).toHaveLength(3);

	await page.goto('/timeline/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chen Wenqing’s timeline');
	for (const trip of trips) {
		const panel = page.getByRole('region', { name: trip.title });
		await expect(panel.getByRole('link', { name: new RegExp(`^${escape(trip.title)} \\(`) })).toHaveAttribute(
			'href',
			trip.url!,
		);
		const inside = meetings.filter((m) => trip.meetings.includes(m.id));
		expect(inside.length, `${trip.title} has meetings`).toBeGreaterThan(0);
		for (const meeting of inside)
			await expect(panel.locator(`a.tl-mark[href="${meeting.url}"]`)).toHaveAccessibleName(
				new RegExp(`^${escape(meeting.title)} \\(`),
			);
	}

	const links = await marks(page).evaluateAll((all) =>
		all.map((link) => ({ id: link.getAttribute('data-id') ?? '', href: link.getAttribute('href') ?? '' })),
	);
	for (const { id, href } of links) {
		const response = await page.goto(href);
		expect(response?.status(), href).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles.get(id) ?? `no record ${id}`);
	}
});

test('the table under the chart lists the same items in the same order', async ({ page }) => {
	for (const path of ['/timeline/', '/timeline/everything/']) {
		await page.goto(path);
		const { chart, rows } = await chartAndTable(page);
		expect(chart.length).toBeGreaterThan(0);
		expect(rows).toEqual(chart);
		await expect(table(page).getByRole('columnheader')).toHaveText([
			'What',
			'Kind',
			'Start',
			'End',
			'Precision',
			'Places',
			'Participants',
			'Link',
		]);
	}
});

test('everything puts every event and meeting on one timeline', async ({ page, request }) => {
	const { events, meetings } = await records(request);
	await page.goto('/timeline/everything/');
	await expect(marks(page)).toHaveCount(events.length + meetings.length);
});

test('without JavaScript the chart and the table are there', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL && { baseURL }) });
	const page = await context.newPage();
	await page.goto('/timeline/');
	await expect(page.locator('[data-timeline] svg.tl-svg').first()).toBeVisible();
	await expect(page.locator('.tl-overview__svg')).toBeVisible();
	expect(await marks(page).count()).toBeGreaterThan(0);
	const { chart, rows } = await chartAndTable(page);
	expect(rows).toEqual(chart);
	await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveCount(0);
	await context.close();
});

test('keyboard: the arrow keys move from mark to mark and the details follow', async ({ page, request }) => {
	const { titles } = await records(request);
	await page.goto('/timeline/');
	const all = marks(page);
	await all.first().focus();
	const details = page.locator('[data-details]');
	const firstId = (await all.first().getAttribute('data-id'))!;
	await expect(details).toBeVisible();
	await expect(details).toContainText(titles.get(firstId)!);

	await page.keyboard.press('ArrowRight');
	await expect(all.nth(1)).toBeFocused();
	const secondId = (await all.nth(1).getAttribute('data-id'))!;
	await expect(details).toContainText(titles.get(secondId)!);
	// Only the focused mark is in the tab order.
	await expect(all.nth(1)).toHaveAttribute('tabindex', '0');
	await expect(all.first()).toHaveAttribute('tabindex', '-1');

	await page.keyboard.press('ArrowLeft');
	await expect(all.first()).toBeFocused();
	await page.keyboard.press('End');
	await expect(all.last()).toBeFocused();

	const href = (await all.last().getAttribute('href'))!;
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${escape(href)}$`));
});

test('zooming the overview shows fewer years, and showing all years brings them back', async ({ page }) => {
	await page.goto('/timeline/');
	const overview = page.locator('.tl-overview');
	await expect(overview.locator('.tl-tick')).not.toHaveCount(0);
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect(overview.getByText(/^Showing /)).toBeVisible();
	await page.getByRole('button', { name: 'All years' }).click();
	await expect(overview.getByText(/^Showing /)).toHaveCount(0);
});

test('the switch leads to another official’s timeline', async ({ page, request }) => {
	const { meetings } = await records(request);
	await page.goto('/timeline/');
	const timelines = page.getByRole('navigation', { name: 'Timelines' });
	await expect(timelines.getByRole('link', { name: 'Chen Wenqing' })).toHaveAttribute('aria-current', 'page');
	await timelines.getByRole('link', { name: 'Nikolai Patrushev' }).click();
	await expect(page).toHaveURL(/\/timeline\/nikolai-patrushev\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nikolai Patrushev’s timeline');
	const theirs = meetings.filter((m) => m.participants.includes('nikolai-patrushev'));
	const hrefs = await marks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
	for (const meeting of theirs) expect(hrefs).toContain(meeting.url);
	await page.getByRole('navigation', { name: 'Timelines' }).getByRole('link', { name: 'Everything' }).click();
	await expect(page).toHaveURL(/\/timeline\/everything\/$/);
});
