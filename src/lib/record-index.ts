import type { Article } from '../schemas/article.ts';
import type { Event } from '../schemas/event.ts';
import type { Figure } from '../schemas/figure.ts';
import type { Meeting } from '../schemas/meeting.ts';
import type { Official } from '../schemas/official.ts';
import { byDate } from './chronology.ts';

/** Every collection, as the pipeline wrote it. */
export interface Collections {
	articles: readonly Article[];
	officials: readonly Official[];
	meetings: readonly Meeting[];
	events: readonly Event[];
	figures: readonly Figure[];
}

/** Lookups built once for a build, so a page finds its records without scanning a collection. */
export interface RecordIndex {
	articleById: ReadonlyMap<string, Article>;
	officialById: ReadonlyMap<string, Official>;
	meetingById: ReadonlyMap<string, Meeting>;
	eventById: ReadonlyMap<string, Event>;
	/** Each official's meetings, in date order; officials in none are absent. */
	meetingsByOfficial: ReadonlyMap<string, readonly Meeting[]>;
	/** Each official's events, in date order; officials in none are absent. */
	eventsByOfficial: ReadonlyMap<string, readonly Event[]>;
	/** The officials each article names, in the officials' order. */
	officialsByArticle: ReadonlyMap<string, readonly Official[]>;
}

/** Look records up by id. */
export function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
	return new Map(records.map((record) => [record.id, record]));
}

/** Group values under each of the keys `keysOf` gives them, keeping the values' order; a key named twice counts once. */
export function groupBy<T>(values: readonly T[], keysOf: (value: T) => readonly string[]): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const value of values)
		for (const key of new Set(keysOf(value))) {
			const group = groups.get(key);
			if (group) group.push(value);
			else groups.set(key, [value]);
		}
	return groups;
}

/** Build the lookups, in time linear in the size of the collections. */
export function indexRecords(records: Collections): RecordIndex {
	const sortedGroups = <T extends Meeting | Event>(list: readonly T[]) => {
		const groups = groupBy(list, (record) => record.participants);
		for (const group of groups.values()) group.sort(byDate);
		return groups;
	};
	return {
		articleById: byId(records.articles),
		officialById: byId(records.officials),
		meetingById: byId(records.meetings),
		eventById: byId(records.events),
		meetingsByOfficial: sortedGroups(records.meetings),
		eventsByOfficial: sortedGroups(records.events),
		officialsByArticle: groupBy(records.officials, (official) => official.articles),
	};
}
