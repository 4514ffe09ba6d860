import { z } from 'zod';
import { CalendarDateSchema } from './dates.ts';

/** A site-wide identifier: lowercase letters, digits and single hyphens. */
export const SlugSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be lowercase letters, digits and hyphens' });

export const ParagraphSchema = z.object({
	/** The paragraph's anchor on its article page ("p-3"), numbered from 1 in reading order. */
	id: z.string().regex(/^p-[1-9]\d*$/),
	/** The paragraph's text, cleaned: whitespace and quotes normalised, no markup. */
	text: z.string().min(1),
	/** "heading" for a subheading inside the story; absent for a body paragraph. */
	kind: z.literal('heading').optional(),
});

export const RelatedItemSchema = z.object({
	/** The teaser's headline. */
	title: z.string().min(1),
	/** The teaser's summary text; empty when the page showed only a headline. */
	text: z.string(),
});

export const ArticleSchema = z.object({
	/** Stable slug, also the last segment of the article's permalink. */
	id: SlugSchema,
	/** The raw file's name under content/raw/, e.g. "003_d13c28472e234fa8.txt". */
	source: z.string().min(1),
	/** The headline. */
	title: z.string().min(1),
	/** The outlet that published the page, or null when the metadata says it is unknown. */
	outlet: z.string().min(1).nullable(),
	/** The outlet whose story this page republishes, or null. */
	republishes: z.string().min(1).nullable(),
	/** Publication day, YYYY-MM-DD. */
	published: CalendarDateSchema,
	/** How the publication date was established, when the metadata says. */
	dateBasis: z.string().nullable(),
	/** The page's original address, when known. */
	sourceUrl: z.url({ protocol: /^https?$/ }).nullable(),
	/** The standfirst: summary bullets or dek lines under the headline. */
	standfirst: z.array(z.string().min(1)),
	/** Body paragraphs and subheadings in reading order. */
	paragraphs: z.array(ParagraphSchema).min(1),
	/** Photo captions, in page order, kept apart from the story text. */
	captions: z.array(z.string().min(1)),
	/** Related-article teasers found on the page, kept apart from the story text. */
	related: z.array(RelatedItemSchema),
	/** The canonical article's id when this is a near-duplicate capture of it, else null. */
	duplicateOf: SlugSchema.nullable(),
	/** Ids of the near-duplicate captures that point to this article. */
	duplicates: z.array(SlugSchema),
	/** The site path of the article's page, e.g. "/articles/2024-04-24-china-and-russia/". */
	url: z.string().regex(/^\/articles\/[a-z0-9-]+\/$/),
});

export type Paragraph = z.output<typeof ParagraphSchema>;
export type RelatedItem = z.output<typeof RelatedItemSchema>;
export type Article = z.output<typeof ArticleSchema>;
