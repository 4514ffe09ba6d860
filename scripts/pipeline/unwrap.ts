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
 * A next line that starts in lower case always continues the one before (a headline broken in two).
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
	return runs.flatMap((run) => {
		const text = run.map((l) => l.text).join(' ');
		const inLowerCase = run.slice(1).every((l) => /^\p{Ll}/u.test(l.text));
		if (width === null && !inLowerCase && !endsLikeSentence(text)) return run.map((l) => ({ ...l }));
		return [{ ...run[0]!, text }];
	});
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
