import { tagger } from '../tagger.ts';
import type { Token } from '../tokens.ts';
import { has } from './word-classes.ts';

/** compromise's conjugations of a verb; its types do not declare `conjugate`. */
function conjugations(verb: string): { PastTense?: string; Gerund?: string }[] {
	const doc = tagger()(verb);
	// `verbs()` finds verb phrases by their chunks, which the tagger leaves uncomputed.
	doc.compute('chunks');
	return (doc.verbs() as unknown as { conjugate(): { PastTense?: string; Gerund?: string }[] }).conjugate();
}

/** A verb's past participle, lowercased: "kill" → "killed". */
export const participle = (verb: Token): string => {
	if (has(verb, 'PastTense', 'Participle') || /ed$/.test(verb.text)) return verb.text.toLowerCase();
	return (conjugations(verb.text)[0]?.PastTense ?? verb.text).toLowerCase();
};

/** A verb's -ing form, lowercased: "attended" → "attending". */
export const gerund = (verb: string): string => (conjugations(verb)[0]?.Gerund ?? verb).toLowerCase();
