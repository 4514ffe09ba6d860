import { test as base, expect, type APIRequestContext } from '@playwright/test';

/** Playwright's `test`, where every test fails on a console error, an uncaught exception or a failed request. */
export const test = base.extend<{ errors: string[] }>({
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
