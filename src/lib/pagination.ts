/** One page of a list split into pages: /officials/, /officials/2/, … */
export interface ListPage<T> {
	/** The page's number, from 1. */
	number: number;
	/** How many pages the list has: at least 1, even when the list is empty. */
	pages: number;
	/** The page's items, in list order. */
	items: T[];
	/** The position of the page's first item in the whole list, from 1; its last is `first + items.length - 1`. */
	first: number;
	/** How many items the whole list has. */
	total: number;
	/** The page's path. */
	url: string;
	/** The previous and next pages' paths, undefined at either end. */
	previous: string | undefined;
	next: string | undefined;
}

/** The path of page `number` of the list at `base` ("/officials/"): the base itself for page 1, else "/officials/2/". */
export function pagePath(base: string, number: number): string {
	return number <= 1 ? base : `${base}${number}/`;
}

/** The `[...page]` route parameter of page `number`: undefined for page 1, else "2", "3", … */
export function pageParam(number: number): string | undefined {
	return number <= 1 ? undefined : String(number);
}

/** How many pages `total` items make at `size` to a page: at least 1. */
export function pageCount(total: number, size: number): number {
	return Math.max(1, Math.ceil(total / size));
}

/** The number of the page that holds the item at `index` (from 0). */
export function pageOfIndex(index: number, size: number): number {
	return Math.floor(index / size) + 1;
}

/** Every page's path for a list of `total` items at `size` to a page, for the sitemap. */
export function pagePaths(base: string, total: number, size: number): string[] {
	return Array.from({ length: pageCount(total, size) }, (_, i) => pagePath(base, i + 1));
}

/**
 * Split `items` into pages of `size` at the paths `pagePath(base, n)`; an empty list is one empty page.
 *
 * @example paginate(['a', 'b', 'c'], 2, '/x/').map((page) => page.url) // ['/x/', '/x/2/']
 */
export function paginate<T>(items: readonly T[], size: number, base: string): ListPage<T>[] {
	const pages = pageCount(items.length, size);
	return Array.from({ length: pages }, (_, i) => {
		const number = i + 1;
		return {
			number,
			pages,
			items: items.slice(i * size, (i + 1) * size),
			first: i * size + 1,
			total: items.length,
			url: pagePath(base, number),
			previous: number > 1 ? pagePath(base, number - 1) : undefined,
			next: number < pages ? pagePath(base, number + 1) : undefined,
		};
	});
}

/** A link in a pager: a page's number, or a gap ("…") between numbers far apart. */
export type PagerEntry = { number: number; url: string; current: boolean } | { gap: true };

/**
 * The page links a pager shows: the first and last pages, and the pages within `around` of the current
 * one, with a gap where numbers are skipped, so a list of 200 pages needs a dozen links, not 200.
 *
 * @example pagerEntries('/x/', 5, 10, 1) // 1 … 4 5 6 … 10
 */
export function pagerEntries(base: string, current: number, pages: number, around = 2): PagerEntry[] {
	const shown = [...Array(pages).keys()]
		.map((i) => i + 1)
		.filter((n) => n === 1 || n === pages || Math.abs(n - current) <= around);
	return shown.flatMap((number, i): PagerEntry[] => {
		const link = { number, url: pagePath(base, number), current: number === current };
		const previous = shown[i - 1];
		if (previous === undefined || number === previous + 1) return [link];
		// A gap of one page is shown as that page: a link is no longer than "…".
		if (number === previous + 2)
			return [{ number: previous + 1, url: pagePath(base, previous + 1), current: false }, link];
		return [{ gap: true }, link];
	});
}

/** Where a page sits in its list, in words: "" when the list has one page, else "page 2 of 7, 101–200". */
export function pagePosition(page: ListPage<unknown>): string {
	if (page.pages <= 1) return '';
	const last = page.first + page.items.length - 1;
	return `page ${page.number} of ${page.pages}, ${page.first}–${last}`;
}

/** A list page's title: the list's own on page 1, "Officials, page 2" after, so each page's title is its own. */
export function pageTitle(title: string, page: Pick<ListPage<unknown>, 'number'>): string {
	return page.number <= 1 ? title : `${title}, page ${page.number}`;
}
