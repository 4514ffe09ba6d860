import type { FigureMention } from './find-figures.ts';
import { boundOf } from './qualifiers.ts';

/** The values a report allows: its rounding, widened by "at least", "about", "nearly"… */
function interval(m: FigureMention): [number, number] {
	const digits = /(\d[\d,]*)(?:\.(\d+))?/.exec(m.text);
	const literal = digits ? Number(`${digits[1]!.replace(/,/g, '')}${digits[2] ? `.${digits[2]}` : ''}`) : 0;
	const decimals = digits?.[2]?.length ?? 0;
	const magnitude = Math.abs(m.value);
	// Amounts and percentages are rounded to their last written digit; counts of things are exact.
	const rounded =
		digits !== null &&
		literal !== 0 &&
		(decimals > 0 || literal !== magnitude || m.unit === 'percent' || /^[A-Z]{3}$/.test(m.unit));
	const half = rounded ? 0.5 * 10 ** -decimals * (magnitude / literal) : 0;
	let [low, high] = [magnitude - half, magnitude + half];
	const bound = boundOf(m.text);
	if (bound === 'lower') high = Infinity;
	else if (bound === 'upper') low = -Infinity;
	else if (bound === 'nearly') low = magnitude * 0.9 - half;
	else if (bound === 'about') [low, high] = [magnitude * 0.9 - half, magnitude * 1.1 + half];
	return m.value < 0 ? [-high, -low] : [low, high];
}

/** True when two reported values agree up to the rounding of the less precise one ("US$240.1 billion" vs "$240 billion"; "26.3 per cent" vs "26 per cent"; "more than 100" vs "100"). */
export function consistent(a: FigureMention, b: FigureMention): boolean {
	if (a.unit !== b.unit) return false;
	const [aLow, aHigh] = interval(a);
	const [bLow, bHigh] = interval(b);
	const slack = 1e-9 * Math.max(Math.abs(a.value), Math.abs(b.value));
	return aLow <= bHigh + slack && bLow <= aHigh + slack;
}
