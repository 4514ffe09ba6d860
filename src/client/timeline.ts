/**
 * The timeline's enhancement in the browser; without it the chart, its links and the table work as
 * they are. It adds zoom and pan on the overview (`timeline-zoom.ts`), details on hover and focus,
 * and Left/Right arrow keys from mark to mark in time order (one mark in the tab order at a time;
 * Enter follows its link).
 */
import { enableZoom } from './timeline-zoom.ts';

/** A mark's details, as the table shows them (`TableRow`). */
interface Details {
	what: string;
	kind: string;
	dates: string;
	precision: string;
	places: string;
	participants: string;
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

/** Enhance every timeline (`[data-timeline]`) under `root`; running it twice changes nothing. */
export function enhanceTimelines(root: ParentNode): void {
	for (const timeline of root.querySelectorAll<HTMLElement>('[data-timeline]')) {
		if (!timeline.classList.contains('tl-enhanced')) enhance(timeline);
	}
}

function enhance(timeline: HTMLElement): void {
	timeline.classList.add('tl-enhanced');
	const details = JSON.parse(timeline.querySelector('[data-details-json]')?.textContent ?? '{}') as Record<
		string,
		Details
	>;
	const panel = timeline.querySelector<HTMLElement>('[data-details]');
	const marks = [...timeline.querySelectorAll<SVGAElement>('a.tl-mark')];
	const overview = timeline.querySelector<SVGSVGElement>('.tl-overview__svg');
	const zoomer = overview ? enableZoom(overview) : null;
	const overviewItem = (id: string) =>
		overview?.querySelector<SVGGElement>(`.tl-ov-item[data-id="${CSS.escape(id)}"]`) ?? null;
	let focused: SVGAElement | null = null;

	function show(id: string, anchor: Element): void {
		const item = details[id];
		if (!panel || !item) return;
		fill(panel, item);
		panel.hidden = false;
		const box = anchor.getBoundingClientRect();
		const host = timeline.getBoundingClientRect();
		const left = clamp(box.left - host.left, 0, Math.max(0, host.width - panel.offsetWidth));
		panel.style.left = `${left}px`;
		panel.style.top = `${box.bottom - host.top + 8}px`;
		for (const active of timeline.querySelectorAll('.is-active')) active.classList.remove('is-active');
		overviewItem(id)?.classList.add('is-active');
		timeline.querySelector(`a.tl-mark[data-id="${CSS.escape(id)}"]`)?.classList.add('is-active');
	}

	function hide(): void {
		if (focused) return show(focused.dataset['id'] ?? '', focused);
		if (panel) panel.hidden = true;
		for (const active of timeline.querySelectorAll('.is-active')) active.classList.remove('is-active');
	}

	function focusMark(index: number): void {
		const mark = marks[index];
		if (!mark) return;
		marks.forEach((other) => other.setAttribute('tabindex', other === mark ? '0' : '-1'));
		mark.focus();
	}

	// One mark in the tab order at a time; the arrow keys move between them.
	marks.forEach((mark, i) => {
		mark.setAttribute('tabindex', i === 0 ? '0' : '-1');
		const id = mark.dataset['id'] ?? '';
		mark.addEventListener('focus', () => {
			focused = mark;
			marks.forEach((other) => other.setAttribute('tabindex', other === mark ? '0' : '-1'));
			show(id, mark);
			const item = overviewItem(id);
			if (item && zoomer) zoomer.reveal(item);
		});
		mark.addEventListener('blur', () => {
			focused = null;
			hide();
		});
		mark.addEventListener('pointerenter', () => show(id, mark));
		mark.addEventListener('pointerleave', hide);
	});
	timeline.addEventListener('keydown', (event) => {
		const index = marks.indexOf(event.target as SVGAElement);
		if (index === -1) return;
		const moves: Record<string, number> = {
			ArrowRight: index + 1,
			ArrowLeft: index - 1,
			Home: 0,
			End: marks.length - 1,
		};
		const next = moves[event.key];
		if (next === undefined) return;
		event.preventDefault();
		focusMark(clamp(next, 0, marks.length - 1));
	});
	timeline.addEventListener('keyup', (event) => {
		if (event.key === 'Escape' && panel) panel.hidden = true;
	});

	// On the overview, hovering a bar shows its details and clicking it goes to its mark.
	for (const item of overview?.querySelectorAll<SVGGElement>('.tl-ov-item') ?? []) {
		const id = item.dataset['id'] ?? '';
		item.addEventListener('pointerenter', () => show(id, item));
		item.addEventListener('pointerleave', hide);
		item.addEventListener('click', () => {
			const index = marks.findIndex((mark) => mark.dataset['id'] === id);
			if (index !== -1) focusMark(index);
		});
	}
}

/** Write a mark's details into the panel, as text only. */
function fill(panel: HTMLElement, item: Details): void {
	const title = document.createElement('p');
	title.className = 'tl-details__title';
	title.textContent = item.what;
	const list = document.createElement('dl');
	const rows: Array<[string, string]> = [
		['Kind', item.kind],
		['When', item.dates],
		['Known to', item.precision],
		['Where', item.places],
		['Who', item.participants],
	];
	for (const [term, value] of rows) {
		if (!value) continue;
		const dt = document.createElement('dt');
		dt.textContent = term;
		const dd = document.createElement('dd');
		dd.textContent = value;
		list.append(dt, dd);
	}
	panel.replaceChildren(title, list);
}
