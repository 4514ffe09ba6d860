import type { Extent } from './lanes.ts';
import { estimateWidth, fitText } from './text.ts';

/** The size in pixels of the labels beside marks. */
export const labelFont = 13;
const font = labelFont;

/** Text beside a mark: at `x` across (a fraction), moved `dx` pixels, baseline at `y`. */
export interface Label {
	text: string;
	x: number;
	dx: number;
	y: number;
	anchor: 'start' | 'end';
	/** Its estimated width in pixels. */
	width: number;
}

/**
 * A label above a mark, at `width` pixels: from the mark's start, else ending at its end, else
 * against the panel's nearer edge so that it still spans the mark, else cut to the width. `pad`
 * widens a mark drawn around a point (a diamond) by that many pixels each side.
 */
function labelAbove(text: string, x0: number, x1: number, width: number, pad = 0): Omit<Label, 'y'> {
	const full = estimateWidth(text, font);
	const label = { text, width: full };
	if (full <= (1 - x0) * width + pad) return { ...label, x: x0, dx: -pad, anchor: 'start' };
	if (full <= x1 * width + pad) return { ...label, x: x1, dx: pad, anchor: 'end' };
	if (full <= width)
		return x0 + x1 > 1
			? { ...label, x: 1, dx: 0, anchor: 'end' }
			: { ...label, x: 0, dx: 0, anchor: 'start' };
	const fitted = fitText(text, width, font);
	return { text: fitted, width: estimateWidth(fitted, font), x: 0, dx: 0, anchor: 'start' };
}

/** A label on the mark's line, after it or else before it, at `width` pixels; null when it fits on neither side. */
function labelBeside(
	text: string,
	x0: number,
	x1: number,
	width: number,
	gap: number,
): Omit<Label, 'y'> | null {
	const full = estimateWidth(text, font);
	if (full <= (1 - x1) * width - gap) return { text, x: x1, dx: gap, anchor: 'start', width: full };
	if (full <= x0 * width - gap) return { text, x: x0, dx: -gap, anchor: 'end', width: full };
	return null;
}

/** What a label and its mark cover across at `width` pixels, as fractions of that width. */
function extentOf(label: Omit<Label, 'y'>, x0: number, x1: number, width: number): Extent {
	const at = label.x * width + label.dx;
	const [left, right] = label.anchor === 'start' ? [at, at + label.width] : [at - label.width, at];
	return { start: Math.min(left / width, x0), end: Math.max(right / width, x1) };
}

/**
 * Place a mark's label for a narrow and a wide panel (`widths` in pixels). A label goes above its
 * mark, or beside it (`beside`, for meetings) when it fits there whole when narrow; any width between
 * the two shows the narrow label with more room. `mark` spans `left` to `right` across (fractions),
 * widened by `pad` pixels each side for a mark drawn around a point. Returns the labels, whether
 * they sit above the mark, and what mark and labels cover across at either width, as fractions.
 */
export function placeLabels(
	text: string,
	mark: { left: number; right: number; pad: number },
	beside: boolean,
	widths: { narrow: number; wide: number },
): { labels: { narrow: Omit<Label, 'y'>; wide: Omit<Label, 'y'> }; stacked: boolean; extent: Extent } {
	const { left, right, pad } = mark;
	const stacked = !beside || !labelBeside(text, left, right, widths.narrow, pad + 5);
	const at = (width: number) =>
		(!stacked && labelBeside(text, left, right, width, pad + 5)) || labelAbove(text, left, right, width, pad);
	const labels = { narrow: at(widths.narrow), wide: at(widths.wide) };
	const cover = (label: Omit<Label, 'y'>, width: number) =>
		extentOf(label, left - pad / width, right + pad / width, width);
	const narrow = cover(labels.narrow, widths.narrow);
	const wide = cover(labels.wide, widths.wide);
	return {
		labels,
		stacked,
		extent: { start: Math.min(narrow.start, wide.start), end: Math.max(narrow.end, wide.end) },
	};
}
