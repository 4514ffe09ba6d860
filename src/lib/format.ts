import type { Article } from '../schemas/article.ts';

const dayFormat = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC',
});

/** Format a "YYYY-MM-DD" day as "24 April 2024", read and written in UTC. */
export function formatDay(day: string): string {
	return dayFormat.format(new Date(day + 'T00:00:00Z'));
}

/**
 * Name the outlet of a page for readers, e.g. "Outlet unknown" or
 * "Daily8, republishing South China Morning Post".
 */
export function outletLabel(article: Pick<Article, 'outlet' | 'republishes'>): string {
	const outlet = article.outlet ?? 'Outlet unknown';
	return article.republishes ? `${outlet}, republishing ${article.republishes}` : outlet;
}

/** Count the characters of an article's text, to compare captures of one story. */
export function textLength(article: Pick<Article, 'paragraphs'>): number {
	return article.paragraphs.reduce((sum, paragraph) => sum + paragraph.text.length, 0);
}

/** Describe a duplicate capture relative to its canonical article: "shorter capture" or "near-duplicate capture". */
export function captureKind(
	capture: Pick<Article, 'paragraphs'>,
	canonical: Pick<Article, 'paragraphs'>,
): string {
	return textLength(capture) < textLength(canonical) ? 'shorter capture' : 'near-duplicate capture';
}
