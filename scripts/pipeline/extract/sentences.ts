import type { Article } from '../../../src/schemas/article.ts';

/** One sentence of one body paragraph, with its place in the paragraph's text. */
export interface Sentence {
	/** The article's id. */
	article: string;
	/** The article's publication day, YYYY-MM-DD: relative dates in the sentence count from it. */
	published: string;
	/** The paragraph's id ("p-3"). */
	paragraph: string;
	/** The sentence's text: exactly `paragraphText.slice(start, end)`. */
	text: string;
	start: number;
	end: number;
	/** Index of the sentence within the article, counting from 0 across paragraphs. */
	index: number;
}

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(
	'mr mrs ms dr prof st gen lt col maj sgt capt rev sen rep gov pres jr sr no vs etc inc ltd co corp dept est approx fig jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e'.split(
		' ',
	),
);
const BOUNDARY = /[.!?…]+[”’"')\]]*(?=\s+[“‘"'(\[]?[\p{Lu}\p{N}])/gu;

/** Splits a paragraph into sentences; offsets index into `text`. */
export function splitSentences(text: string): { text: string; start: number; end: number }[] {
	const result: { text: string; start: number; end: number }[] = [];
	let start = 0;
	for (const match of text.matchAll(BOUNDARY)) {
		const end = match.index + match[0].length;
		const before = text.slice(start, match.index);
		const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
		// "St Petersburg" needs no rule; "Gen. Li", "U.S. officials" and initials ("J. Smith", "A.A. Kahharov") do.
		if (match[0].startsWith('.') && (ABBREVIATIONS.has(lastWord) || /^(?:\p{L}\.)*\p{L}$/u.test(lastWord)))
			continue;
		result.push({ text: text.slice(start, end), start, end });
		start = end;
		while (start < text.length && /\s/.test(text[start]!)) start++;
	}
	if (start < text.length)
		result.push({ text: text.slice(start).trimEnd(), start, end: text.trimEnd().length });
	return result;
}

/**
 * Every sentence of the story text of the given articles: body paragraphs only, not headings,
 * captions, standfirsts or related-story teasers, and not near-duplicate captures (their
 * canonical story already says it), so no fact is read from another story or counted twice.
 */
export function storySentences(articles: readonly Article[]): Sentence[] {
	const sentences: Sentence[] = [];
	for (const article of articles) {
		if (article.duplicateOf !== null) continue;
		let index = 0;
		for (const paragraph of article.paragraphs) {
			if (paragraph.kind === 'heading') continue;
			for (const piece of splitSentences(paragraph.text)) {
				sentences.push({
					article: article.id,
					published: article.published,
					paragraph: paragraph.id,
					...piece,
					index: index++,
				});
			}
		}
	}
	return sentences;
}
