import { z } from 'zod';
import { parseYamlFile } from '../pipeline/yaml-file.ts';
import type { Diagnostic } from '../pipeline/diagnostics.ts';

/** A date as the gold gives it: a day, an ISO week, a month or a year. */
const GoldDateSchema = z
	.union([z.string(), z.number().int(), z.date()])
	// YAML reads a bare year as a number.
	.transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)))
	.pipe(
		z
			.string()
			.regex(/^\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}))?$/, 'a date: YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY'),
	);

const text = z.string().min(1);

/** What a careful reader finds in one article of the dev corpus (see eval/README.md). */
export const GoldSchema = z.object({
	page: z.object({
		/** The headline as printed; null when the capture has none. */
		headline: text.nullable(),
		standfirst: z.array(text).default([]),
		captions: z.array(text).default([]),
		related: z.array(text).default([]),
		/** The first words of the story's first paragraph. */
		body_first: text,
		/** The first words of the story's last paragraph. */
		body_last: text,
		/** Lines of the capture that must not be in the story's body. */
		furniture: z.array(text).default([]),
	}),
	officials: z
		.array(
			z.object({ name: text, role: text.nullable().default(null), country: text.nullable().default(null) }),
		)
		.default([]),
	people: z.array(z.object({ name: text, kind: text.default('other') })).default([]),
	meetings: z
		.array(
			z.object({
				participants: z.array(text).min(2),
				date: GoldDateSchema.nullable().default(null),
				until: GoldDateSchema.nullable().default(null),
				place: text.nullable().default(null),
				status: z.enum(['held', 'planned']),
				trip: text.nullable().default(null),
				quote: text,
			}),
		)
		.default([]),
	trips: z
		.array(
			z.object({
				id: text,
				traveller: text,
				places: z.array(text).default([]),
				start: GoldDateSchema.nullable().default(null),
				end: GoldDateSchema.nullable().default(null),
				status: z.enum(['held', 'planned']).default('held'),
			}),
		)
		.default([]),
	figures: z
		.array(z.object({ value: z.number(), what: text.nullable().default(null), quote: text }))
		.default([]),
});

export type Gold = z.output<typeof GoldSchema>;

/** Reads one gold file; `file` names it in every problem found. */
export function parseGold(file: string, source: string): { gold: Gold | null; diagnostics: Diagnostic[] } {
	const { data, diagnostics } = parseYamlFile(
		file,
		source,
		GoldSchema,
		'page: { headline: …, body_first: …, body_last: … }',
	);
	return { gold: data ?? null, diagnostics };
}
