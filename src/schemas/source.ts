import { z } from 'zod';
import { SlugSchema } from './article.ts';

/** Where a fact was read: one paragraph of one article, and the exact words that state it. */
export const SourceSchema = z.object({
	/** The article's id in articles.json. */
	article: SlugSchema,
	/** The paragraph's id within that article ("p-3"), also its anchor on the article page. */
	paragraph: z.string().regex(/^p-[1-9]\d*$/),
	/** An exact excerpt of that paragraph's text as published in articles.json. */
	quote: z.string().min(1),
});

export type Source = z.output<typeof SourceSchema>;

/** One key per sentence cited: the same article, paragraph and words are the same source. */
export const sourceKey = (s: Source): string => `${s.article}#${s.paragraph}#${s.quote}`;

/** The precision a date is known to. */
export const DatePrecisionSchema = z.enum(['day', 'week', 'month', 'year']);
export type DatePrecision = z.output<typeof DatePrecisionSchema>;

/** A date as precise as the text allows, with the calendar days it may fall on. */
export const FuzzyDateSchema = z.object({
	/** "2024-04-23" (day), "2024-W17" (ISO week), "2024-04" (month) or "2024" (year). */
	date: z.string().regex(/^\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}))?$/),
	/** How precisely the text gives the date. */
	datePrecision: DatePrecisionSchema,
	/** The first day the date may be, YYYY-MM-DD. */
	earliest: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
	/** The last day the date may be, YYYY-MM-DD. */
	latest: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type FuzzyDate = z.output<typeof FuzzyDateSchema>;
