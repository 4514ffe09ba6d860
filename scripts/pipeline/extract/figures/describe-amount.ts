import type { Token } from '../tokens.ts';
import { subjectMeasure, type Measured } from './amount-subject.ts';
import { readChain } from './chain.ts';
import { keyWords, periodOf } from './keys.ts';
import { phraseBefore } from './phrases.ts';
import { clause, textOf, type Description, type Reading } from './reading.ts';
import type { Span } from './spot-numbers.ts';
import { CHANGE, ends, FALL, has, isNounish, PREPOSITIONS, word } from './word-classes.ts';

/**
 * Finds what an amount of money or a percentage is of: "Bilateral trade jumped … to US$240.1 billion".
 * A fall makes the span's value negative: "down 5 per cent" is -5.
 */
export function describeAmount(r: Reading, span: Span, first: number, last: number): Description | null {
	const { tokens } = r;
	const previous = tokens[first - 1];
	const growth =
		span.kind === 'percent'
			? CHANGE.test(word(previous)) || FALL.test(word(previous)) || word(previous) === 'by'
			: /^(?:up|down|by)$/.test(word(previous));
	const fall =
		growth && (FALL.test(word(previous)) || (word(previous) === 'by' && FALL.test(word(tokens[first - 2]))));
	// A change is a change of something named before it, never of the words after it.
	const after = growth ? null : (shareOf(r, span, last) ?? qualifiedNoun(r, span, first, last));
	const found = after ?? valueOf(r, first) ?? subjectMeasure(r, first, growth);
	return (
		found && {
			...found,
			period: periodOf(r.sentence.text, r.sentence.published),
			span: fall ? { ...span, value: -span.value } : span,
		}
	);
}

/** "12 per cent of voters": a share of the words after "of". */
function shareOf(r: Reading, span: Span, last: number): Measured | null {
	const { tokens } = r;
	if (word(tokens[last + 1]) !== 'of' || span.kind !== 'percent') return null;
	const [, end] = clause(tokens, last + 2);
	let k = last + 2;
	while (k <= end && isNounish(tokens[k])) k++;
	if (k === last + 2) return null;
	const of = textOf(r, tokens[last + 2]!, tokens[k - 1]!);
	return { measure: `share of ${of}`, what: `share ${keyWords(of).join(' ')}`, context: '' };
}

/** "a £1.2bn contract", "a 12% stake in the firm": the noun the amount qualifies, and its place. */
function qualifiedNoun(r: Reading, span: Span, first: number, last: number): Measured | null {
	const { tokens } = r;
	const next = tokens[last + 1];
	// After "a", whatever runs up to a preposition is the noun the amount qualifies (the tagger may say verb).
	const article = /^(?:a|an|the)$/.test(word(tokens[first - 1]));
	const nounLike = (t: Token | undefined): t is Token =>
		t !== undefined &&
		!PREPOSITIONS.has(word(t)) &&
		!has(t, 'Date', 'Pronoun', 'Conjunction', 'Determiner') &&
		(article || has(t, 'Noun'));
	if (!nounLike(next) || ends(tokens[last]!)) return null;
	let k = last + 1;
	while (k + 1 < tokens.length && nounLike(tokens[k + 1]) && !ends(tokens[k]!)) k++;
	const noun = textOf(r, next, tokens[k]!);
	const [, end] = clause(tokens, k);
	const chain = readChain(r, k + 1, end);
	const measure = span.kind === 'money' ? `value of the ${noun}` : noun;
	return {
		measure: chain.place ? `${measure} ${chain.place.text}` : measure,
		what: keyWords(noun).join(' '),
		context: chain.place?.words.join(' ') ?? '',
	};
}

/** "a deal worth $5bn", "valued at $5bn": the value of the noun phrase before. */
function valueOf(r: Reading, first: number): Measured | null {
	const { tokens } = r;
	const previous = word(tokens[first - 1]);
	if (!/^(?:worth|at|costing|cost)$/.test(previous)) return null;
	const back = previous === 'at' && word(tokens[first - 2]) === 'valued' ? first - 2 : first - 1;
	const phrase = phraseBefore(tokens, back, 0);
	if (!phrase) return null;
	const np = textOf(r, tokens[phrase[0]]!, tokens[phrase[1]]!);
	return { measure: `value of ${np}`, what: keyWords(np).join(' '), context: '' };
}
