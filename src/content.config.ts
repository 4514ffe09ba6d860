import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import {
	generatedCollections,
	readGenerated,
	type GeneratedCollection,
} from './lib/generated-collections.ts';

/** The project's root: relative paths in GENERATED_DIR are read from here. */
const root = fileURLToPath(new URL('../', import.meta.url));

/** A loader for the records of one generated collection; its schema validates each one. */
const generated = (name: GeneratedCollection) => () => readGenerated(root, name);

export const collections = {
	articles: defineCollection({ loader: generated('articles'), schema: generatedCollections.articles.schema }),
	officials: defineCollection({
		loader: generated('officials'),
		schema: generatedCollections.officials.schema,
	}),
	meetings: defineCollection({ loader: generated('meetings'), schema: generatedCollections.meetings.schema }),
	events: defineCollection({ loader: generated('events'), schema: generatedCollections.events.schema }),
	figures: defineCollection({ loader: generated('figures'), schema: generatedCollections.figures.schema }),
};
