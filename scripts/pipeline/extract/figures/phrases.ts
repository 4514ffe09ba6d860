import { isCapitalised, type Token } from '../tokens.ts';
import type { Reading } from './reading.ts';
import { ends, has, isNounish, isVerb, PREPOSITIONS, word } from './word-classes.ts';

/** The words of a noun phrase that ends just before token `end` (exclusive), walking back. */
export function phraseBefore(tokens: readonly Token[], end: number, floor: number): [number, number] | null {
	// The tagger takes a clause's first word for an imperative verb: "Imports fell", "Trade between …".
	const nounAt = (i: number) =>
		isNounish(tokens[i]) ||
		(i === floor &&
			has(tokens[i], 'Infinitive', 'PresentTense') &&
			(isVerb(tokens[i + 1]) || PREPOSITIONS.has(word(tokens[i + 1]))));
	let i = end;
	while (i > floor && nounAt(i - 1) && (i === end || !ends(tokens[i - 1]!))) {
		i--;
		// "trade with Russia", "trade between China and Russia"
		const link = tokens[i - 1];
		if (
			i - 1 > floor &&
			/^(?:of|with|between|and)$/.test(word(link)) &&
			nounAt(i - 2) &&
			!ends(tokens[i - 2]!)
		)
			i--;
	}
	while (i < end && (has(tokens[i], 'Determiner') || PREPOSITIONS.has(word(tokens[i])))) i++;
	return i < end ? [i, end - 1] : null;
}

/** A noun phrase starting at token `from`: determiners and time possessives dropped ("this week’s"). */
export function phraseAfter(tokens: readonly Token[], from: number, to: number): [number, number] | null {
	let i = from;
	while (
		i <= to &&
		(has(tokens[i], 'Determiner') || (has(tokens[i], 'Date') && /[’']s$/.test(tokens[i]!.text)))
	)
		i++;
	if (!has(tokens[i], 'Noun', 'Adjective', 'ProperNoun')) return null;
	const proper = isCapitalised(tokens[i]!);
	let k = i;
	// A name runs on through "of", "for", "on", "and" between capitalised words.
	while (k < to && !ends(tokens[k]!)) {
		const next = tokens[k + 1]!;
		const afterLink = tokens[k + 2];
		const link =
			/^(?:of|for|on|and|the)$/.test(word(next)) && afterLink !== undefined && isCapitalised(afterLink);
		const noun = isNounish(next) && !has(next, 'Determiner') && !has(next, 'Date');
		if (proper ? isCapitalised(next) || link || (noun && has(next, 'Noun')) : noun) k += link ? 2 : 1;
		else break;
	}
	return [i, k];
}

/** A phrase by its words, as a definite noun phrase: "the summit". */
export const nameOf = (r: Reading, [from, to]: [number, number]): string =>
	`the ${r.sentence.text.slice(r.tokens[from]!.start, r.tokens[to]!.end)}`;
