import { getCollection } from 'astro:content';
import type { Event } from '../schemas/event.ts';
import type { Figure } from '../schemas/figure.ts';
import type { Meeting } from '../schemas/meeting.ts';
import type { Official } from '../schemas/official.ts';
import { loadArticles } from './load-articles.ts';

/** All officials, in the order the pipeline wrote them (by id). */
export async function loadOfficials(): Promise<Official[]> {
	return (await getCollection('officials')).map((entry) => entry.data);
}

/** All meetings, in the order the pipeline wrote them (by date). */
export async function loadMeetings(): Promise<Meeting[]> {
	return (await getCollection('meetings')).map((entry) => entry.data);
}

/** All events, in the order the pipeline wrote them (by date). */
export async function loadEvents(): Promise<Event[]> {
	return (await getCollection('events')).map((entry) => entry.data);
}

/** All reports of figures, in the order the pipeline wrote them (by group). */
export async function loadFigures(): Promise<Figure[]> {
	return (await getCollection('figures')).map((entry) => entry.data);
}

/** Look records up by id. */
export function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
	return new Map(records.map((record) => [record.id, record]));
}

/** Every collection at once, each also as a map by id, for pages that cross-link them. */
export async function loadRecords() {
	const [articles, officials, meetings, events, figures] = await Promise.all([
		loadArticles(),
		loadOfficials(),
		loadMeetings(),
		loadEvents(),
		loadFigures(),
	]);
	return {
		articles,
		officials,
		meetings,
		events,
		figures,
		articleById: byId(articles),
		officialById: byId(officials),
		meetingById: byId(meetings),
		eventById: byId(events),
	};
}
