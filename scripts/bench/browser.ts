import { chromium, type Browser, type Page } from '@playwright/test';
import { benchQueries, checkTypos, firstResultsQuery } from './queries.ts';
import type { FirstResults, KeystrokeLatency } from './results.ts';
import { countedResponses, serveStatic } from './static-server.ts';
import { median, percentile, round } from './stats.ts';
import { chromiumArgs, chromiumPath } from '../chromium.ts';

/** The measure the search client records when it has rendered the results for an input event. */
const clientMeasure = 'search:keystroke';
/** The bench's own measure, from an input event to the next change of the results or status. */
const fallbackMeasure = 'bench:keystroke';
const keystrokeTimeoutMs = 3000;

const searchInput = 'form[data-search-page] input[name="q"]';
const resultLinks = '[data-search-results] a[href]';

/**
 * Runs in the page before its own scripts: after each input event, the next change to the results
 * or the status line records a `bench:keystroke` measure from the event's timeStamp. It is used only
 * when the client records no `search:keystroke` measure of its own.
 */
function observeKeystrokes(measureName: string): void {
	let pending: number | undefined;
	document.addEventListener('input', (event) => (pending = event.timeStamp), true);
	const observer = new MutationObserver(() => {
		if (pending === undefined) return;
		performance.measure(measureName, { start: pending });
		pending = undefined;
	});
	document.addEventListener('DOMContentLoaded', () => {
		for (const target of document.querySelectorAll('[data-search-results], [data-search-page-status]'))
			observer.observe(target, { childList: true, subtree: true, characterData: true });
	});
}

/** Launch Debian's Chromium (Playwright cannot download its own browsers here). */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath,
		args: chromiumArgs,
	});
}

/**
 * Measure search in the built site `dist` with `browser`: the bytes a fresh browser fetches until
 * the first results show, then the latency of every keystroke of the bench's queries.
 */
export async function measureSearch(
	browser: Browser,
	dist: string,
): Promise<{ firstResults: FirstResults; keystrokes: KeystrokeLatency }> {
	const server = await serveStatic(dist);
	try {
		return {
			firstResults: await measureFirstResults(browser, server),
			keystrokes: await measureKeystrokes(browser, server),
		};
	} finally {
		await server.close();
	}
}

/** The mark the bench sets when the first result link appears in the page. */
const firstResultsMark = 'bench:first-results';

/** Runs in the page before its own scripts: marks the moment the first result link is in the page. */
function markFirstResults({ mark, selector }: { mark: string; selector: string }): void {
	const observer = new MutationObserver(() => {
		if (!document.querySelector(selector)) return;
		performance.mark(mark);
		observer.disconnect();
	});
	observer.observe(document, { childList: true, subtree: true });
}

/**
 * In a fresh context (empty cache), open /search/, enter the query at once, and wait until result
 * links render; count every response to a request the page made before they rendered (the page
 * itself, its styles and scripts, the index files the search read). What the page asks for after
 * the results are shown, such as the index read in the background for later keystrokes, is not counted.
 */
async function measureFirstResults(
	browser: Browser,
	server: Awaited<ReturnType<typeof serveStatic>>,
): Promise<FirstResults> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.addInitScript(markFirstResults, { mark: firstResultsMark, selector: resultLinks });
		server.takeLog();
		const started = performance.now();
		await page.goto(`${server.origin}/search/`);
		await page.locator(searchInput).fill(firstResultsQuery);
		await page.locator(resultLinks).first().waitFor({ timeout: 60_000 });
		const milliseconds = round(performance.now() - started, 1);
		// No named functions inside: tsx would wrap them in a helper the page does not have.
		const requestedBefore = await page.evaluate((mark) => {
			const shown = performance.getEntriesByName(mark, 'mark')[0]?.startTime ?? Infinity;
			return [
				location.href,
				...performance
					.getEntriesByType('resource')
					.filter((entry) => entry.startTime <= shown)
					.map((entry) => entry.name),
			].map((url) => new URL(url).pathname + new URL(url).search);
		}, firstResultsMark);
		const log = countedResponses(server.takeLog(), requestedBefore);
		const sum = (entries: typeof log) => entries.reduce((total, entry) => total + entry.sentBytes, 0);
		return {
			query: firstResultsQuery,
			requests: log.length,
			bytes: sum(log),
			searchIndexBytes: sum(log.filter((entry) => entry.path.startsWith('/search-index'))),
			milliseconds,
		};
	} finally {
		await context.close();
	}
}

