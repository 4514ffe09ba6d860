import { readFile } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { defineCollection } from 'astro:content';
import { ArticleSchema } from './schemas/article.ts';
import { EventSchema } from './schemas/event.ts';
import { FigureSchema } from './schemas/figure.ts';
import { MeetingSchema } from './schemas/meeting.ts';
import { OfficialSchema } from './schemas/official.ts';

/**
 * A loader for the records under `key` in content/generated/<file> (or $GENERATED_DIR/<file>, resolved
 * against the project root when relative); the schema validates each one.
 */
function generated(file: string, key: string) {
	const path = `${process.env.GENERATED_DIR ?? 'content/generated'}/${file}`;
	return async (): Promise<Array<{ id: string }>> => {
		const text = await readFile(
			isAbsolute(path) ? path : new URL('../' + path, import.meta.url),
			'utf8',
		).catch(() => {
			throw new Error(`${path} is missing: run npm run data to generate it.`);
		});
		const records = (JSON.parse(text) as Record<string, unknown>)[key];
		if (!Array.isArray(records)) throw new Error(`${path} has no "${key}" array: run npm run data.`);
		return records as Array<{ id: string }>;
	};
}

export const collections = {
	articles: defineCollection({ loader: generated('articles.json', 'articles'), schema: ArticleSchema }),
	officials: defineCollection({ loader: generated('officials.json', 'officials'), schema: OfficialSchema }),
	meetings: defineCollection({ loader: generated('meetings.json', 'meetings'), schema: MeetingSchema }),
	events: defineCollection({ loader: generated('events.json', 'events'), schema: EventSchema }),
	figures: defineCollection({ loader: generated('figures.json', 'figures'), schema: FigureSchema }),
};
