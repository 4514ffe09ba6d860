import { countryOf } from '../countries.ts';
import type { Token } from '../tokens.ts';
import { tokensOf, type Reading } from './reading.ts';

/** The countries a phrase names ("China’s total trade with Russia"), in order, without repeats. */
export function countriesIn(tokens: readonly Token[]): string[] {
	const found: string[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const pair = i + 1 < tokens.length ? countryOf(`${tokens[i]!.bare} ${tokens[i + 1]!.bare}`) : null;
		const country = pair ?? countryOf(tokens[i]!.bare);
		if (pair) i++;
		if (country && !found.includes(country)) found.push(country);
	}
	return found;
}

/** The two countries an article is about: the two it names most often up to this sentence. */
export function articleCountries(r: Reading): string[] {
	const counts = new Map<string, number>();
	for (const s of [...r.before, r.sentence]) {
		for (const token of tokensOf(s)) {
			const country = countryOf(token.bare);
			if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
		}
	}
	return [...counts]
		.sort((a, b) => b[1] - a[1])
		.slice(0, 2)
		.map(([c]) => c);
}
