import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/** One page of every template, the search page with results, and the 404 page. */
const TEMPLATES = [
	['home', '/'],
	['story list', '/articles/'],
	['article', '/articles/2024-04-24-china-and-russia-eye-stronger-intelligence-and-law/'],
	['official', '/officials/chen-wenqing/'],
	['official list', '/officials/'],
	['meeting', '/meetings/2024-04-23-chen-wenqing-nikolai-patrushev/'],
	['meeting list', '/meetings/'],
	['event', '/events/2024-04-chen-wenqings-trip-to-russia/'],
	['event list', '/events/'],
	['figures', '/figures/'],
	['timeline', '/timeline/'],
	['network', '/network/'],
	['search with results', '/search/?q=patrushev'],
	['data', '/data/'],
	['404', '/no-such-page/'],
] as const;

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`in ${colorScheme} mode`, () => {
		// axe injects its script inline; the site's Content-Security-Policy rightly refuses that.
		test.use({ colorScheme, bypassCSP: true });
		for (const [name, path] of TEMPLATES) {
			test(`the ${name} page has no accessibility violations`, async ({ page }) => {
				await page.goto(path);
				if (path.startsWith('/search/'))
					await expect(page.getByRole('heading', { name: /Officials/ }).first()).toBeVisible();
				const results = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
					.analyze();
				const summary = results.violations.map(
					(v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
				);
				expect(summary).toEqual([]);
			});
		}
	});
}

test('keyboard focus is always visible', async ({ page }) => {
	await page.goto('/');
	for (let i = 0; i < 12; i++) {
		await page.keyboard.press('Tab');
		const outline = await page.evaluate(() => {
			const element = document.activeElement as HTMLElement | null;
			if (!element || element === document.body) return 'none';
			const style = getComputedStyle(element);
			return style.outlineStyle !== 'none' && style.outlineWidth !== '0px'
				? 'outline'
				: style.boxShadow !== 'none'
					? 'shadow'
					: 'none';
		});
		expect(outline, `focus ring on tab stop ${i + 1}`).not.toBe('none');
	}
});
