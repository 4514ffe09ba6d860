import type { Figure } from '../schemas/figure.ts';
import type { Meeting } from '../schemas/meeting.ts';
import type { Official } from '../schemas/official.ts';
import { groupFigures } from './figures.ts';
import { mainRole } from './officials.ts';
import { pageOfIndex, pagePath, pagePaths } from './pagination.ts';

/** Each paginated list: where it lives and how many entries a page shows. */
export const lists = {
	/** Stories (canonical articles), newest first. */
	articles: { base: '/articles/', size: 50 },
	/** Officials, most meetings first. */
	officials: { base: '/officials/', size: 100 },
	/** Meetings, newest first. */
	meetings: { base: '/meetings/', size: 100 },
	/** Events by kind, newest first within a kind. */
	events: { base: '/events/', size: 100 },
	/** Groups of figures, conflicting first. */
	figures: { base: '/figures/', size: 40 },
} as const;

export type ListName = keyof typeof lists;

/** How many entries each list has. */
export function listTotals(records: {
	stories: readonly unknown[];
	officials: readonly unknown[];
	meetings: readonly unknown[];
	events: readonly unknown[];
	figures: readonly Figure[];
}): Record<ListName, number> {
	return {
		articles: records.stories.length,
		officials: records.officials.length,
		meetings: records.meetings.length,
		events: records.events.length,
		figures: new Set(records.figures.map((figure) => figure.group)).size,
	};
}

/** Every page of every list, given how many entries each list has. */
export function listPaths(totals: Record<ListName, number>): string[] {
	return (Object.keys(lists) as ListName[]).flatMap((name) =>
		pagePaths(lists[name].base, totals[name], lists[name].size),
	);
}

/** An official as the officials list shows them. */
export interface OfficialRow {
	official: Official;
	role: string | undefined;
	meetings: number;
}

/** The officials list: most meetings first, then by name. */
export function officialRows(
	officials: readonly Official[],
	meetingsByOfficial: ReadonlyMap<string, readonly Meeting[]>,
): OfficialRow[] {
	return officials
		.map((official) => ({
			official,
			role: mainRole(official)?.title,
			meetings: meetingsByOfficial.get(official.id)?.length ?? 0,
		}))
		.sort((a, b) => b.meetings - a.meetings || a.official.name.localeCompare(b.official.name, 'en'));
}

/** Where each group of figures is shown, by group id: "/figures/#group-x" or "/figures/3/#group-x". */
export function figureGroupHrefs(figures: readonly Figure[]): Map<string, string> {
	const { base, size } = lists.figures;
	return new Map(
		groupFigures(figures).map((group, i) => [
			group.id,
			`${pagePath(base, pageOfIndex(i, size))}#group-${group.id}`,
		]),
	);
}
