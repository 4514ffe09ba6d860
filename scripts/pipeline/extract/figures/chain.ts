import type { Sentence } from '../sentences.ts';
import type { Token } from '../tokens.ts';
import { list } from '../toolkit/lists.ts';
import { keyWords, stem } from './keys.ts';
import { clause, tokensOf, type Reading } from './reading.ts';
import { ends, has, isNounish, PREPOSITIONS, word } from './word-classes.ts';

/** What people are killed, hurt or arrested in. */
const EVENT_NOUNS = new Set(
	list(`attack bombing blast explosion shooting crash fire earthquake quake flood flooding storm typhoon hurricane
	raid strike airstrike clash protest riot war conflict fighting violence collision stampede incident assault siege
	offensive ambush massacre hijacking derailment landslide shelling disaster outbreak`),
);
/** Prepositions that carry a place on: "at a concert hall" + "near Moscow". */
const PLACE_LINKS = new Set(list('near in outside of on'));

/** The event noun among some tokens, stemmed ("attacks" → "attack"), or null when there is none. */
export function eventIn(tokens: readonly Token[]): string | null {
	const event = tokens.find((t) => EVENT_NOUNS.has(stem(t.bare)));
	return event ? stem(event.bare) : null;
}

/** What a figure's prepositional phrases say: the event it happened in, and where (with key words). */
export interface Chain {
	event: string | null;
	place: { text: string; words: string[] } | null;
}

/** Prepositional phrases from token `from` to `to`: what happened (an event noun) and where. */
export function readChain(
	r: { sentence: Sentence; tokens: readonly Token[] },
	from: number,
	to: number,
): Chain {
	const { tokens } = r;
	const chain: Chain = { event: null, place: null };
	let placeStart = -1;
	let placeEnd = -1;
	let i = from;
	while (i <= to && PREPOSITIONS.has(word(tokens[i]))) {
		let k = i + 1;
		while (k <= to && isNounish(tokens[k])) {
			k++;
			if (ends(tokens[k - 1]!)) break;
		}
		const object = tokens.slice(i + 1, k);
		const event = eventIn(object);
		if (object.some((t) => has(t, 'Date', 'Duration'))) {
			// a time: "in decades", "on Saturday"
		} else if (event) {
			chain.event ??= event;
		} else if (!chain.place) {
			placeStart = tokens[i]!.start;
			chain.place = { text: r.sentence.text.slice(placeStart, tokens[k - 1]!.end), words: [] };
			placeEnd = k;
		} else if (
			placeEnd === i &&
			PLACE_LINKS.has(word(tokens[i])) &&
			object.some((t) => has(t, 'ProperNoun', 'Place'))
		) {
			chain.place.text = r.sentence.text.slice(placeStart, tokens[k - 1]!.end);
			placeEnd = k;
		}
		if (k === i + 1 || ends(tokens[k - 1]!)) break;
		i = k;
	}
	if (chain.place) chain.place.words = keyWords(chain.place.text).sort();
	return chain;
}

/** Where a definite "the attack" was described: the same noun with a place, earlier on. */
export function antecedentPlace(r: Reading, event: string, beforeIndex: number): Chain['place'] {
	const candidates = [{ sentence: r.sentence, tokens: r.tokens.slice(0, beforeIndex) }];
	for (const s of [...r.before].reverse()) candidates.push({ sentence: s, tokens: tokensOf(s) });
	for (const c of candidates) {
		for (let i = c.tokens.length - 1; i >= 0; i--) {
			if (stem(c.tokens[i]!.bare) !== event) continue;
			const [, last] = clause(c.tokens, i);
			const found = readChain(c, i + 1, last).place;
			if (found) return found;
		}
	}
	return null;
}
