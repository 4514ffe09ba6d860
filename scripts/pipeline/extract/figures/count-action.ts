import { tagger } from '../tagger.ts';
import type { Token } from '../tokens.ts';
import { eventIn } from './chain.ts';
import { phraseAfter, phraseBefore, nameOf } from './phrases.ts';
import { clause, type Reading } from './reading.ts';
import { AUXILIARIES, ends, has, isVerb, PREPOSITIONS, word } from './word-classes.ts';

const NOT_ACTIONS =
	/^(?:said|says|say|told|include[sd]?|including|has|have|had|is|are|was|were|be|been|with|among)$/i;
const ATTEND = /^(?:attend|participat)/i;

/** What happened to what a count counts. */
export interface Action {
	/** "killed", "attending the summit"; '' when the sentence does not say. */
	words: string;
	/** The token after the verb and its object, where the phrases of where and in what begin. */
	chainFrom: number;
	/** "The blast killed 12 people": the event the subject names, stemmed. */
	subjectEvent: string | null;
	/** True for those attending a meeting, who are dated by the meeting anywhere in the sentence. */
	attending: boolean;
}

/**
 * What happened to the counted noun at token `head`: "were killed", "killed at", "arrested more
 * than 300", "attended the summit". `before` is the token before the figure's text, `first` the
 * figure's first token, `clauseLast` the last token of the noun's clause.
 */
export function actionOn(
	r: Reading,
	head: number,
	before: number,
	first: number,
	clauseLast: number,
): Action {
	const { tokens } = r;
	const action: Action = { words: '', chainFrom: head + 1, subjectEvent: null, attending: false };
	let v = head + 1;
	while (has(tokens[v], 'Adverb')) v++;
	const passive = AUXILIARIES.has(word(tokens[v])) && !ends(tokens[head]!);
	while (AUXILIARIES.has(word(tokens[v])) || has(tokens[v], 'Adverb')) v++;
	const verb = tokens[v];
	const verbBefore = tokens[before];
	// "… and injured 40 others": a participle the tagger calls an adjective still acts.
	const actsBefore =
		verbBefore !== undefined &&
		!has(verbBefore, 'Auxiliary') &&
		!NOT_ACTIONS.test(verbBefore.text) &&
		(isVerb(verbBefore) || (/ed$/.test(verbBefore.text) && !has(tokens[before - 1], 'Determiner')));
	if (
		verb &&
		has(verb, 'Verb') &&
		(passive || has(verb, 'PastTense', 'Participle')) &&
		!ends(tokens[head]!) &&
		!NOT_ACTIONS.test(verb.text)
	) {
		action.chainFrom = v + 1;
		if (passive || PREPOSITIONS.has(word(tokens[v + 1])) || v === clauseLast)
			action.words = verb.text.toLowerCase();
		else {
			// An active verb with its object: "attended the summit", "took part in the parade".
			const partIn = word(tokens[v + 1]) === 'part' && word(tokens[v + 2]) === 'in';
			const object = phraseAfter(tokens, partIn ? v + 3 : v + 1, clauseLast);
			const verbText = `${gerund(verb.text)}${partIn ? ' part in' : ''}`;
			action.words = object ? `${verbText} ${nameOf(r, object)}` : verbText;
			if (object) action.chainFrom = object[1] + 1;
		}
	} else if (actsBefore) {
		action.words = participle(verbBefore);
		// "The blast killed 12 people": the subject may be the event.
		const [clauseFirst] = clause(tokens, before);
		const subject = phraseBefore(tokens, before, clauseFirst);
		action.subjectEvent = subject && eventIn(tokens.slice(subject[0], subject[1] + 1));
	} else {
		const attend = tokens.findIndex((t, i) => i < first && ATTEND.test(t.bare) && has(t, 'Verb'));
		const event = attend >= 0 ? phraseAfter(tokens, attend + 1, tokens.length - 1) : null;
		if (event) action.words = `attending ${nameOf(r, event)}`;
		action.attending = event !== null;
	}
	return action;
}

/** compromise's conjugations of a verb; its types do not declare `conjugate`. */
function conjugations(verb: string): { PastTense?: string; Gerund?: string }[] {
	const doc = tagger()(verb);
	// `verbs()` finds verb phrases by their chunks, which the tagger leaves uncomputed.
	doc.compute('chunks');
	return (doc.verbs() as unknown as { conjugate(): { PastTense?: string; Gerund?: string }[] }).conjugate();
}

/** A verb's past participle, lowercased: "kill" → "killed". */
const participle = (verb: Token): string => {
	if (has(verb, 'PastTense', 'Participle') || /ed$/.test(verb.text)) return verb.text.toLowerCase();
	return (conjugations(verb.text)[0]?.PastTense ?? verb.text).toLowerCase();
};

/** A verb's -ing form, lowercased: "attended" → "attending". */
const gerund = (verb: string): string => (conjugations(verb)[0]?.Gerund ?? verb).toLowerCase();
