import { fuzzyFromDate } from '../pipeline/extract/toolkit/fuzzy-dates.ts';

/**
 * The first and last day a gold date may be: a day is itself; "2024-W17" its Monday to Sunday;
 * "2024-04" its month; "2024" its year. The pipeline's own reading of such forms.
 */
export function dayRange(date: string): [string, string] {
	const { earliest, latest } = fuzzyFromDate(date);
	return [earliest, latest];
}

/** Whether two day ranges share a day. */
export const overlaps = ([a1, a2]: [string, string], [b1, b2]: [string, string]): boolean =>
	a1 <= b2 && b1 <= a2;
