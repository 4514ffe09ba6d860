import type { Source } from '../../../../src/schemas/source.ts';
import type { Sentence } from '../sentences.ts';
import { describeAmount } from './describe-amount.ts';
import { describeCompound } from './describe-compound.ts';
import { describeCount, type CountRead } from './describe-count.ts';
import { figureKey } from './keys.ts';
import { tokensOf, type Description, type Reading } from './reading.ts';
import { FIGURE, readSpan } from './spot-numbers.ts';

/** One number that counts something, found in one sentence. */
export interface FigureMention {
	/** The number in `unit`s: "US$240.1 billion" → 240100000000, "down 5 per cent" → -5. */
	value: number;
	/** "people", "USD", "percent", "countries", "days", "members"… */
	unit: string;
	/** The figure as written, qualifier and counted noun included: "more than 100 countries". */
	text: string;
	/** What is counted, in words: "people killed in the attack on a concert hall near Moscow". */
	measure: string;
	/**
	 * words that identify what is counted, for grouping: `unit|what|context`, then `@period`
	 * (a year) when the text dates the measure. Reports of one measure share the part before `@`.
	 */
	key: string;
	source: Source;
}

/**
 * The figures of one sentence. `before` is the article's earlier sentences, read to resolve what
 * "the attack" or "bilateral" refers to and who "he" is.
 *
 * @example findFigures(s) // "At least 137 people were killed in the attack"
 * // → [{ value: 137, unit: 'people', text: 'At least 137 people', measure: 'people killed in the attack …' }]
 */
export function findFigures(sentence: Sentence, before: readonly Sentence[] = []): FigureMention[] {
	const r: Reading = { sentence, tokens: tokensOf(sentence), before };
	const mentions: FigureMention[] = [];
	let lastCount: CountRead | undefined;
	for (const match of sentence.text.matchAll(FIGURE)) {
		const span = readSpan(match, sentence.text);
		if (!span) continue;
		const first = r.tokens.findIndex((t) => t.end > match.index);
		const last = r.tokens.findLastIndex((t) => t.start < match.index + match[0].length);
		if (first < 0 || last < first) continue;
		let described: Description | null;
		if (span.kind === 'count') {
			const counted = describeCount(r, span, first, last, lastCount);
			if (counted) lastCount = counted.count;
			described = counted;
		} else
			described =
				span.kind === 'compound' ? describeCompound(r, span, last) : describeAmount(r, span, first, last);
		if (!described || described.measure === '') continue;
		// The describer's span: a fall's sign, a count's noun as its unit and end.
		const { value, unit, start, end } = described.span;
		mentions.push({
			value,
			unit,
			text: sentence.text.slice(start, end),
			measure: described.measure,
			key: figureKey(unit, described),
			source: { article: sentence.article, paragraph: sentence.paragraph, quote: sentence.text },
		});
	}
	return mentions;
}

/** The figures of many articles' sentences, each sentence read with its article's earlier ones. */
export function findAllFigures(sentences: readonly Sentence[]): FigureMention[] {
	const byArticle = new Map<string, Sentence[]>();
	return sentences.flatMap((sentence) => {
		const before = byArticle.get(sentence.article) ?? [];
		const found = findFigures(sentence, before);
		byArticle.set(sentence.article, [...before, sentence]);
		return found;
	});
}
