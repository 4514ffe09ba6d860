import type { Token } from '../tokens.ts';
import { list } from '../toolkit/lists.ts';

// What kind of word a token is, from compromise's tags and word lists that correct them.

/** A token's word, lowercased; '' past either end of the sentence. */
export const word = (token: Token | undefined): string => token?.bare.toLowerCase() ?? '';
/** True when the token carries any of the tags. */
export const has = (token: Token | undefined, ...tags: string[]): boolean =>
	tags.some((t) => token?.tags.has(t));
/** True when punctuation after the token closes a phrase. */
export const ends = (t: Token): boolean => /[,;:–—()“”"]/.test(t.post);

export const PREPOSITIONS = new Set(
	list(`in at on near outside inside across along around to into from off throughout during after following over
	by with for of against between among`),
);
export const AUXILIARIES = new Set(list('is are was were be been being have has had will would'));

/** Words of rising, and of falling, amounts. */
export const CHANGE =
	/^(?:up|rose|rise[ns]?|rising|jump|grew|grow|increas|climb|surg|soar|gain|expand|rebound|added)/i;
export const FALL =
	/^(?:down|fell|fall|drop|declin|decreas|slump|plung|slid|shr[iau]nk|contract|lost|los[ei]|dip|sank|sink|cut|slash|shed)/i;
/** Verbs of amounts that the tagger, next to a number, often takes for nouns ("rose", "cut"). */
const AMOUNT_VERB = /^(?:reach|hit|total|stood|stand|amount)/i;

/** A verb, or a word of change the tagger mistook for a noun. */
export const isVerb = (t: Token | undefined): boolean =>
	t !== undefined &&
	(has(t, 'Verb') ||
		((CHANGE.test(t.bare) || FALL.test(t.bare) || AMOUNT_VERB.test(t.bare)) &&
			!/^(?:up|down)$/i.test(t.bare)));

/** A word that can be part of a noun phrase. */
export const isNounish = (t: Token | undefined): boolean =>
	t !== undefined &&
	!PREPOSITIONS.has(word(t)) &&
	!has(t, 'Pronoun', 'Verb', 'Conjunction', 'Adverb', 'QuestionWord') &&
	has(t, 'Noun', 'Adjective', 'Determiner', 'Possessive', 'Value', 'Acronym', 'ProperNoun');

const PLURAL_WITHOUT_S = new Set(list('people police staff personnel crew children men women cattle'));

export function isPlural(token: Token): boolean {
	const w = token.bare.toLowerCase();
	return PLURAL_WITHOUT_S.has(w) || has(token, 'Plural') || (/[^s]s$/.test(w) && !has(token, 'ProperNoun'));
}
