import type { Article } from '../../src/schemas/article.ts';
import type { Source } from '../../src/schemas/source.ts';
import { error, type Diagnostic } from './diagnostics.ts';

/**
 * Checks that every source cites words that are in the paragraph it names, as published: a
 * reader following the link must find the quote there. `records` maps a collection's name to
 * its records' ids and sources.
 */
export function checkProvenance(
	articles: readonly Article[],
	records: Record<string, readonly { id: string; sources: readonly Source[] }[]>,
): Diagnostic[] {
	const paragraphs = paragraphTexts(articles);
	const diagnostics: Diagnostic[] = [];
	for (const [collection, list] of Object.entries(records)) {
		for (const record of list) {
			for (const source of record.sources) {
				const text = paragraphs.get(source.article)?.get(source.paragraph);
				if (text === undefined || !text.includes(source.quote)) {
					const what =
						text === undefined ? 'a paragraph that does not exist' : 'words that are not in its paragraph';
					diagnostics.push(
						error(
							`${collection}.json`,
							`${record.id} cites ${what} (${source.article}#${source.paragraph}: “${source.quote.slice(0, 60)}”)`,
						),
					);
				}
			}
		}
	}
	return diagnostics;
}

/** Checks that every name mention's offsets pick out the name in its paragraph's text. */
export function checkMentions(
	articles: readonly Article[],
	officials: readonly {
		id: string;
		name: string;
		spellings: readonly { name: string }[];
		mentions: readonly { article: string; paragraph: string; start: number; end: number }[];
	}[],
): Diagnostic[] {
	const paragraphs = paragraphTexts(articles);
	return officials.flatMap((official) => {
		const words = new Set(official.spellings.flatMap((s) => s.name.split(' ')));
		return official.mentions.flatMap((m) => {
			const named = paragraphs.get(m.article)?.get(m.paragraph)?.slice(m.start, m.end) ?? '';
			return named !== '' && named.split(' ').every((w) => words.has(w))
				? []
				: [
						error(
							'officials.json',
							`${official.id}: mention ${m.article}#${m.paragraph}@${m.start} reads “${named}”, not their name`,
						),
					];
		});
	});
}

/** Each article's paragraph texts by paragraph id, by article id; made once for the same articles. */
function paragraphTexts(articles: readonly Article[]): Map<string, Map<string, string>> {
	let texts = made.get(articles);
	if (texts === undefined)
		made.set(
			articles,
			(texts = new Map(articles.map((a) => [a.id, new Map(a.paragraphs.map((p) => [p.id, p.text]))]))),
		);
	return texts;
}

const made = new WeakMap<readonly Article[], Map<string, Map<string, string>>>();
