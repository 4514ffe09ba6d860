import { antecedentPlace } from './chain.ts';
import { readChain } from './chain.ts';
import { actionOn } from './count-action.ts';
import { keyWords, periodOf } from './keys.ts';
import { list } from '../toolkit/lists.ts';
import { clause, textOf, type Described, type Reading } from './reading.ts';
import type { Span } from './spot-numbers.ts';
import { ends, has, isPlural, PREPOSITIONS, word } from './word-classes.ts';

/** "the two countries", "both sides": a number word after these refers back, it does not count. */
const REFERRING = new Set(list('the these those both its their his her our all'));
const MONTHS =
	/^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;

/**
 * Finds what a plain count counts: "At least 137 people were killed in the attack". Sets `span.unit`
 * to the counted noun and ends `span` after it; remembers the count in `r.lastCount`.
 */
export function describeCount(r: Reading, span: Span, first: number, last: number): Described | null {
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
	span.unit = /^others$/i.test(headToken.bare) ? 'people' : headToken.bare.toLowerCase();
	span.end = headToken.end;
	const noun =
		span.unit === 'people' && headToken.bare !== 'people'
			? 'people'
			: textOf(r, tokens[nounStart]!, headToken);
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
	let chain = readChain(r, chainFrom, clauseLast);
	chain.event ??= subjectEvent;
	// "40 missiles and 30 drones were shot down": the second count shares the first one's verb.
	const shared = r.lastCount;
	if (!action && shared && /^(?:and|or)$/.test(word(tokens[before])) && shared.head === before - 1) {
		action = shared.action;
		if (!chain.event && !chain.place) chain = shared.chain;
	}
	r.lastCount = { head, action, chain };
	if (chain.event && !chain.place) chain.place = antecedentPlace(r, chain.event, first);
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
	};
}
