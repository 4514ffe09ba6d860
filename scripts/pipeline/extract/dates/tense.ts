import { analysisOf, type Analysis, type Indicator, type Tense } from './tense-markers.ts';

const RELATIVE = /^(?:which|who|whom|whose|where)\b/i;

/** The stretch between the breaks nearest `at` on either side, kept within `from`…`to`. */
const around = (breaks: number[], at: number, from: number, to: number) => ({
	from: Math.max(from, ...breaks.filter((b) => b <= at && b >= from)),
	to: Math.min(to, ...breaks.filter((b) => b > at && b <= to)),
});

/**
 * The tense of the clause around position `at` in `sentence`: the nearest tense marker before `at`
 * in its phrase (between commas or "and"), else the first after it, else the same in the whole
 * clause (cut at semicolons, dashes, brackets, quotes, "which", "who", "when", "that", ", but" …),
 * else the main verb after an embedded ", who …," clause, else past, the default of news reports.
 * Future markers are modality.ts's ("will", "is expected to", "is slated to", "plans to", "next" …);
 * present: a present-tense verb ("runs", "is touring");
 * past: a past-tense verb or participle ("met", "said", "was killed", "has been").
 */
export function tenseAt(sentence: string, at: number): Tense {
	return tenseIn(analysisOf(sentence), sentence, at);
}

/** `tenseAt`, from the sentence's analysis as a reading kept it (see `analysisOf`): no tagging. */
export function tenseIn(analysis: Analysis, sentence: string, at: number): Tense {
	const { indicators, clauseBreaks, phraseBreaks } = analysis;
	const clause = around(clauseBreaks, at, 0, sentence.length);
	const phrase = around(phraseBreaks, at, clause.from, clause.to);
	const before = (from: number) => indicators.findLast((i) => i.at < at && i.at >= from)?.tense;
	const after = (to: number) => indicators.find((i) => i.at >= at && i.at < to)?.tense;
	return (
		before(phrase.from) ??
		after(phrase.to) ??
		before(clause.from) ??
		after(clause.to) ??
		afterEmbeddedClause(sentence, clause.to, indicators, clauseBreaks) ??
		'past'
	);
}

// "During a meeting on Tuesday, Chen, who heads …, told …": the clause resumes after the second comma.
function afterEmbeddedClause(sentence: string, end: number, indicators: Indicator[], breaks: number[]) {
	if (!RELATIVE.test(sentence.slice(end)) || !/,\s*$/.test(sentence.slice(0, end))) return undefined;
	const resume = sentence.indexOf(', ', end);
	if (resume < 0) return undefined;
	const to = Math.min(sentence.length, ...breaks.filter((b) => b > resume));
	return indicators.find((i) => i.at > resume && i.at < to)?.tense;
}