/** How many measures named `name` the page holds, and the duration of the last. */
const measuresOf = (page: Page, name: string) =>
	page.evaluate((n) => {
		const entries = performance.getEntriesByName(n, 'measure');
		return { count: entries.length, last: entries.at(-1)?.duration };
	}, name);

/** Whether the page records a measure named `name` beyond the first `count` within the timeout. */
const measureArrived = (page: Page, name: string, count: number) =>
	page
		.waitForFunction(
			({ name, count }) => performance.getEntriesByName(name, 'measure').length > count,
			{ name, count },
			{ timeout: keystrokeTimeoutMs, polling: 'raf' },
		)
		.then(
			() => true,
			() => false,
		);

/**
 * Type every bench query key by key in one fresh page, waiting after each key for the measure of
 * its rendered results (at most 3 s), and collect the durations, noting the keystrokes during which
 * the page fetched part of the search index. The first keystroke decides the
 * method: the client's own `search:keystroke` measure when it records one, else the bench's fallback.
 */
async function measureKeystrokes(
	browser: Browser,
	server: Awaited<ReturnType<typeof serveStatic>>,
): Promise<KeystrokeLatency> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.addInitScript(observeKeystrokes, fallbackMeasure);
		await page.goto(`${server.origin}/search/`);
		const input = page.locator(searchInput);
		let measure: string | undefined;
		const durations: number[] = [];
		const indexFetchedAt: number[] = [];
		let timedOut = 0;
		let firstMs: number | null = null;
		let typed = 0;
		const resultsOf = new Map<string, string[]>();
		const queries: KeystrokeLatency['queries'] = [];
		for (const { query } of benchQueries) {
			await input.evaluate((element: HTMLInputElement) => (element.value = ''));
			for (const key of query) {
				const names = measure ? [measure] : [clientMeasure, fallbackMeasure];
				const before = await Promise.all(names.map((name) => measuresOf(page, name)));
				server.takeLog();
				await page.keyboard.type(key);
				const isFirst = typed++ === 0;
				// Until the method is known, the client's measure is waited for: the fallback's, which
				// a status line such as "Searching…" sets off, may come first but times less.
				const arrived =
					(await measureArrived(page, names[0]!, before[0]!.count)) ||
					(names.length > 1 && (await measuresOf(page, names[1]!)).count > before[1]!.count);
				if (!arrived) {
					timedOut++;
					continue;
				}
				const after = await Promise.all(names.map((name) => measuresOf(page, name)));
				measure ??= after[0]!.count > before[0]!.count ? clientMeasure : fallbackMeasure;
				const duration = round(after[names.indexOf(measure)]!.last!, 1);
				if (server.takeLog().some((entry) => entry.path.startsWith('/search-index')))
					indexFetchedAt.push(durations.length);
				durations.push(duration);
				if (isFirst) firstMs = duration;
			}
			const links = await page
				.locator(resultLinks)
				.evaluateAll((elements) => elements.map((a) => a.getAttribute('href') ?? ''));
			resultsOf.set(query, links);
			queries.push({ query, resultsShown: links.length, firstResult: links[0] ?? null });
		}
		const fetched = new Set(indexFetchedAt);
		return {
			method:
				measure === fallbackMeasure
					? 'bench fallback: input event to the next change of the results or status (the client records no search:keystroke measure)'
					: "the client's search:keystroke measure: input event timeStamp to results rendered",
			keystrokes: durations.length + timedOut,
			timedOut,
			medianMs: median(durations) ?? null,
			p95Ms: percentile(durations, 95) ?? null,
			firstMs,
			withoutFetchP95Ms:
				percentile(
					durations.filter((_, i) => !fetched.has(i)),
					95,
				) ?? null,
			durationsMs: durations,
			indexFetchedAt,
			typos: checkTypos(benchQueries, resultsOf),
			queries,
		};
	} finally {
		await context.close();
	}
}
