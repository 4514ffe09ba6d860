import { BULLET, endsLikeSentence, isCaption } from './classify.ts';
import { isFurniture } from './furniture.ts';
import type { Line } from './lines.ts';
import { FUNCTION_WORDS, words } from './words.ts';

/**
 * Rejoins paragraphs that the scrape broke over several lines. A line continues onto the next
 * (with no blank line between) when it ends unfinished — on a comma, a dash or a word like "by"
 * or "the" — or when the next line starts in lower case, or when the file is hard-wrapped at a
 * fixed width and the line fills it. Furniture, captions and list items are never joined. In a
 * file that is not hard-wrapped, lines joined on how the first one ends are kept together only
 * when together they end a sentence: lines that run on without ever finishing one ("Tweet this" /
 * "Share this", a teaser's headline and the menu entry under it) are separate things on the page.
 * A next line that starts in lower case always continues the one before (a headline broken in two),
 * and a paragraph broken over lines may start with a line of its own that is a title before a name.
 *
 * @example unwrapLines([{ text: 'a trip that began in Hungary, followed by', … }, { text: 'Russia.', … }])
 *   // → [{ text: 'a trip that began in Hungary, followed by Russia.', … }]
 */
export function unwrapLines(lines: readonly Line[]): Line[] {
	const width = wrapWidth(lines);
	const runs: Line[][] = [];
	for (const line of lines) {
		const run = runs.at(-1);
		const joined = run?.map((l) => l.text).join(' ');
		if (run && joined !== undefined && !line.afterBlank && continues(joined, line.text, width))
			run.push(line);
		else runs.push([line]);
	}
	for (let k = runs.length - 1; k > 0; k--) {
		if (opensWithTitle(runs[k - 1]!, runs[k]!)) runs.splice(k - 1, 2, [...runs[k - 1]!, ...runs[k]!]);
	}
	return runs.flatMap((run) => {
		const text = run.map((l) => l.text).join(' ');
		const inLowerCase = run.slice(1).every((l) => /^\p{Ll}/u.test(l.text));
		if (width === null && !inLowerCase && !endsLikeSentence(text)) return run.map((l) => ({ ...l }));
		return [{ ...run[0]!, text }];
	});
}

/** A title that comes before a name: "China’s top security official", "the country’s foreign minister". */
const OPENING_TITLE =
	/^(?:\S+ ){0,5}(?:official|minister|president|premier|secretary|chief|spokesman|spokeswoman|spokesperson|envoy|ambassador|leader|head|director|chairman|commander|adviser|advisor|counterpart)$/;
/** "Chen Wenqing pledged": a name and the verb after it. */
const NAME_THEN_VERB = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+ \p{Ll}/u;

/**
 * A paragraph visibly broken over lines (a run of two or more that ends a sentence) may be broken
 * after its opening title too, before the name the title belongs to: "China’s top security
 * official" / "Chen Wenqing pledged … followed by" / "Russia." is one paragraph.
 */
function opensWithTitle(before: readonly Line[], run: readonly Line[]): boolean {
	const [title] = before;
	return (
		before.length === 1 &&
		title !== undefined &&
		run.length > 1 &&
		!run[0]!.afterBlank &&
		!isFurniture(title.text) &&
		OPENING_TITLE.test(title.text) &&
		NAME_THEN_VERB.test(run[0]!.text) &&
		endsLikeSentence(run.map((l) => l.text).join(' '))
	);
}

function continues(line: string, next: string, width: number | null): boolean {
	if (endsLikeSentence(line) || BULLET.test(next)) return false;
	if (isFurniture(line) || isFurniture(next) || isCaption(line) || isCaption(next)) return false;
	if (/^\p{Ll}/u.test(next)) return true;
	if (/[,;–—-]$/.test(line)) return true;
	const last = words(line).at(-1);
	if (last !== undefined && FUNCTION_WORDS.has(last)) return true;
	return width !== null && line.length >= width - 20;
}

/**
 * The column a hard-wrapped file is wrapped at, or null. A file is hard-wrapped when most lines
 * that run on into another line without finishing a sentence end near one common width.
 */
export function wrapWidth(lines: readonly Line[]): number | null {
	const longest = Math.max(0, ...lines.map((l) => l.text.length));
	if (longest === 0 || longest > 120) return null;
	const runOn = lines.filter((line, i) => {
		const next = lines[i + 1];
		return next !== undefined && !next.afterBlank && !endsLikeSentence(line.text);
	});
	if (runOn.length < 3) return null;
	const nearWidth = runOn.filter((l) => l.text.length >= longest - 20).length;
	return nearWidth / runOn.length >= 0.6 ? longest : null;
}
