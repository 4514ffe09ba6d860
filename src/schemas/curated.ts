import { z } from 'zod';

/**
 * How the curated file's spellings are compared with the text's: as written, ignoring case,
 * accents and spacing. Not as transliterations: "Sergey Shoygu" in `notSameAs` must not also
 * name "Sergei Shoigu", whose transliterations it shares.
 */
export function spellingKey(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/** What the curated file may say of one person: only what article text cannot give. */
export const CuratedOfficialSchema = z
	.strictObject({
		/** The canonical spelling of the person's name. */
		name: z.string().trim().min(1),
		/** The person's country, when no article names it. */
		country: z.string().trim().min(1).optional(),
		/** Other spellings that name this same person (a merge decision). */
		aliases: z.array(z.string().trim().min(1)).default([]),
		/**
		 * Spellings that look like this person's but name someone else (a split decision): a full
		 * name, a transliteration of this person's name, or a surname alone. Each is compared as
		 * written (see `spellingKey`), and the person it names keeps their own record.
		 */
		notSameAs: z.array(z.string().trim().min(1)).default([]),
		/** Why the entry is here, for the next editor. */
		note: z.string().optional(),
	})
	.superRefine((entry, context) => {
		const own = new Set([entry.name, ...entry.aliases].map(spellingKey));
		entry.notSameAs.forEach((spelling, i) => {
			if (own.has(spellingKey(spelling)))
				context.addIssue({
					code: 'custom',
					path: ['notSameAs', i],
					message:
						'is also this person’s `name` or one of its `aliases`: a spelling cannot both merge and keep apart',
				});
		});
	});

/** content/curated/officials.yaml: optional; a new article never needs an entry in it. */
export const CuratedFileSchema = z.strictObject({
	officials: z.array(CuratedOfficialSchema).default([]),
});

export type CuratedOfficial = z.output<typeof CuratedOfficialSchema>;
