import { z } from 'zod';
import { SlugSchema } from './article.ts';
import { FuzzyDateSchema, SourceSchema } from './source.ts';

/** A meeting between officials, held or planned, as one record however many articles report it. */
export const MeetingSchema = z.object({
	/** Stable id: the date and the participants' ids, e.g. "2024-04-23-chen-wenqing-nikolai-patrushev". */
	id: SlugSchema,
	/** Who and "meet", or "to meet" when planned: "Chen Wenqing and Nikolai Patrushev meet". */
	title: z.string().min(1),
	...FuzzyDateSchema.shape,
	/** Where the date comes from: the sentence itself, a nearby sentence, or the report's publication. */
	dateBasis: z.enum(['stated', 'context', 'publication']),
	/** "held", or "planned" when the sources speak of it in the future. */
	status: z.enum(['held', 'planned']),
	/** Where it took place, when the text says. */
	place: z.string().min(1).nullable(),
	/**
	 * Where the place comes from: the sentence that reports it, the sentences around it, the
	 * report's dateline, where the report is set (its opening sentences), or the conference it was
	 * held at; null when there is none.
	 */
	placeBasis: z.enum(['stated', 'context', 'dateline', 'story', 'event']).nullable(),
	/** The officials' ids, in id order. */
	participants: z.array(SlugSchema).min(2),
	/** Every sentence that reports it. */
	sources: z.array(SourceSchema).min(1),
	/**
	 * The sentences of `sources` that speak of it as still to come: all of them for a planned
	 * meeting; for a held one, the reports that announced it before it was held.
	 */
	announcements: z.array(SourceSchema),
	/** The events (trips, conferences) it took place during. */
	events: z.array(SlugSchema),
	/** The site path of its page. */
	url: z.string().regex(/^\/meetings\/[a-z0-9-]+\/$/),
});

export type Meeting = z.output<typeof MeetingSchema>;
