import type { Article } from '../../../src/schemas/article.ts';
import { addDays } from './toolkit/calendar.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?`;
/**
 * A wire dateline opening a story: "MOSCOW, Dec 5 (Reuters) -", "BEIJING, July 26 (Xinhua) --",
 * "ASTANA, 3 July -", "BEIJING, July 27. /TASS/.". The place in capitals, the day, an optional
 * agency, a dash (or a state agency's name between slashes).
 */
const DATELINE = new RegExp(
	String.raw`^\s*(\p{Lu}[\p{Lu}\p{M} .'’-]+)(?:,\s*\p{Lu}[\p{L} .'’-]+)?,\s+(?:${MONTH}\s+(\d{1,2})|(\d{1,2})\s+${MONTH})(?:,?\s+\d{4})?(?:\s*(?:\([^)]{1,40}\))?\s*[-–—]+|\.\s*\/\p{Lu}+\/)`,
	'u',
);
/**
 * A dateline that gives no day, as US agencies write it: "MOSCOW —", "MOSCOW (AP) —", "KAZAN,
 * Russia (AP) —". The place in capitals, an optional agency in brackets, a dash, then a sentence.
 */
const PLACE_ONLY_DATELINE = new RegExp(
	String.raw`^\s*(\p{Lu}[\p{Lu}\p{M} .'’-]*\p{Lu})(?:,\s*\p{Lu}[\p{L} .'’-]+)?\s*(?:\([^)]{1,40}\)\s*)?(?:[–—]|-(?=\s))\s+(?=\p{Lu})`,
	'u',
);
/** How many days before publication a dateline may be: a report filed one day, put online later. */
const DATELINE_REACH = 7;

/**
 * The day a story's dateline gives, when it is another day in the week before the page was
 * published; else the day of publication. Relative dates in the story ("on Tuesday") are counted
 * from it, as its writer counted them.
 *
 * @example datelineDay({ published: '2023-12-06', paragraphs: [{ text: 'MOSCOW, Dec 5 (Interfax) - …' }] }) // '2023-12-05'
 */
export function datelineDay(article: Pick<Article, 'published' | 'paragraphs'>): string {
	const match = DATELINE.exec(article.paragraphs[0]?.text ?? '');
	if (!match) return article.published;
	const month = MONTHS.indexOf((match[2] ?? match[5])!.slice(0, 3).toLowerCase()) + 1;
	const day = Number(match[3] ?? match[4]);
	const year = Number(article.published.slice(0, 4));
	const candidates = [year, year - 1].map(
		(y) => `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
	);
	return (
		candidates.find((d) => d <= article.published && d >= addDays(article.published, -DATELINE_REACH)) ??
		article.published
	);
}

/**
 * The city a story's dateline names, as a name is written ("MOSCOW" → "Moscow", "NUR-SULTAN" →
 * "Nur-Sultan"), or null when the story opens with no dateline: where the report was filed,
 * most often where what it tells of that day happened.
 *
 * @example datelinePlace('BEIJING, July 27. /TASS/. Russian Security Council Secretary …') // 'Beijing'
 */
export function datelinePlace(firstParagraph: string): string | null {
	const place = (DATELINE.exec(firstParagraph) ?? PLACE_ONLY_DATELINE.exec(firstParagraph))?.[1]?.trim();
	return place
		? place
				.toLowerCase()
				.replace(
					/(^|[\s.'’-])(\p{L})/gu,
					(_, before: string, letter: string) => before + letter.toUpperCase(),
				)
		: null;
}
