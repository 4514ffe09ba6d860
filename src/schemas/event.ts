import { z } from 'zod';
import { SlugSchema } from './article.ts';
import { DatePrecisionSchema, SourceSchema } from './source.ts';

/** A value of one field that some sources give and others contradict. */
export const ConflictSchema = z.object({
	/** The field the sources disagree on: "start", "end". */
	field: z.string().min(1),
	/** One of the values given, as a date or in words. */
	value: z.string().min(1),
	/** The sources that give this value. */
	sources: z.array(SourceSchema).min(1),
});

/** A dated happening: a trip, a visit, a conference, an attack, an appointment… */
export const EventSchema = z.object({
	/** Stable id, e.g. "2024-04-chen-wenqing-trip-to-russia". */
	id: SlugSchema,
	/** What kind of event it is. */
	kind: z.enum(['trip', 'conference', 'attack', 'appointment', 'visit', 'other']),
	/** The event in words. */
	title: z.string().min(1),
	/** Other names the sources give it (a conference outlets name differently). */
	aliases: z.array(z.string()),
	/** When it began, as precisely as the text says ("2024-04-20", "2023-W21", "2023-05", "2014"). */
	start: z.string().min(4),
	/** When it ended, when the text says; null for a one-day or open event. */
	end: z.string().min(4).nullable(),
	/** How precisely the start is known. */
	datePrecision: DatePrecisionSchema,
	/** The first day it may have begun, YYYY-MM-DD. */
	earliest: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
	/** The last day it may have ended, YYYY-MM-DD. */
	latest: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
	/** True when the sources speak of it in the future. */
	planned: z.boolean(),
	/**
	 * How it is known: "stated" when a report names it; "meetings" for a visit no report names, known
	 * from the meetings its traveller held abroad ("Xi met Putin in Moscow": Xi was in Moscow).
	 */
	basis: z.enum(['stated', 'meetings']),
	/** Places, in the order the sources give them. */
	places: z.array(z.string()),
	/** The officials taking part, by id. */
	participants: z.array(SlugSchema),
	/** The meetings held during it, by id. */
	meetings: z.array(SlugSchema),
	/** For a trip: the conferences it was for, by id. */
	related: z.array(SlugSchema),
	/** Fields the sources disagree on, each value with its sources. */
	conflicts: z.array(ConflictSchema),
	/** Every sentence that reports it. */
	sources: z.array(SourceSchema).min(1),
	/** The site path of its page. */
	url: z
		.string()
		.regex(/^\/events\/[a-z0-9-]+\/$/)
		.nullable(),
});

export type Conflict = z.output<typeof ConflictSchema>;
export type Event = z.output<typeof EventSchema>;
