import type { ResultGroup, SearchResponse, SearchResult } from '../lib/search/query.ts';
import { segments, type Highlighted } from '../lib/search/snippet.ts';

/** Create an element with a class and, optionally, plain-text content. */
export function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className: string,
	text?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/**
 * Append highlighted text to `parent` as text nodes and <mark> elements. The text is data (article
 * text included) and is never parsed as markup: "<script>" stays those eight characters.
 */
export function appendHighlighted(parent: Element, highlighted: Highlighted): void {
	for (const run of segments(highlighted))
		parent.append(run.marked ? element('mark', '', run.text) : document.createTextNode(run.text));
}

/** A result's title (for a paragraph, its story's headline) as a <span>, matched words marked. */
export function resultTitle(result: SearchResult, className: string): HTMLSpanElement {
	const title = element('span', className);
	if (result.title.text) appendHighlighted(title, result.title);
	else title.textContent = result.context;
	return title;
}

/** A result's meta line and snippet, as elements of type `tag`; those it lacks are left out. */
export function resultDetails(
	result: SearchResult,
	block: string,
	tag: 'span' | 'p' = 'span',
): HTMLElement[] {
	const details: HTMLElement[] = [];
	if (result.meta) details.push(element(tag, `${block}__meta`, result.meta));
	if (result.snippet.text) {
		const snippet = element(tag, `${block}__snippet`);
		appendHighlighted(snippet, result.snippet);
		details.push(snippet);
	}
	return details;
}

/** A result as an item of the search page's list: its title as a link, then its meta line and snippet. */
export function resultItem(result: SearchResult): HTMLLIElement {
	const item = element('li', 'search-result');
	const link = element('a', 'search-result__link');
	link.href = result.url;
	link.append(resultTitle(result, 'search-result__title'));
	item.append(link, ...resultDetails(result, 'search-result', 'p'));
	return item;
}

/**
 * The search page's section for one kind of result: a heading with the count, the results shown, and
 * a button that shows `pageSize` more by calling `searchMore` with the new limit (which fetches their
 * documents), then focuses the first new result.
 */
export function resultSection(
	group: ResultGroup,
	pageSize: number,
	searchMore: (limit: number) => Promise<SearchResponse>,
): HTMLElement {
	const section = element('section', 'search-group');
	const heading = element('h2', 'search-group__heading', group.label);
	heading.id = `results-${group.type}`;
	heading.append(' ', element('span', 'search-group__count', String(group.count)));
	section.setAttribute('aria-labelledby', heading.id);
	const list = element('ol', 'search-group__list');
	const more = element('button', 'search-group__more');
	more.type = 'button';
	const show = (shown: ResultGroup) => {
		list.replaceChildren(...shown.results.map(resultItem));
		more.hidden = shown.results.length >= shown.count;
		more.textContent = `Show ${Math.min(pageSize, shown.count - shown.results.length)} more of ${shown.count}`;
	};
	more.addEventListener('click', () => {
		const shownBefore = list.children.length;
		more.disabled = true;
		searchMore(shownBefore + pageSize)
			.then((response) => {
				const next = response.groups[0];
				if (next) show(next);
				list.children[shownBefore]?.querySelector('a')?.focus();
			})
			.catch(() => {})
			.finally(() => (more.disabled = false));
	});
	show(group);
	section.append(heading, list, more);
	return section;
}
