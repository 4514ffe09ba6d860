import { formatBounds, formatDate, formatDateRange, plural, sentenceCase } from '../format.ts';
import type { TimelineItem } from './items.ts';

/** Officials' names by id. */
export type Names = ReadonlyMap<string, string>;

/** A generous guess at a label's width in pixels, so layout done before any font loads never underestimates. */
export function estimateWidth(text: string, fontSize: number): number {
	return Math.ceil(text.length * fontSize * 0.6);
}

/** `text`, cut at a word and ended with "…" when its estimated width would pass `maxWidth`. */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
	if (estimateWidth(text, fontSize) <= maxWidth) return text;
	const chars = Math.max(1, Math.floor(maxWidth / (fontSize * 0.6)) - 1);
	const cut = text.slice(0, chars);
	const atWord = cut.lastIndexOf(' ');
	return (atWord > chars / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,·:–-]+$/, '') + '…';
}

/** "A", "A and B", "A, B and C". */
export function listWords(words: readonly string[]): string {
	return words.length <= 2 ? words.join(' and ') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** The participants' names, leaving out `except` (the official whose timeline it is). */
export function participantNames(item: TimelineItem, names: Names, except: string | null = null): string[] {
	return item.participants.filter((id) => id !== except).map((id) => names.get(id) ?? id);
}

/** The item's dates as the sources give them: "20–28 April 2024", "week of 22 May 2023 (ISO week 2023-W21)". */
export function itemDates(item: TimelineItem): string {
	return formatDateRange(item.start, item.end);
}

/** How precisely the dates are known, with any dispute: "day", "week to week", "day; the sources disagree on the start: 20 April 2024 or 21 April 2024". */
export function itemPrecision(item: TimelineItem): string {
	const precision =
		item.endPrecision === null || item.endPrecision === item.startPrecision
			? item.startPrecision
			: `${item.startPrecision} to ${item.endPrecision}`;
	const disputes = item.disputed.map(
		(dispute) =>
			`the sources disagree on the ${dispute.field}: ${dispute.values.map(formatDate).join(' or ')}`,
	);
	return [precision, ...disputes].join('; ');
}

/** The days the item may fall on, when they are not one known day: "between 22 and 28 May 2023", else "". */
export function itemBounds(item: TimelineItem): string {
	return item.segments.every((segment) => segment.certain) ? '' : formatBounds(item);
}

/** The kind in words for a table or a panel: "trip", "meeting". */
export function kindLabel(item: TimelineItem): string {
	return item.planned ? `${item.kind} (planned)` : item.kind;
}

/**
 * A short label to write beside a mark. A meeting names whom the official met and where; the
 * official's own trip or visit names its places; any other event gives its title and any place
 * the title leaves out.
 */
export function itemLabel(item: TimelineItem, names: Names, official: string | null): string {
	const planned = item.planned ? ' (planned)' : '';
	if (item.kind === 'meeting') {
		const theirs = official !== null && item.participants.includes(official);
		const who = listWords(participantNames(item, names, theirs ? official : null));
		const where = item.places.length > 0 ? ` · ${item.places.join(', ')}` : '';
		return (theirs ? `With ${who}` : who) + where + planned;
	}
	const own = official !== null && item.participants.includes(official);
	if (own && (item.kind === 'trip' || item.kind === 'visit') && item.places.length > 0)
		return `${sentenceCase(item.kind)} to ${listWords(item.places)}${planned}`;
	const unsaid = item.places.filter((place) => !item.title.includes(place));
	return item.title + (unsaid.length > 0 ? ` · ${unsaid.join(', ')}` : '') + planned;
}

const countNames: ReadonlyArray<[TimelineItem['kind'][], string, string]> = [
	[['trip'], 'trip', 'trips'],
	[['visit'], 'visit', 'visits'],
	[['conference'], 'conference', 'conferences'],
	[['appointment', 'attack', 'other'], 'other event', 'other events'],
	[['meeting'], 'meeting', 'meetings'],
];

/** How many of each kind, in words: "3 trips, 3 conferences, 1 other event and 4 meetings". */
export function countItems(items: readonly TimelineItem[]): string {
	return listWords(
		countNames.flatMap(([kinds, one, many]) => {
			const count = items.filter((item) => kinds.includes(item.kind)).length;
			return count > 0 ? [plural(count, one, many)] : [];
		}),
	);
}
