// @ts-check
import { defineConfig } from 'astro/config';
import { searchIndex } from './src/integrations/search-index.ts';

// Article bodies are data, not Markdown: pages render them with `renderArticleBody`
// from src/markdown/index.ts, which runs the plugin list `articleRehypePlugins`.
// That list is not passed to `markdown.rehypePlugins` because the site has no
// .md files and Astro 7 only runs that option through the extra
// @astrojs/markdown-remark package.
export default defineConfig({
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	output: 'static',
	trailingSlash: 'always',
	// Every stylesheet is a file under /_astro/, never an inline <style>, so the pages' Content-Security-Policy
	// (src/lib/csp.ts) can say style-src 'self' with no hashes to keep in step with the CSS.
	// concurrency: four pages at once, so one page's file write overlaps the next one's rendering; one at a
	// time, a quarter of a 10,000-article build was spent waiting on writes. No page depends on the order
	// pages are rendered in: what they share is loaded once (`once` in src/lib/load-articles.ts).
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
	// The search index's files are written into the output directory after the pages, not rendered as pages.
	integrations: [searchIndex()],
});
