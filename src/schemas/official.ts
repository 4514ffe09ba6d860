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

/** Where an article names the official: characters `start` to `end` of a paragraph's text. */
export const MentionSchema = z.object({
	/** The article's id. */
	article: SlugSchema,
	/** The paragraph's id ("p-3"). */
	paragraph: z.string().regex(/^p-[1-9]\d*$/),
	/** Offset of the name's first character in the paragraph's text. */
	start: z.number().int().nonnegative(),
	/** Offset just after the name's last character. */
	end: z.number().int().positive(),
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
	/** Every place the story text names them ("Patrushev said" included), for linking the text. */
	mentions: z.array(MentionSchema),
	/** The site path of their page. */
	url: z.string().regex(/^\/officials\/[a-z0-9-]+\/$/),
});

export type Role = z.output<typeof RoleSchema>;
export type Mention = z.output<typeof MentionSchema>;
export type Official = z.output<typeof OfficialSchema>;
