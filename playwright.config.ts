import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.ts';
import type { SiteOptions } from './tests/e2e/site.ts';

/**
 * E2E_PORT picks another port, so two clones can run their tests side by side; the scale run on a
 * generated corpus (playwright.scale.config.ts) serves on the port after it.
 */
export const port = Number(process.env['E2E_PORT'] ?? 4399);

export default defineConfig<{}, SiteOptions>({
	testDir: 'tests/e2e',
	forbidOnly: !!process.env['CI'],
	retries: process.env['CI'] ? 1 : 0,
	reporter: process.env['CI'] ? 'list' : 'line',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		// The seeds, unless GENERATED_DIR has the build read another pipeline output.
		largeCorpus: process.env['GENERATED_DIR'] ? null : false,
		// Debian's Chromium, so no browser download is needed.
		launchOptions: {
			executablePath: chromiumPath,
			args: chromiumArgs,
		},
	},
	// Build once and serve the static output for every test.
	webServer: {
		command: `npm run build && npx astro preview --port ${port} --host 127.0.0.1`,
		url: `http://127.0.0.1:${port}/`,
		timeout: 180_000,
		reuseExistingServer: !process.env['CI'],
	},
});
