/**
 * Debian's Chromium, as the browser tests and the benchmark launch it: Playwright cannot download its
 * own browsers on these machines. CHROMIUM_PATH names another build.
 */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Headless, sandbox off (root in CI) and no background traffic that could add requests or time. */
export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];
