import { formatDate } from '../format.ts';
import type { TimelineItem } from './items.ts';
import { itemBounds, itemDates, itemPrecision, kindLabel, participantNames, type Names } from './text.ts';

/** One row of the table under the chart, and what the details panel shows for a mark. */
export interface TableRow {
	id: string;
	what: string;
	kind: string;
	start: string;
	/** "" for a single date. */
	end: string;
	/** Start and end together, as briefly as is clear: "20–28 April 2024". */
	dates: string;
	/** How precisely the dates are known, and the days they may fall on when not one known day. */
	precision: string;
	places: string;
	participants: string;
	url: string | null;
}

/** The table's row for an item; dates in words, names for ids, "" where nothing is known. */
export function tableRow(item: TimelineItem, names: Names): TableRow {
	const bounds = itemBounds(item);
	return {
		id: item.id,
		what: item.title,
		kind: kindLabel(item),
		start: formatDate(item.start),
		end: item.end === null ? '' : formatDate(item.end),
		dates: itemDates(item),
		precision: itemPrecision(item) + (bounds ? ` (${bounds})` : ''),
		places: item.places.join(', '),
		participants: participantNames(item, names).join(', '),
		url: item.url,
	};
}
