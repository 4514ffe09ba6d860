/** Small word-level helpers shared by the cleaning rules. */

/** Closed-class English words: they carry no topic, and a line that ends on one is unfinished. */
export const FUNCTION_WORDS = new Set(
	`a an the and or but nor of to in on at by for with from into onto upon as than that which who whom
	whose is are was were be been being has have had will would can could should may might must shall
	its their his her our your my this these those about after before between during over under
	while when where if not no so very also both such per via amid among against without within`.split(/\s+/),
);

/** The words of a text, lowercased, letters and digits only. */
export function words(text: string): string[] {
	return text.toLowerCase().match(/[\p{L}\p{N}]+(?:[’'][\p{L}]+)?/gu) ?? [];
}

export const wordCount = (text: string): number => words(text).length;

/** Topic-bearing words, crudely stemmed so "talks" meets "talk" and "China’s" meets "China". */
export function contentWords(text: string): Set<string> {
	const result = new Set<string>();
	for (const word of words(text)) {
		const bare = word.replace(/[’']s$/, '');
		if (FUNCTION_WORDS.has(bare) || bare.length < 2) continue;
		result.add(bare.length > 4 && bare.endsWith('s') && !bare.endsWith('ss') ? bare.slice(0, -1) : bare);
	}
	return result;
}

/** The share of `part`'s content words that also occur in `whole` (0 when `part` has none). */
export function overlap(part: string, whole: Set<string>): number {
	const own = contentWords(part);
	if (own.size === 0) return 0;
	let shared = 0;
	for (const word of own) if (whole.has(word)) shared++;
	return shared / own.size;
}
