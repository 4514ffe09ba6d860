import { antecedentPlace } from './chain.ts';
import { readChain } from './chain.ts';
import { actionOn } from './count-action.ts';
import { keyWords, periodOf } from './keys.ts';
import { list } from '../toolkit/lists.ts';
import type { Chain } from './chain.ts';
import { clause, textOf, type Description, type Reading } from './reading.ts';
import type { Span } from './spot-numbers.ts';
import { ends, has, isPlural, PREPOSITIONS, word } from './word-classes.ts';

/** "the two countries", "both sides": a number word after these refers back, it does not count. */
const REFERRING = new Set(list('the these those both its their his her our all'));
const MONTHS =
	/^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;

/** A count as read, for the next count in the sentence: "40 missiles and 30 drones" share a verb. */
export interface CountRead {
	/** The counted noun's token. */
	head: number;
	action: string;
	chain: Chain;
}

/**
 * Finds what a plain count counts: "At least 137 people were killed in the attack". Its span gets
 * the counted noun as its unit and ends after it; `previous` is the sentence's count before it,
 * and `count` is this one, for the next.
 */
export function describeCount(
	r: Reading,
	span: Span,
	first: number,
	last: number,
	previous?: CountRead,
): (Description & { count: CountRead }) | null {
	const { tokens } = r;
	const number = r.sentence.text.slice(tokens[first]!.start, tokens[last]!.end);
	if (!/\d/.test(number) && REFERRING.has(word(tokens[first - 1]))) return null;
	const yearLike = /^\d{4}$/.test(number) && Number(number) >= 1000 && Number(number) <= 2100;
	if (MONTHS.test(word(tokens[first - 1])) || MONTHS.test(word(tokens[last + 1]))) return null;
	// The counted noun: modifiers, then nouns up to the first plural one.
	let k = last + 1;
	while (has(tokens[k], 'Adjective') && !has(tokens[k], 'Noun') && !ends(tokens[k - 1]!)) k++;
	const nounStart = k;
	let head = -1;
	while (
		k < tokens.length &&
		has(tokens[k], 'Noun') &&
		!has(tokens[k], 'Pronoun', 'Possessive') &&
		!ends(tokens[k - 1]!)
	) {
		head = k;
		if (isPlural(tokens[k]!)) break;
		k++;
	}
	const headToken = tokens[head];
	if (!headToken || has(headToken, 'Date', 'Duration')) return null;
	if (!isPlural(headToken) && span.value !== 1) return null;
	if (yearLike && (PREPOSITIONS.has(word(tokens[first - 1])) || has(headToken, 'ProperNoun'))) return null;
	// "killed 12 people and injured 40 others": others are people.
	const unit = /^others$/i.test(headToken.bare) ? 'people' : headToken.bare.toLowerCase();
	const noun =
		unit === 'people' && headToken.bare !== 'people' ? 'people' : textOf(r, tokens[nounStart]!, headToken);
	const [clauseFirst, clauseLast] = clause(tokens, head);
	let period = periodOf(
		r.sentence.text.slice(tokens[clauseFirst]!.start, tokens[clauseLast]!.end),
		r.sentence.published,
	);
	const before = tokens.findLastIndex((t) => t.end <= span.start);
	const { words, chainFrom, subjectEvent, attending } = actionOn(r, head, before, first, clauseLast);
	let action = words;
	// Those attending a meeting are dated by the meeting: "this week’s International Meeting".
	if (attending) period ||= periodOf(r.sentence.text, r.sentence.published);
	const read = readChain(r, chainFrom, clauseLast);
	let chain: Chain = { ...read, event: read.event ?? subjectEvent };
	// "40 missiles and 30 drones were shot down": the second count shares the first one's verb.
	if (!action && previous && /^(?:and|or)$/.test(word(tokens[before])) && previous.head === before - 1) {
		action = previous.action;
		if (!chain.event && !chain.place) chain = previous.chain;
	}
	if (chain.event && !chain.place) chain = { ...chain, place: antecedentPlace(r, chain.event, first) };
	const measure = [noun, action, chain.event ? `in the ${chain.event}` : '', chain.place?.text ?? '']
		.filter((part) => part !== '')
		.join(' ');
	return {
		measure,
		what: keyWords(`${headToken.bare} ${action.split(' ')[0] ?? ''}`).join(' '),
		context: [
			chain.event ?? '',
			...(chain.place?.words ?? []),
			...keyWords(action.split(' ').slice(1).join(' ')).sort(),
		]
			.filter((w) => w !== '')
			.join(' '),
		period,
		span: { ...span, unit, end: headToken.end },
		count: { head, action, chain },
	};
}
