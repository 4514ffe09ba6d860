import type { Source } from '../schemas/source.ts';

/** What one CSV cell may hold: a list is joined with " | ", null and undefined are empty. */
export type CsvValue = string | number | boolean | null | undefined | readonly string[];

/** One column of a CSV download: its header and how to read its cell from a record. */
export interface CsvColumn<T> {
	name: string;
	value: (record: T) => CsvValue;
}

/** The separator between the items of a list inside one cell. */
export const listSeparator = ' | ';

/** Quote a cell as RFC 4180 asks: only when it holds a comma, a quote or a line break, doubling quotes. */
export function csvField(value: CsvValue): string {
	const text =
		value === null || value === undefined
			? ''
			: typeof value === 'string'
				? value
				: typeof value === 'object'
					? value.join(listSeparator)
					: String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Write records as RFC 4180 CSV: a header row of column names, then one row per record,
 * every row ending in CRLF. Line breaks inside a cell are kept, inside quotes.
 */
export function toCsv<T>(records: readonly T[], columns: readonly CsvColumn<T>[]): string {
	const rows = [columns.map((column) => column.name), ...records.map((r) => columns.map((c) => c.value(r)))];
	return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/** Sources as "article#paragraph" references, in order: the `sources` cell. */
export function sourceRefs(sources: readonly Source[]): string[] {
	return sources.map((source) => `${source.article}#${source.paragraph}`);
}

/** The sources' quotes, in the same order as `sourceRefs`: the `quotes` cell. */
export function sourceQuotes(sources: readonly Source[]): string[] {
	return sources.map((source) => source.quote);
}
