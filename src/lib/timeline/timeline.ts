import { groupEpisodes, type Episode } from './episodes.ts';
import type { TimelineItem } from './items.ts';
import { layoutOverview, type OverviewLayout } from './overview.ts';
import { layoutPanel, type MarkLayout, type PanelLayout } from './panel.ts';
import { tableRow, type TableRow } from './table.ts';
import type { Names } from './text.ts';

/** Everything a page needs to draw a timeline, its table and its details. */
export interface Timeline {
	/** The official whose timeline it is, by id; null for the timeline of everything. */
	official: string | null;
	episodes: Episode[];
	overview: OverviewLayout;
	panels: PanelLayout[];
	/** Every mark of every panel, in the order they are drawn and focused: panel by panel, each in time order. */
	marks: MarkLayout[];
	/** The table's rows: one per mark, in the same order. */
	rows: TableRow[];
}

/**
 * Lay out a timeline from items in time order (`officialItems` or `everythingItems`): the episodes,
 * a panel for each, the overview across the years, and the table.
 *
 * @example buildTimeline(officialItems(records, 'chen-wenqing'), names, 'chen-wenqing').panels.length // 4
 */
export function buildTimeline(
	items: readonly TimelineItem[],
	names: Names,
	official: string | null,
): Timeline {
	const episodes = groupEpisodes(items);
	const panels = episodes.map((episode) => layoutPanel(episode, names, official));
	const marks = panels.flatMap((panel) => panel.marks);
	return {
		official,
		episodes,
		overview: layoutOverview(items, episodes),
		panels,
		marks,
		rows: marks.map((mark) => tableRow(mark.item, names)),
	};
}
