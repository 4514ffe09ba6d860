import { z } from 'zod';
import { SlugSchema } from './article.ts';
import { SourceSchema } from './source.ts';

/** One report of a number that counts something, as one article states it. */
export const FigureSchema = z.object({
	/** Stable id: the group's id and the article's id. */
	id: SlugSchema,
	/** The number itself, in the unit below ("US$240.1 billion" → 240100000000). */
	value: z.number(),
	/** What the number counts in: "people", "USD", "percent", "countries", "days", "members"… */
	unit: z.string().min(1),
	/** The figure as written, e.g. "US$240.1 billion". */
	text: z.string().min(1),
	/** What is measured, in words, e.g. "people killed in the concert hall attack near Moscow". */
	measure: z.string().min(1),
	/** Where it is stated (one source per report). */
	sources: z.array(SourceSchema).min(1),
	/** The id of the group of reports of the same measure. */
	group: SlugSchema,
	/** Whether the reports in the group agree: one report, all consistent (up to rounding), or conflicting. */
	agreement: z.enum(['single', 'consistent', 'conflicting']),
});

export type Figure = z.output<typeof FigureSchema>;
