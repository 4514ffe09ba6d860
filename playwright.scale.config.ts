import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import seeds, { port as seedsPort } from './playwright.config.ts';
import type { SiteOptions } from './tests/e2e/site.ts';

/**
 * The scale tests on a site built from a generated corpus, as well as on the seeds (playwright.config.ts):
 * 300 articles, the seeds among them, give 284 stories (50 a page), about 900 officials, 190 meetings
 * and 210 events (100 a page), 400 items on the timeline of everything (drawn up to 150) and 200
 * officials in meetings (the network draws 30), so every large-corpus branch of scale.spec.ts runs.
 */
const port = seedsPort + 1;
/** Per port, so two clones' runs keep apart; rebuilt from scratch by each run that starts the server. */
const work = join(tmpdir(), `news-corpus-scale-${port}`);

export default defineConfig<{}, SiteOptions>({
	...seeds,
	testMatch: 'scale.spec.ts',
	// Apart from the seeds' results, which a run of this config would otherwise clear.
	outputDir: 'test-results/scale',
	use: { ...seeds.use, baseURL: `http://127.0.0.1:${port}`, largeCorpus: true },
	webServer: {
		command: `npx tsx scripts/build-scale-site.ts --work '${work}' --count 300 && npx astro preview --outDir '${work}/dist' --port ${port} --host 127.0.0.1`,
		url: `http://127.0.0.1:${port}/`,
		timeout: 300_000,
		reuseExistingServer: !process.env['CI'],
	},
});
