import { z } from 'zod';
import { SlugSchema } from './article.ts';
import { SourceSchema } from './source.ts';

/** A role an official holds or held, as the articles state it. */
export const RoleSchema = z.object({
	/** The role in words: "secretary of the Central Political and Legal Affairs Commission". */
	title: z.string().min(1),
	/** When it began, as precisely as the text says ("2022-10"). */
	from: z.string().optional(),
	/** When it ended, as precisely as the text says. */
	to: z.string().optional(),
	/** True when the text speaks of it as past ("previously served as"). */
	former: z.boolean(),
	/** Every sentence that states it. */
	sources: z.array(SourceSchema).min(1),
});

/** A person the articles name: one record however many spellings and articles. */
export const OfficialSchema = z.object({
	/** Stable id from the canonical name, e.g. "nikolai-patrushev". */
	id: SlugSchema,
	/** The canonical spelling. */
	name: z.string().min(1),
	/** Other spellings merged into this record ("Sergei Lavrov" for "Sergey Lavrov"). */
	aliases: z.array(z.string()),
	/** Each spelling with the articles that use it. */
	spellings: z.array(z.object({ name: z.string(), articles: z.array(SlugSchema) })),
	/** The official's country, from the articles' titles or the curated file; null when neither says. */
	country: z.string().nullable(),
	/** Roles over time, each citing its sources. */
	roles: z.array(RoleSchema),
	/** The ids of the articles that name them. */
	articles: z.array(SlugSchema),
	/** The site path of their page. */
	url: z.string().regex(/^\/officials\/[a-z0-9-]+\/$/),
});

export type Role = z.output<typeof RoleSchema>;
export type Official = z.output<typeof OfficialSchema>;
