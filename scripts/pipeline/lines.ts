import { normaliseLine } from './normalise.ts';

/** One non-empty line of a raw article, normalised. */
export interface Line {
	text: string;
	/** True when one or more blank lines came before it (or it is the first line). */
	afterBlank: boolean;
}

/** Splits decoded text into normalised non-empty lines, remembering paragraph breaks. */
export function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	let afterBlank = true;
	for (const raw of text.split('\n')) {
		const line = normaliseLine(raw);
		if (line === '') {
			afterBlank = true;
			continue;
		}
		lines.push({ text: line, afterBlank });
		afterBlank = false;
	}
	return lines;
}
