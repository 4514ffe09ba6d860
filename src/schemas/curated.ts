import { z } from 'zod';

/** What the curated file may say of one person: only what article text cannot give. */
export const CuratedOfficialSchema = z.strictObject({
	/** The canonical spelling of the person's name. */
	name: z.string().trim().min(1),
	/** The person's country, when no article names it. */
	country: z.string().trim().min(1).optional(),
	/** Other spellings that name this same person (a merge decision). */
	aliases: z.array(z.string().trim().min(1)).default([]),
	/** Spellings that look like this person's but name someone else (a split decision). */
	notSameAs: z.array(z.string().trim().min(1)).default([]),
	/** Why the entry is here, for the next editor. */
	note: z.string().optional(),
});

/** content/curated/officials.yaml: optional; a new article never needs an entry in it. */
export const CuratedFileSchema = z.strictObject({
	officials: z.array(CuratedOfficialSchema).default([]),
});

export type CuratedOfficial = z.output<typeof CuratedOfficialSchema>;
