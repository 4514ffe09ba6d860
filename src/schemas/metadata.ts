import { z } from 'zod';
import { CalendarDateSchema } from './dates.ts';
import { SlugSchema } from './article.ts';

/**
 * The hand-written sidecar beside each raw article (`<name>.yaml` next to `<name>.txt`).
 * Only `published` is required.
 */
export const ArticleMetadataSchema = z.strictObject({
	/** Publication day, YYYY-MM-DD. */
	published: CalendarDateSchema,
	/** The outlet as captured; null or absent when unknown. */
	outlet: z.string().trim().min(1).nullable().optional(),
	/** When the page republishes another outlet's story, that outlet. */
	republishes: z.string().trim().min(1).optional(),
	/** The page's original address (http or https). */
	url: z.url({ protocol: /^https?$/, message: 'must be an http(s) address' }).optional(),
	/** How the publication date was worked out, in words. */
	dateBasis: z.string().trim().min(1).optional(),
	/** A headline to use when the text has none a reader would recognise. */
	title: z.string().trim().min(1).optional(),
	/** A permalink slug to use instead of the one made from the date and headline. */
	slug: SlugSchema.optional(),
});

export type ArticleMetadata = z.output<typeof ArticleMetadataSchema>;
