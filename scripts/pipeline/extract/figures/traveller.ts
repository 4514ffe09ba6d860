import { countryOf } from '../countries.ts';
import { findPersonMentions, type PersonMention } from '../people.ts';
import type { Sentence } from '../sentences.ts';
import type { Reading } from './reading.ts';
import { has } from './word-classes.ts';

// Earlier sentences are searched for people again for every trip after them.
const personCache = new WeakMap<Sentence, PersonMention[]>();

/** The people a sentence names with evidence that they are people. */
function peopleOf(sentence: Sentence): PersonMention[] {
	let people = personCache.get(sentence);
	if (!people) personCache.set(sentence, (people = findPersonMentions(sentence).filter((p) => p.evidence)));
	return people;
}

/** The person a trip belongs to: a possessive or the nearest person named before the figure. */
export function traveller(r: Reading, start: number): string | null {
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
