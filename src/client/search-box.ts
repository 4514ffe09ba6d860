import type { SearchResponse } from '../lib/search/query.ts';
import { writeSearchParams } from '../lib/search/url-state.ts';
import { loadSearcher } from './load-searcher.ts';
import { element, resultDetails, resultTitle } from './render.ts';
import { registerSlashShortcut } from './shortcut.ts';

/** Results shown per kind in the popup; the search page shows them all. */
const perType = 3;

/**
 * Turn the header's plain GET form into a combobox: typing shows the best few results of each kind,
 * arrow keys move through them, Enter opens the selected one (or the first), Escape closes the popup.
 * The index's manifest is fetched on first focus or input, never on page load; its shards as searches need them.
 */
function enhance(form: HTMLFormElement): void {
	const input = form.querySelector<HTMLInputElement>('input[data-search-box]');
	const popup = form.querySelector<HTMLElement>('[data-search-popup]');
	const list = popup?.querySelector<HTMLElement>('[role="listbox"]');
	const status = form.querySelector<HTMLElement>('[data-search-status]');
	if (!input || !popup || !list || !status) return;
	input.setAttribute('role', 'combobox');
	input.setAttribute('aria-autocomplete', 'list');
	input.setAttribute('aria-controls', list.id);
	input.setAttribute('aria-expanded', 'false');

	let options: HTMLAnchorElement[] = [];
	let active = -1;
	let latest = 0;
	let pending: Promise<SearchResponse | undefined> = Promise.resolve(undefined);
	let superseded = new AbortController();

	const open = (isOpen: boolean) => {
		popup.hidden = !isOpen;
		input.setAttribute('aria-expanded', String(isOpen));
		if (!isOpen) select(-1);
	};
	const select = (index: number) => {
		options[active]?.setAttribute('aria-selected', 'false');
		active = index;
		const option = options[active];
		if (!option) return input.removeAttribute('aria-activedescendant');
		option.setAttribute('aria-selected', 'true');
		input.setAttribute('aria-activedescendant', option.id);
		option.scrollIntoView({ block: 'nearest' });
	};

	function render(q: string, response: SearchResponse): void {
		options = [];
		active = -1;
		const option = (className: string) => {
			const link = element('a', className);
			link.id = `${list!.id}-${options.length}`;
			link.setAttribute('role', 'option');
			link.setAttribute('aria-selected', 'false');
			link.tabIndex = -1;
			options.push(link);
			return link;
		};
		const groups = response.groups.map((group) => {
			const box = element('div', 'site-search__group');
			const heading = element('div', 'site-search__heading', group.label);
			heading.id = `${list!.id}-${group.type}`;
			heading.append(element('span', 'site-search__count', String(group.count)));
			box.setAttribute('role', 'group');
			box.setAttribute('aria-labelledby', heading.id);
			box.append(heading);
			for (const result of group.results) {
				const link = option('site-search__option');
				link.href = result.url;
				link.append(resultTitle(result, 'site-search__title'), ...resultDetails(result, 'site-search'));
				box.append(link);
			}
			return box;
		});
		const all = option('site-search__option site-search__all');
		all.href = `/search/?${writeSearchParams({ q })}`;
		all.textContent =
			response.total > 0 ? `All ${response.total} results for “${q.trim()}”` : `No results for “${q.trim()}”`;
		list!.replaceChildren(...groups, all);
		list!.setAttribute('aria-busy', 'false');
		status!.textContent = response.total === 1 ? '1 result' : `${response.total || 'No'} results`;
		open(true);
	}

	function update(): Promise<SearchResponse | undefined> {
		const q = input!.value;
		const mine = ++latest;
		superseded.abort();
		superseded = new AbortController();
		const { signal } = superseded;
		// Busy until the results for what is typed now are shown; options shown meanwhile are an earlier query's.
		list!.setAttribute('aria-busy', String(q.trim() !== ''));
		if (!q.trim()) {
			open(false);
			status!.textContent = '';
			return (pending = Promise.resolve(undefined));
		}
		pending = loadSearcher()
			.then(async (searcher) => {
				const response = await searcher.search({ q }, { limit: perType, snippetWidth: 110, signal });
				if (mine === latest) render(q, response);
				// The first results are shown: the rest of what later keystrokes need comes in the background.
				void searcher.warm();
				return response;
			})
			.catch(() => undefined);
		return pending;
	}

	input.addEventListener('focus', () => {
		if (input.value.trim()) void update();
		else loadSearcher().catch(() => {});
	});
	input.addEventListener('input', () => void update());
	input.addEventListener('keydown', (event) => {
		const count = options.length;
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			if (popup.hidden) return void update();
			if (count > 0) select(event.key === 'ArrowDown' ? (active + 1) % count : (active - 1 + count) % count);
		} else if (event.key === 'Escape' && !popup.hidden) {
			event.preventDefault();
			open(false);
		} else if (event.key === 'Enter' && input.value.trim()) {
			event.preventDefault();
			const chosen = options[active];
			if (chosen) return location.assign(chosen.href);
			// Enter opens the first result, once the results for what was typed are in.
			void pending.then((response) => {
				const first = response && response.total > 0 ? options[0] : undefined;
				if (first) location.assign(first.href);
				else form.submit();
			});
		}
	});
	form.addEventListener('focusout', (event) => {
		if (!(event.relatedTarget instanceof Node && form.contains(event.relatedTarget))) open(false);
	});
	// Keep focus in the box when an option is clicked, so the popup stays until the link is followed.
	popup.addEventListener('mousedown', (event) => event.preventDefault());
}

registerSlashShortcut();
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-form]')) enhance(form);
