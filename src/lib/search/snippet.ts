import { tokenise } from './tokenise.ts';

/** A piece of plain text and the ranges of it to mark, in order, never overlapping. */
export interface Highlighted {
	/** Plain text, to be set as text content, never parsed as markup. */
	text: string;
	/** Ranges to mark, as [start, end) offsets into `text`, each covering whole words. */
	marks: Array<[start: number, end: number]>;
}

/** Says whether a term (as `tokenise` folds it) is one the query matched. */
export type TermTest = (term: string) => boolean;

/** The whole of `text`, with every word whose term `isMatch` accepts marked. */
export function highlight(text: string, isMatch: TermTest): Highlighted {
	return {
		text,
		marks: tokenise(text)
			.filter((token) => isMatch(token.term))
			.map((token): [number, number] => [token.start, token.end]),
	};
}

/**
 * A window of about `width` characters of `text` around its first matched word (or its start when
 * none matches), with matched words marked. The window starts and ends on word boundaries, an
 * ellipsis shows where text was cut, and a word longer than the window is kept whole.
 *
 * @example snippet('… many words … met Patrushev in Moscow …', (t) => t === 'patrushev', 40)
 * // → { text: '…met Patrushev in Moscow…', marks: [[5, 14]] }
 */
export function snippet(text: string, isMatch: TermTest, width = 180): Highlighted {
	const tokens = tokenise(text);
	if (text.length <= width || tokens.length === 0) return highlight(text, isMatch);
	const anchor = Math.max(
		0,
		tokens.findIndex((token) => isMatch(token.term)),
	);
	// Start up to a quarter of the width before the match, so it is read in context.
	let first = anchor;
	const { start: matchStart, end: matchEnd } = tokens[anchor]!;
	while (
		first > 0 &&
		matchStart - tokens[first - 1]!.start <= width / 4 &&
		matchEnd - tokens[first - 1]!.start <= width
	)
		first--;
	let last = anchor;
	while (last + 1 < tokens.length && tokens[last + 1]!.end - tokens[first]!.start <= width) last++;
	// Near the end, spend the rest of the width before the match instead.
	while (first > 0 && tokens[last]!.end - tokens[first - 1]!.start <= width) first--;
	const start = first === 0 ? 0 : tokens[first]!.start;
	const end = last === tokens.length - 1 ? text.length : withClosingPunctuation(text, tokens[last]!.end);

	const head = start > 0 ? '…' : '';
	const tail = end < text.length ? '…' : '';
	const shift = head.length - start;
	const marks = tokens
		.slice(first, last + 1)
		.filter((token) => isMatch(token.term))
		.map((token): [number, number] => [token.start + shift, token.end + shift]);
	return { text: head + text.slice(start, end) + tail, marks };
}

/** Keep closing punctuation that directly follows the last word, so a snippet does not end mid-quote. */
function withClosingPunctuation(text: string, end: number): number {
	const match = /^[.,;:!?’”')\]]+/.exec(text.slice(end, end + 8));
	return end + (match?.[0].length ?? 0);
}

/**
 * Split highlighted text into its runs, marked or not, for building DOM text nodes and <mark>
 * elements; the runs joined give back the text exactly.
 *
 * @example segments({ text: 'met Patrushev', marks: [[4, 13]] })
 * // → [{ text: 'met ', marked: false }, { text: 'Patrushev', marked: true }]
 */
export function segments(highlighted: Highlighted): Array<{ text: string; marked: boolean }> {
	const runs: Array<{ text: string; marked: boolean }> = [];
	let at = 0;
	for (const [start, end] of highlighted.marks) {
		if (start < at || end <= start) continue;
		if (start > at) runs.push({ text: highlighted.text.slice(at, start), marked: false });
		runs.push({ text: highlighted.text.slice(start, end), marked: true });
		at = end;
	}
	if (at < highlighted.text.length) runs.push({ text: highlighted.text.slice(at), marked: false });
	return runs;
}
