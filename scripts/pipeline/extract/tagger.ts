import { createRequire } from 'node:module';
import type nlp from 'compromise';

const require = createRequire(import.meta.url);
let loaded: typeof nlp | undefined;

/**
 * compromise, the part-of-speech tagger, loaded on first use: a build whose articles are all
 * cached never needs it. Its one-file CommonJS build loads in a fraction of the time its
 * hundreds of ES modules take.
 */
export function tagger(): typeof nlp {
	return (loaded ??= require('compromise') as typeof nlp);
}
