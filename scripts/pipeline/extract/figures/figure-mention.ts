import type { Source } from '../../../../src/schemas/source.ts';

/** One number that counts something, found in one sentence. */
export interface FigureMention {
	/** The number in `unit`s: "US$240.1 billion" → 240100000000, "down 5 per cent" → -5. */
	value: number;
	/** "people", "USD", "percent", "countries", "days", "members"… */
	unit: string;
	/** The figure as written, qualifier and counted noun included: "more than 100 countries". */
	text: string;
	/** What is counted, in words: "people killed in the attack on a concert hall near Moscow". */
	measure: string;
	/**
	 * words that identify what is counted, for grouping: `unit|what|context`, then `@period`
	 * (a year) when the text dates the measure. Reports of one measure share the part before `@`.
	 */
	key: string;
	source: Source;
}
