import { test as base, expect, type APIRequestContext } from '@playwright/test';

/** The options a Playwright config sets for the site it serves. */
export interface SiteOptions {
	/**
	 * Whether the site is built from a corpus large enough that every list has several pages, the
	 * timeline of everything is counted by month and the network leaves officials out (false: the
	 * seeds, where none of that happens; null: not known, as for a site built from GENERATED_DIR).
	 * Tests that branch on the corpus's size check they took the branch this says (`expectBranch`), so
	 * that each config runs the branches it is there for.
	 */
	largeCorpus: boolean | null;
}

/**
 * Playwright's `test`, where every test fails on a console error, an uncaught exception or a failed request,
 * with the site's options (`SiteOptions`).
 */
export const test = base.extend<{ errors: string[] }, SiteOptions>({
	largeCorpus: [null, { option: true, scope: 'worker' }],
	errors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			page.on('pageerror', (error) => errors.push(error.message));
			page.on('response', (response) => {
				if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
			});
			await use(errors);
			expect(errors).toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };

/** A collection as the site publishes it, from /data/<name>.json. */
export async function download<T>(request: APIRequestContext, name: string): Promise<T[]> {
	const response = await request.get(`/data/${name}.json`);
	expect(response.ok()).toBe(true);
	return (await response.json()) as T[];
}

/**
 * Checks that a test took the large-corpus branch (`large`) exactly when the config says the corpus is
 * large, unless it does not say.
 */
export function expectBranch(large: boolean, largeCorpus: boolean | null, corpus: string): void {
	if (largeCorpus !== null) expect(large, corpus).toBe(largeCorpus);
}
