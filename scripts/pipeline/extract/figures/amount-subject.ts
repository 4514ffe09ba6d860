import { FUNCTION_WORDS } from '../../words.ts';
import { countryOf } from '../countries.ts';
import type { Token } from '../tokens.ts';
import { FILLERS, keyWords } from './keys.ts';
import { phraseBefore } from './phrases.ts';
import { clause, textOf, tokensOf, type Described, type Reading } from './reading.ts';
import { AUXILIARIES, has, isVerb, word } from './word-classes.ts';

/** What an amount measures, before the sentence's period is added. */
export type Measured = Omit<Described, 'period'>;

/**
 * What an amount before token `first` is of, named by the subject of the verb before it:
 * "Bilateral trade jumped 26.3 per cent" → "China–Russia trade growth" in an article on both.
 */
export function subjectMeasure(r: Reading, first: number, growth: boolean): Measured | null {
	const subject = subjectBefore(r.tokens, first);
	if (!subject) return null;
	const phrase = r.tokens.slice(subject[0], subject[1] + 1);
	let countries = countriesIn(phrase);
	const bilateral = phrase.some((t) => /^(?:bilateral|two-way)$/i.test(t.bare));
	if (bilateral && countries.length < 2) countries = articleCountries(r);
	const rest = phrase.filter(
		(t) =>
			countriesIn([t]).length === 0 &&
			!FILLERS.has(word(t)) &&
			!FUNCTION_WORDS.has(word(t)) &&
			!has(t, 'Determiner'),
	);
	const what = rest.map((t) => (has(t, 'ProperNoun', 'Acronym') ? t.bare : t.bare.toLowerCase())).join(' ');
	const named =
		countries.length >= 2 && what !== ''
			? `${[...countries].sort().join('–')} ${what}`
			: textOf(r, phrase[0]!, phrase.at(-1)!);
	return {
		measure: growth ? `${named} growth` : named,
		what: [...keyWords(what), ...(growth ? ['growth'] : [])].join(' '),
		context: countries
			.map((c) => c.toLowerCase())
			.sort()
			.join(' '),
	};
}

/** The subject of the nearest verb before token `first`, in its clause or the two before it. */
function subjectBefore(tokens: readonly Token[], first: number): [number, number] | null {
	let [clauseFirst] = clause(tokens, first);
	let subject: [number, number] | null = null;
	for (let hops = 0; hops < 3 && !subject && clauseFirst >= 0; hops++) {
		for (let v = Math.min(first - 1, tokens.length - 1); v >= clauseFirst && !subject; v--) {
			if (!isVerb(tokens[v]) || has(tokens[v], 'Gerund')) continue;
			let s = v;
			while (
				s > clauseFirst &&
				(has(tokens[s - 1], 'Auxiliary', 'Adverb') || AUXILIARIES.has(word(tokens[s - 1])))
			)
				s--;
			subject = phraseBefore(tokens, s, clauseFirst);
			if (!subject && s === clauseFirst) subject = subjectBeforeRelative(tokens, clauseFirst);
		}
		first = clauseFirst;
		clauseFirst = clauseFirst > 0 ? clause(tokens, clauseFirst - 1)[0] : -1;
	}
	return subject;
}

/** "The company, which employs 20,000 people, earned …": the subject sits before a relative clause. */
function subjectBeforeRelative(tokens: readonly Token[], clauseFirst: number): [number, number] | null {
	if (clauseFirst === 0) return null;
	const [relative] = clause(tokens, clauseFirst - 1);
	if (relative === 0 || !/^(?:which|who|whose|that)$/.test(word(tokens[relative]))) return null;
	const [first, last] = clause(tokens, relative - 1);
	return phraseBefore(tokens, last + 1, first);
}

/** The countries a phrase names ("China’s total trade with Russia"), in order, without repeats. */
function countriesIn(tokens: readonly Token[]): string[] {
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
function articleCountries(r: Reading): string[] {
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
