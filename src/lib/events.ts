import type { Conflict, Event } from '../schemas/event.ts';
import { byDateNewestFirst } from './chronology.ts';
import { sentenceCase } from './format.ts';

type Kind = Event['kind'];

/** Each kind's heading, in the order the events page lists them. */
export const kindHeadings: ReadonlyArray<[Kind, string]> = [
	['trip', 'Trips'],
	['visit', 'Visits'],
	['conference', 'Conferences'],
	['appointment', 'Appointments'],
	['attack', 'Attacks'],
	['other', 'Other events'],
];

/** Group events by kind in `kindHeadings` order, newest first within a kind; empty kinds are left out. */
export function groupByKind<E extends Event>(
	events: readonly E[],
): Array<{ kind: Kind; heading: string; events: E[] }> {
	return kindHeadings
		.map(([kind, heading]) => ({
			kind,
			heading,
			events: events.filter((event) => event.kind === kind).sort(byDateNewestFirst),
		}))
		.filter((group) => group.events.length > 0);
}

/** The values the sources give for each disputed field, fields and values in the order first given. */
export function groupConflicts(conflicts: readonly Conflict[]): Array<{ field: string; values: Conflict[] }> {
	const byField = new Map<string, Conflict[]>();
	for (const conflict of conflicts)
		byField.set(conflict.field, [...(byField.get(conflict.field) ?? []), conflict]);
	return [...byField].map(([field, values]) => ({ field, values }));
}

/** A disputed field's name for readers: "start" → "Start date". */
export function conflictFieldLabel(field: string): string {
	const labels: Record<string, string> = { start: 'Start date', end: 'End date' };
	return labels[field] ?? sentenceCase(field);
}
