import { createRequire } from 'node:module';
import type nlp from 'compromise';
import { bulkMatch } from './bulk-match.ts';

const require = createRequire(import.meta.url);
let loaded: typeof nlp | undefined;

/**
 * compromise, the part-of-speech tagger, loaded on first use: a build whose articles are all
 * cached never needs it. Its one-file CommonJS build loads in a fraction of the time its
 * hundreds of ES modules take. Tagging is the pipeline's costliest step, so it is set up to do
 * no more than the pipeline reads: with a quicker matcher for its tagging rules (see
 * `bulkMatch`), and without grouping words into chunks on every parse. The pipeline reads words'
 * tags, which chunks never change; a caller that needs chunks (`verbs()` finds verb phrases by
 * them) computes them on its document: `tagger()(text).compute('chunks')`.
 */
export function tagger(): typeof nlp {
	if (loaded === undefined) {
		const compromise = require('compromise') as typeof nlp;
		compromise.plugin({ methods: { one: { bulkMatch } } });
		// Its types do not declare the world's hooks, the steps every parse computes.
		const world = compromise.world() as { hooks: string[] };
		world.hooks = world.hooks.filter((hook) => hook !== 'chunks');
		loaded = compromise;
	}
	return loaded;
}
