import { formatDate, formatDayRange } from '../format.ts';
import { maxDay, rangeLength } from './days.ts';
import type { TimelineItem } from './items.ts';

/** Items whose days overlap, drawn together in one panel on their own axis of days. */
export interface Episode {
	/** "2024-04-20-2024-04-28": the first and last day; unique within a timeline. */
	id: string;
	first: string;
	last: string;
	/** True for items known only to the year or lasting months, kept apart from those of days or weeks. */
	long: boolean;
	/** In time order. */
	items: TimelineItem[];
}

/** Items known to a stretch longer than this many days go in panels of their own, so they do not flatten the days. */
export const longDays = 62;

/** Sweep items in time order, starting a new episode where the next item begins after the last day so far. */
function sweep(items: readonly TimelineItem[], long: boolean): Episode[] {
	const episodes: Episode[] = [];
	for (const item of items) {
		const current = episodes.at(-1);
		if (current && item.earliest <= current.last) {
			current.items.push(item);
			current.last = maxDay(current.last, item.latest);
		} else episodes.push({ id: '', first: item.earliest, last: item.latest, long, items: [item] });
	}
	return episodes.map((episode) => ({ ...episode, id: `${episode.first}-${episode.last}` }));
}

/**
 * Group items (in time order, as `compareItems` sorts them) into episodes: items sharing a day share
 * one. Items of days and weeks and items of months and years are grouped apart, so a
 * nine-day trip keeps its days readable beside an event known only to the year. Episodes come in
 * order of their first day, a long one first on a tie.
 */
export function groupEpisodes(items: readonly TimelineItem[]): Episode[] {
	const isLong = (item: TimelineItem) => rangeLength({ first: item.earliest, last: item.latest }) > longDays;
	return [
		...sweep(items.filter(isLong), true),
		...sweep(
			items.filter((item) => !isLong(item)),
			false,
		),
	].sort((a, b) => (a.first !== b.first ? (a.first < b.first ? -1 : 1) : Number(b.long) - Number(a.long)));
}

/**
 * The item that names an episode: on an official's timeline, their trip or visit in it, else the
 * trip or visit they were met on; else the episode's only item; or undefined.
 */
export function mainItem(episode: Episode, official: string | null): TimelineItem | undefined {
	const travel = episode.items.filter((item) => item.kind === 'trip' || item.kind === 'visit');
	const theirs = (item: TimelineItem) => official !== null && item.participants.includes(official);
	const metOn = (trip: TimelineItem) =>
		episode.items.some((item) => item.kind === 'meeting' && theirs(item) && item.during.includes(trip.id));
	const main = travel.find(theirs) ?? travel.find(metOn);
	return main ?? (episode.items.length === 1 ? episode.items[0] : undefined);
}

/** An episode's heading: its main item's title, else its dates ("May 2024" when all share it, else "22–28 May 2023"). */
export function episodeTitle(episode: Episode, official: string | null): string {
	const main = mainItem(episode, official);
	if (main) return main.title;
	const starts = new Set(episode.items.map((item) => item.start));
	const [only] = starts;
	if (starts.size === 1 && only && !episode.items.some((item) => item.end)) return formatDate(only);
	return formatDayRange(episode.first, episode.last);
}
