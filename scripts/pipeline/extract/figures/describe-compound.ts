import type { Measured } from './amount-subject.ts';
import { readChain } from './chain.ts';
import { countryOf } from '../countries.ts';
import { findPersonMentions, type PersonMention } from '../people.ts';
import type { Sentence } from '../sentences.ts';
import { keyWords, periodOf, stem } from './keys.ts';
import { list } from '../toolkit/lists.ts';
import { clause, textOf, type Described, type Description, type Reading } from './reading.ts';
import { DURATIONS, type Span } from './spot-numbers.ts';
import { ends, has, PREPOSITIONS, word } from './word-classes.ts';

const TRIP_NOUNS = new Set(list('trip visit tour journey stay mission voyage'));

/** The noun a hyphenated figure qualifies, as token indices [start, end). */
interface Noun {
	start: number;
	end: number;
	text: string;
}

/** Finds what a hyphenated figure measures: "a nine-day trip to Russia", "the 24-member Politburo". */
export function describeCompound(r: Reading, span: Span, last: number): Description | null {
	const { tokens } = r;
	let k = last + 1;
	while (has(tokens[k], 'Adjective') && !has(tokens[k], 'Noun')) k++;
	const start = k;
	while (
		k < tokens.length &&
		has(tokens[k], 'Noun') &&
		!has(tokens[k], 'Pronoun') &&
		!PREPOSITIONS.has(word(tokens[k]))
	) {
		if (ends(tokens[k]!) || /[’']s$/.test(tokens[k]!.text)) {
			k++;
			break;
		}
		k++;
	}
	if (k === start) return null;
	const noun = { start, end: k, text: textOf(r, tokens[start]!, tokens[k - 1]!) };
	if (!DURATIONS.has(span.compound ?? '')) return { ...bodySize(r, span, noun), span };
	// A length is dated: by the sentence, else by the year it was reported in.
	const period = periodOf(r.sentence.text, r.sentence.published) || r.sentence.published.slice(0, 4);
	const trip = TRIP_NOUNS.has(stem(tokens[k - 1]!.bare));
	return { ...(trip ? tripLength(r, span, noun) : lengthOf(r, noun)), period, span };
}

/** "a nine-day trip to Russia": the length of someone's trip somewhere. */
function tripLength(r: Reading, span: Span, noun: Noun): Measured {
	const { tokens } = r;
	const owner = traveller(r, span.start);
	const k = noun.end;
	const destination =
		/^(?:to|of)$/.test(word(tokens[k])) && has(tokens[k + 1], 'ProperNoun') ? nameFrom(r, k + 1) : '';
	return {
		measure: `length of ${owner ? `${owner}’s` : 'the'} ${noun.text}${destination ? ` to ${destination}` : ''}`,
		what: 'trip length',
		context: keyWords(`${owner ?? ''} ${destination}`).join(' '),
	};
}

/** "the three-day summit in Kazan": the length of anything else, and where it is. */
function lengthOf(r: Reading, noun: Noun): Measured {
	const [, clauseLast] = clause(r.tokens, noun.end - 1);
	const chain = readChain(r, noun.end, clauseLast);
	return {
		measure: `length of the ${noun.text}${chain.place ? ` ${chain.place.text}` : ''}`,
		what: `${keyWords(noun.text).join(' ')} length`,
		context: chain.place?.words.join(' ') ?? '',
	};
}

/** A body's size: its owner is the possessive before the figure or an "of" phrase after the noun. */
function bodySize(r: Reading, span: Span, noun: Noun): Described {
	const { tokens } = r;
	const k = noun.end;
	let owner = '';
	const before = tokens.filter((t) => t.end <= span.start);
	if (before.length > 0 && /[’']s$/.test(before.at(-1)!.text)) {
		let o = before.length - 1;
		while (o > 0 && has(before[o - 1], 'ProperNoun') && !ends(before[o - 1]!)) o--;
		if (word(before[o - 1]) === 'the') o--;
		owner = textOf(r, before[o]!, before.at(-1)!);
	} else if (word(tokens[k]) === 'of' && has(tokens[k + 1], 'ProperNoun', 'Determiner')) {
		owner = nameFrom(r, k + 1);
	}
	const measure = owner ? `${span.unit} of ${owner} ${noun.text}` : `${span.unit} of the ${noun.text}`;
	return { measure, what: 'size', context: keyWords(`${owner} ${noun.text}`).sort().join(' '), period: '' };
}

/** The words from token `from` on through the proper nouns that follow it: "Russia", "the European Union". */
function nameFrom(r: Reading, from: number): string {
	let last = from;
	while (has(r.tokens[last + 1], 'ProperNoun') && !ends(r.tokens[last]!)) last++;
	return textOf(r, r.tokens[from]!, r.tokens[last]!);
}

// Earlier sentences are searched for people again for every trip after them.
const personCache = new WeakMap<Sentence, PersonMention[]>();

/** The people a sentence names with evidence that they are people. */
function peopleOf(sentence: Sentence): PersonMention[] {
	let people = personCache.get(sentence);
	if (!people) personCache.set(sentence, (people = findPersonMentions(sentence).filter((p) => p.evidence)));
	return people;
}

/** The person a trip belongs to: a possessive or the nearest person named before the figure. */
function traveller(r: Reading, start: number): string | null {
	const before = r.tokens.filter((t) => t.end <= start);
	const last = before.at(-1);
	if (last && /^\p{Lu}.*[’']s$/u.test(last.text) && !countryOf(last.bare) && !has(last, 'Date'))
		return last.bare;
	const people = peopleOf(r.sentence).filter((p) => p.end <= start);
	let person = people.at(-1);
	for (const s of [...r.before].reverse()) person ??= peopleOf(s).at(-1);
	if (!person) return null;
	if (person.parts.length > 1) return person.name;
	// "Chen" is "Chen Wenqing" when the article named him in full earlier.
	for (const s of r.before) {
		const full = peopleOf(s).find((p) => p.parts.length > 1 && p.parts.includes(person.name));
		if (full) return full.name;
	}
	return person.name;
}
