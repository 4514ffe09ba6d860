import type { SearchQuery, SearchResponse, Searcher } from '../lib/search/query.ts';
import type { SearchType } from '../lib/search/types.ts';
import { searchTypes } from '../lib/search/types.ts';
import { describeResults, readSearchParams, writeSearchParams } from '../lib/search/url-state.ts';
import { loadSearcher } from './load-searcher.ts';
import { addOfficialOption } from './official-option.ts';
import { resultSection } from './render.ts';
import { registerSlashShortcut } from './shortcut.ts';

/**
 * Results shown per kind at first: a few of each kind, so the first results fetch only a few small
 * document shards; `pageSize` when the type filter asks for one kind. A button shows `pageSize` more.
 */
const firstPage = 5;
const pageSize = 50;
/** The address follows the box this long after the last keystroke, so typing is not a run of history entries. */
const addressDelay = 300;

/**
 * The /search/ page: the form's query and filters live in the address (/search/?q=…&type=…&official=…&year=…),
 * so a search can be shared, reloaded and walked back through; results are grouped by kind with counts.
 * Arrow keys move from the box through the result links. Each keystroke searches at once; when its
 * results are shown, a `search:keystroke` performance measure from the input event records how long
 * that took (searches overtaken by a later keystroke are dropped, never shown or measured).
 */
function enhance(form: HTMLFormElement, results: HTMLElement, status: HTMLElement): void {
	const input = form.elements.namedItem('q') as HTMLInputElement;
	const officialSelect = form.elements.namedItem('official') as HTMLSelectElement;
	const baseTitle = document.title;
	let typing: ReturnType<typeof setTimeout> | undefined;
	let searcher: Searcher | undefined;
	let latest = 0;
	let superseded = new AbortController();

	const readForm = () =>
		readSearchParams(
			new URLSearchParams([...new FormData(form)].map(([name, value]) => [name, String(value)])),
		);
	/** Show a search in the form; an official the filter does not list is added, once their name is read. */
	async function writeForm(query: SearchQuery): Promise<void> {
		input.value = query.q;
		for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="type"]'))
			radio.checked = radio.value === (query.type ?? '');
		for (const name of ['official', 'year'] as const) {
			const select = form.elements.namedItem(name) as HTMLSelectElement;
			select.value = String(query[name] ?? '');
			if (select.selectedIndex === -1) select.value = '';
		}
		if (query.official && officialSelect.value !== query.official)
			await addOfficialOption(officialSelect, query.official);
	}
	function remember(query: SearchQuery, push: boolean): void {
		const params = writeSearchParams(query).toString();
		const url = params ? `${location.pathname}?${params}` : location.pathname;
		if (url !== location.pathname + location.search)
			history[push ? 'pushState' : 'replaceState'](null, '', url);
	}

	/** Search and show the results, unless a newer search starts meanwhile; `typed` is the keystroke it answers. */
	async function run(query: SearchQuery, typed?: Event): Promise<void> {
		const mine = ++latest;
		superseded.abort();
		superseded = new AbortController();
		const { signal } = superseded;
		document.title = query.q.trim() ? `${query.q.trim()} – ${baseTitle}` : baseTitle;
		let response: SearchResponse;
		try {
			if (!searcher) status.textContent = 'Loading the index…';
			searcher ??= await loadSearcher();
			response = await searcher.search(query, { limit: query.type ? pageSize : firstPage, signal });
		} catch {
			if (mine === latest && !signal.aborted)
				status.textContent = 'The search index could not be loaded. Check your connection and try again.';
			return;
		}
		if (mine !== latest) return; // a newer search is under way
		const asked = writeSearchParams(query).size > 0;
		showCounts(asked ? response.counts : undefined);
		const found = searcher;
		results.replaceChildren(
			...response.groups.map((group) =>
				resultSection(group, pageSize, (limit) => found.search({ ...query, type: group.type }, { limit })),
			),
		);
		status.textContent = asked
			? describeResults(query, response, officialSelect.selectedOptions[0]?.textContent ?? undefined)
			: promptText;
		if (typed) performance.measure('search:keystroke', { start: typed.timeStamp });
		// The first results are shown: the rest of what later keystrokes need comes in the background.
		void found.warm();
	}

	/** Write each kind's count beside its radio button (none before a search); dim the kinds with none. */
	function showCounts(counts: Record<SearchType, number> | undefined): void {
		const all = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : undefined;
		for (const type of ['', ...searchTypes] as const) {
			const count = type ? counts?.[type] : all;
			const label = form.querySelector(`[data-count="${type}"]`);
			if (!label) continue;
			label.textContent = count === undefined ? '' : String(count);
			label.parentElement?.classList.toggle('search-type--none', count === 0);
		}
	}

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const query = readForm();
		remember(query, true);
		void run(query);
	});
	form.addEventListener('change', (event) => {
		if (event.target === input) return;
		const query = readForm();
		remember(query, true);
		void run(query);
	});
	input.addEventListener('input', (event) => {
		const query = readForm();
		void run(query, event);
		clearTimeout(typing);
		typing = setTimeout(() => remember(readForm(), false), addressDelay);
	});
	input.addEventListener('focus', () => void loadSearcher().catch(() => {}));
	addEventListener('popstate', () => {
		const query = readSearchParams(new URLSearchParams(location.search));
		void writeForm(query).then(() => run(query));
	});

	// Arrow keys: from the box down into the result links, and between them; Enter follows a link.
	form.addEventListener('keydown', (event) => {
		if (event.target === input && event.key === 'ArrowDown') moveFocus(event, 0);
	});
	results.addEventListener('keydown', (event) => {
		const links = resultLinks();
		const at = links.indexOf(event.target as HTMLAnchorElement);
		if (at === -1) return;
		if (event.key === 'ArrowDown') moveFocus(event, Math.min(at + 1, links.length - 1));
		if (event.key === 'ArrowUp') moveFocus(event, at - 1);
	});
	const resultLinks = () => [...results.querySelectorAll<HTMLAnchorElement>('a.search-result__link')];
	function moveFocus(event: KeyboardEvent, index: number): void {
		event.preventDefault();
		(index < 0 ? input : resultLinks()[index])?.focus();
	}

	const initial = readSearchParams(new URLSearchParams(location.search));
	const shown = writeForm(initial);
	if (writeSearchParams(initial).size > 0) void shown.then(() => run(initial));
	else {
		status.textContent = promptText;
		input.focus();
	}
}

const promptText = 'Type a name, a place or any word from the stories.';

registerSlashShortcut();
const form = document.querySelector<HTMLFormElement>('form[data-search-page]');
const results = document.querySelector<HTMLElement>('[data-search-results]');
const statusLine = document.querySelector<HTMLElement>('[data-search-page-status]');
if (form && results && statusLine) enhance(form, results, statusLine);
