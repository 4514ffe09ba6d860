import { download, expect, test } from './site.ts';
import { formatDate, sentenceCase } from '../../src/lib/format.ts';
import type { Event } from '../../src/schemas/event.ts';
import type { Figure } from '../../src/schemas/figure.ts';
import type { Meeting } from '../../src/schemas/meeting.ts';
import type { Official } from '../../src/schemas/official.ts';

test('an official’s page lists their meetings and links to each', async ({ page, request }) => {
	const officials = await download<Official>(request, 'officials');
	const meetings = await download<Meeting>(request, 'meetings');
	const meetingsOf = (o: Official) => meetings.filter((m) => m.participants.includes(o.id));
	const official = [...officials].sort((a, b) => meetingsOf(b).length - meetingsOf(a).length)[0]!;
	const theirs = meetingsOf(official);
	expect(theirs.length, 'someone in the data took part in a meeting').toBeGreaterThan(0);

	await page.goto(official.url);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(official.name);
	await expect(
		page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Officials' }),
	).toHaveAttribute('aria-current', 'true');

	const section = page.getByRole('region', { name: 'Meetings' });
	await expect(section.getByRole('listitem')).toHaveCount(theirs.length);
	const hrefs = await section
		.getByRole('link')
		.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
	for (const meeting of theirs) expect(hrefs).toContain(meeting.url);

	const first = theirs[0]!;
	await section.locator(`a[href="${first.url}"]`).click();
	await expect(page).toHaveURL(new RegExp(`${first.url}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
	await expect(page.getByRole('link', { name: official.name }).first()).toBeVisible();
});

test('a meeting page quotes each source and links to the paragraph that says it', async ({
	page,
	request,
}) => {
	const meetings = await download<Meeting>(request, 'meetings');
	const meeting = [...meetings].sort((a, b) => b.sources.length - a.sources.length)[0]!;

	await page.goto(meeting.url);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(meeting.title);
	const sources = page.getByRole('region', { name: 'Sources' });
	const links: Array<{ href: string; quote: string; paragraph: string }> = [];
	for (const source of meeting.sources) {
		const item = sources.getByRole('listitem').filter({ hasText: source.quote });
		await expect(item.getByRole('blockquote')).toHaveText(source.quote);
		const link = item.getByRole('link', { name: new RegExp(`paragraph ${source.paragraph.slice(2)}$`) });
		const href = `/articles/${source.article}/#${source.paragraph}`;
		await expect(link).toHaveAttribute('href', href);
		links.push({ href, quote: source.quote, paragraph: source.paragraph });
	}

	// Follow the first link as a reader would, then check every other one resolves the same way.
	await sources.getByRole('link').first().click();
	for (const [i, { href, quote, paragraph }] of links.entries()) {
		if (i > 0) await page.goto(href);
		await expect(page).toHaveURL(new RegExp(`${href}$`));
		const target = page.locator(`.article__body #${paragraph}`);
		await expect(target).toContainText(quote);
		// The browser marks the fragment's element as the target once the page has loaded, which
		// may be after the element and its text are there: the check waits for it.
		await expect.poll(() => target.evaluate((node) => node.matches(':target'))).toBe(true);
	}
});

test('the page of Chen Wenqing’s April 2024 trip shows that sources disagree on its start', async ({
	page,
	request,
}) => {
	const officials = await download<Official>(request, 'officials');
	const events = await download<Event>(request, 'events');
	const chen = officials.find((official) => official.name === 'Chen Wenqing')!;
	const trip = events.find(
		(event) =>
			event.kind === 'trip' && event.participants.includes(chen.id) && event.earliest.startsWith('2024-04'),
	);
	expect(trip?.url, 'the seeds report Chen Wenqing’s trip to Russia in April 2024').toBeTruthy();
	const starts = trip!.conflicts.filter((conflict) => conflict.field === 'start');
	expect(starts.length, 'the reports give two start dates').toBeGreaterThanOrEqual(2);

	await page.goto(trip!.url!);
	const box = page.getByRole('region', { name: 'Sources disagree' });
	await expect(box).toBeVisible();
	await expect(box.getByRole('heading', { name: 'Start date' })).toBeVisible();
	for (const start of starts) {
		await expect(box.getByText(formatDate(start.value), { exact: true })).toBeVisible();
		for (const source of start.sources) await expect(box.getByText(source.quote)).toBeVisible();
	}
	await expect(box.getByText('20 April 2024', { exact: true })).toBeVisible();
	await expect(box.getByText('21 April 2024', { exact: true })).toBeVisible();
});

test('a visit no report names says, in the list and on its page, that it is worked out from its meetings', async ({
	page,
	request,
}) => {
	const events = await download<Event>(request, 'events');
	const visit = events.find((event) => event.basis === 'meetings' && event.url !== null);
	expect(visit, 'the seeds report meetings abroad that no sentence calls a visit').toBeTruthy();
	expect(visit!.meetings.length, 'a visit worked out from meetings holds them').toBeGreaterThan(0);

	await page.goto('/events/');
	const item = page
		.locator('.record')
		.filter({ has: page.getByRole('link', { name: visit!.title, exact: true }) });
	await expect(item.getByText('worked out from its meetings')).toBeVisible();
	await page.goto(visit!.url!);
	await expect(page.getByText('No report names this visit', { exact: false })).toBeVisible();
});

test('the figures page puts conflicting counts first and marks rounded ones consistent', async ({
	page,
	request,
}) => {
	const figures = await download<Figure>(request, 'figures');
	const groupWith = (...values: number[]) => {
		const group = figures.find((f) => f.value === values[0])?.group;
		const members = figures.filter((f) => f.group === group);
		expect(members.map((f) => f.value).sort()).toEqual(values.sort());
		return members;
	};
	const deaths = groupWith(133, 137);
	const trade = groupWith(240_000_000_000, 240_100_000_000);

	await page.goto('/figures/');
	const first = page.getByRole('region').first();
	await expect(first).toHaveAccessibleName(sentenceCase(deaths[0]!.measure));
	await expect(first.getByText('Sources conflict', { exact: true })).toBeVisible();
	for (const figure of deaths) await expect(first.getByText(figure.text, { exact: true })).toBeVisible();

	const tradeGroup = page.getByRole('region', { name: sentenceCase(trade[0]!.measure), exact: true });
	await expect(tradeGroup.getByText('Consistent (rounding)', { exact: true })).toBeVisible();
	for (const figure of trade) await expect(tradeGroup.getByText(figure.text, { exact: true })).toBeVisible();
});

test('every collection downloads as JSON and as CSV with one row per record', async ({ request }) => {
	for (const name of ['articles', 'officials', 'meetings', 'events', 'figures']) {
		const records = await download<{ id: string }>(request, name);
		const csv = await request.get(`/data/${name}.csv`);
		expect(csv.ok()).toBe(true);
		const text = await csv.text();
		expect(text.startsWith('id,')).toBe(true);
		// Rows end in CRLF; line breaks inside quoted cells are bare LF, so CRLF counts the rows.
		expect(text.split('\r\n').filter(Boolean)).toHaveLength(records.length + 1);
	}
});
