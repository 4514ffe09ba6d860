import { scaleUtc, select, utcFormat, utcMonth, utcYear, zoom, zoomIdentity, type ZoomTransform } from 'd3';

const dayMs = 24 * 60 * 60 * 1000;
const dayStart = (day: string) => new Date(day + 'T00:00:00Z');
const dayEnd = (day: string) => new Date(dayStart(day).getTime() + dayMs);

const formatDay = utcFormat('%-d %b');
const formatMonth = utcFormat('%b');
const formatYear = utcFormat('%Y');
const formatFull = utcFormat('%-d %b %Y');
/** "2024" at a year, "Apr" at a month, "21 Apr" at a day. */
const tickFormat = (date: Date) =>
	utcMonth(date) < date ? formatDay(date) : utcYear(date) < date ? formatMonth(date) : formatYear(date);

/**
 * Zoom and pan on the overview: drag to pan; pinch, Ctrl + wheel, double-click or the buttons to
 * zoom, from all the years down to about two weeks. Each element with `data-place` is placed again
 * from its `data-first` and `data-last` days; the ticks are drawn afresh for the days in view.
 */
export function enableZoom(svg: SVGSVGElement): { reveal: (element: Element) => void } {
	const domain = [dayStart(svg.dataset['first'] ?? ''), dayEnd(svg.dataset['last'] ?? '')] as const;
	const days = (domain[1].getTime() - domain[0].getTime()) / dayMs;
	const axis = Number(svg.dataset['axis']);
	const height = Number(svg.getAttribute('height'));
	const placed = [...svg.querySelectorAll<SVGElement>('[data-place]')];
	const ticks = svg.querySelector<SVGGElement>('.tl-overview__ticks');
	const width = () => svg.getBoundingClientRect().width;
	const base = () => scaleUtc().domain(domain).range([0, width()]);
	let transform: ZoomTransform = zoomIdentity;

	const tools = document.createElement('div');
	tools.className = 'tl-tools';
	const button = (label: string, action: () => void) => {
		const element = document.createElement('button');
		element.type = 'button';
		element.textContent = label;
		element.addEventListener('click', action);
		return element;
	};
	const range = document.createElement('span');
	range.setAttribute('aria-live', 'polite');
	const hint = document.createElement('span');
	hint.textContent = 'Drag to pan; pinch, Ctrl + scroll or double-click to zoom.';
	tools.append(
		button('Zoom in', () => select(svg).call(behaviour.scaleBy, 2)),
		button('Zoom out', () => select(svg).call(behaviour.scaleBy, 0.5)),
		button('All years', () => select(svg).call(behaviour.transform, zoomIdentity)),
		range,
		hint,
	);
	svg.before(tools);

	function render(): void {
		const x = transform.rescaleX(base());
		for (const element of placed) {
			const x0 = x(dayStart(element.dataset['first'] ?? ''));
			const x1 = x(dayEnd(element.dataset['last'] ?? ''));
			const place = element.dataset['place'] ?? '';
			if (place === 'span') {
				// Keep a stretch of days at least 3 pixels wide, centred on where it is.
				const w = Math.max(x1 - x0, 3);
				element.setAttribute('x', String((x0 + x1) / 2 - w / 2));
				element.setAttribute('width', String(w));
			} else for (const attribute of place.split(' ')) element.setAttribute(attribute, String((x0 + x1) / 2));
		}
		// Leave out a tick whose label would run off the right-hand end.
		const values = x.ticks(Math.max(2, Math.floor(width() / 90))).filter((d) => x(d) < width() - 40);
		if (ticks) {
			const layer = select(ticks);
			layer
				.selectAll('line')
				.data(values)
				.join('line')
				.attr('class', 'tl-grid')
				.attr('x1', (d) => x(d))
				.attr('x2', (d) => x(d))
				.attr('y1', axis)
				.attr('y2', height);
			layer
				.selectAll('text')
				.data(values)
				.join('text')
				.attr('class', 'tl-tick')
				.attr('x', (d) => x(d))
				.attr('dx', 3)
				.attr('y', axis - 5)
				.text(tickFormat);
		}
		const [from, to] = x.domain() as [Date, Date];
		range.textContent =
			transform.k === 1 ? '' : `Showing ${formatFull(from)} to ${formatFull(new Date(to.getTime() - 1))}.`;
	}

	const behaviour = zoom<SVGSVGElement, unknown>()
		.scaleExtent([1, Math.max(1, days / 14)])
		// The page scrolls on a plain wheel; Ctrl + wheel (and a trackpad's pinch) zooms.
		.filter((event: MouseEvent) => (event.type === 'wheel' ? event.ctrlKey : !event.button))
		.on('zoom', (event: { transform: ZoomTransform }) => {
			transform = event.transform;
			render();
		});
	const fit = () => {
		const extent: [[number, number], [number, number]] = [
			[0, 0],
			[width(), height],
		];
		behaviour.extent(extent).translateExtent(extent);
	};
	fit();
	select(svg).call(behaviour);
	new ResizeObserver(() => {
		fit();
		render();
	}).observe(svg);

	return {
		/** Pan so that the element is in view, when zoomed in and it is not. */
		reveal(element: Element) {
			const box = element.getBoundingClientRect();
			const frame = svg.getBoundingClientRect();
			if (box.left >= frame.left && box.right <= frame.right) return;
			const centre = transform.invertX((box.left + box.right) / 2 - frame.left);
			select(svg).call(behaviour.translateTo, centre, height / 2);
		},
	};
}
