import type { Event } from '../schemas/event.ts';
import type { Figure } from '../schemas/figure.ts';
import type { Meeting } from '../schemas/meeting.ts';
import { formatDate } from './format.ts';

/** A place where the sources disagree, as the home page lists it. */
export interface Disagreement {
	/** The record the sources disagree about. */
	title: string;
	url: string;
	/** What they disagree on, in words: "start: 20 April 2024 or 21 April 2024". */
	detail: string;
}

/**
 * Every disagreement between sources: events' conflicting fields, then conflicting figure groups.
 * `figureHref` gives where a group of figures is shown, when not on the first figures page.
 */
export function disagreements(
	events: readonly Event[],
	figures: readonly Figure[],
	figureHref: (group: string) => string | undefined = () => undefined,
): Disagreement[] {
	const fromEvents = events.flatMap((event) => {
		if (event.conflicts.length === 0 || !event.url) return [];
		const fields = [...new Set(event.conflicts.map((c) => c.field))];
		const detail = fields
			.map(
				(field) =>
					`${field}: ${event.conflicts
						.filter((c) => c.field === field)
						.map((c) => formatDate(c.value))
						.join(' or ')}`,
			)
			.join('; ');
		return [{ title: event.title, url: event.url, detail }];
	});
	const groups = new Map<string, Figure[]>();
	for (const figure of figures)
		if (figure.agreement === 'conflicting') {
			const group = groups.get(figure.group);
			if (group) group.push(figure);
			else groups.set(figure.group, [figure]);
		}
	const fromFigures = [...groups].map(([group, reports]) => ({
		title: reports[0]!.measure.charAt(0).toUpperCase() + reports[0]!.measure.slice(1),
		url: figureHref(group) ?? `/figures/#group-${group}`,
		detail: reports.map((r) => r.text).join(' or '),
	}));
	return [...fromEvents, ...fromFigures];
}

/** The `count` most recent meetings that were held, newest first. */
export function latestMeetings(meetings: readonly Meeting[], count: number): Meeting[] {
	return meetings
		.filter((m) => m.status === 'held')
		.sort((a, b) => b.latest.localeCompare(a.latest) || a.id.localeCompare(b.id))
		.slice(0, count);
}
