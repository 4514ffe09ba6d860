import { readChain, type Chain } from './chain.ts';
import { stem } from './keys.ts';
import { clause, tokensOf, type Reading } from './reading.ts';

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
