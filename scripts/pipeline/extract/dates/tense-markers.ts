import { futureMarkers } from '../toolkit/modality.ts';
import { parseTerms, type CompromiseTerm } from '../tokens.ts';

/** The time a clause speaks of, which decides where a date without a year or week falls. */
export type Tense = 'past' | 'present' | 'future';

// Where one clause ends and another begins: punctuation, subordinating words, ", but" and the like.
const CLAUSE_BREAK =
	/[;()“”—]|:(?=\s)|\s[–-]\s|,\s+(?=(?:but|as|whereas|although|though|because)\b)|\b(?:which|who|whom|whose|when|where|while|whereas|although|though|because|that|if|unless)\b/gi;
// Softer breaks inside a clause: commas and coordinating conjunctions.
const PHRASE_BREAK = /,\s|\s(?:and|but|or)\s/g;

/** A word that sets the tense, at its offset in the sentence. */
export interface Indicator {
	at: number;
	tense: Tense;
}
/** A sentence's tense indicators in order, and the offsets where its clauses and phrases break. */
export interface Analysis {
	indicators: Indicator[];
	clauseBreaks: number[];
	phraseBreaks: number[];
}

type Term = CompromiseTerm;

function analyse(sentence: string): Analysis {
	// A future marker anywhere in a clause; its words are not read again as past or present verbs.
	const future = futureMarkers(sentence);
	const inFuture = (at: number) => future.some(({ from, to }) => at >= from && at < to);
	const indicators: Indicator[] = future.map(({ from }) => ({ at: from, tense: 'future' }));
	const terms = parseTerms(sentence);
	terms.forEach((term, i) => {
		const at = term.offset.start;
		if (inFuture(at)) return;
		const tense = verbTense(term, terms[i - 1]);
		if (tense) indicators.push({ at, tense });
	});
	indicators.sort((a, b) => a.at - b.at);
	const breaks = (re: RegExp) => [...sentence.matchAll(re)].map((m) => m.index);
	return { indicators, clauseBreaks: breaks(CLAUSE_BREAK), phraseBreaks: breaks(PHRASE_BREAK) };
}

// compromise tags verbs; "is" and "are" carry no tense tag, and a bare "meet" counts as present only
// after its subject ("leaders meet"), not after "to" or a modal.
function verbTense(term: Term, previous: Term | undefined): Tense | null {
	const tags = new Set(term.tags);
	const word = term.text.toLowerCase();
	if (tags.has('Auxiliary') && /^(?:has|have|had)$/.test(word)) return 'past';
	if (tags.has('PastTense')) return 'past';
	if (/^(?:is|are|am)$/.test(word)) return 'present';
	if (!tags.has('Verb') || !tags.has('PresentTense') || tags.has('Gerund') || tags.has('Auxiliary'))
		return null;
	const prev = new Set(previous?.tags ?? []);
	// "During talks", "the visits": a noun that compromise took for a verb.
	if (['Preposition', 'Determiner', 'Possessive', 'Adjective'].some((tag) => prev.has(tag))) return null;
	if (!tags.has('Infinitive')) return 'present';
	return prev.has('Noun') ? 'present' : null;
}

// tenseAt is asked about every date of a sentence in turn, so the last sentence's analysis is kept.
let cached: { sentence: string; analysis: Analysis } | undefined;

/** The tense indicators and breaks of a sentence (see `Analysis`). */
export function analysisOf(sentence: string): Analysis {
	if (cached?.sentence !== sentence) cached = { sentence, analysis: analyse(sentence) };
	return cached.analysis;
}
