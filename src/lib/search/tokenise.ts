/** One word of a text: the term it is indexed under and where it stands in the text. */
export interface Token {
	/** The word folded for matching: lowercase, no diacritics, no apostrophes ("Wenqing’s" → "wenqing"). */
	term: string;
	/** Offset of the word's first character in the original text. */
	start: number;
	/** Offset just after the word's last character in the original text. */
	end: number;
}

// A word is a run of letters, marks and digits. An apostrophe between letters ("Wenqing’s", "don't")
// and a point or comma between digits ("240.1", "1,000") stay inside it; any other character —
// hyphens, quotes, currency signs, emoji — separates words.
const word =
	/[\p{L}\p{M}\p{N}]+(?:(?:(?<=\p{L}\p{M}*)['’ʼ](?=\p{L})|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;

// Letters that Unicode does not decompose into a base letter and a mark.
const foldings: Record<string, string> = {
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	ł: 'l',
	đ: 'd',
	ð: 'd',
	þ: 'th',
};

const plainWord = /^[A-Za-z0-9]*$/;

/**
 * Fold one word into its term: lowercase, diacritics and ligatures folded, a possessive "’s" dropped,
 * other apostrophes and thousands separators removed; decimal points are kept.
 *
 * @example foldWord('Naryškin’s') // → 'naryskin'
 */
export function foldWord(text: string): string {
	// Most words are plain ASCII letters and digits: nothing to fold but case.
	if (plainWord.test(text)) return text.toLowerCase();
	return text
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[ßæœøłđðþ]/g, (letter) => foldings[letter] ?? letter)
		.replace(/['’ʼ]s$/, '')
		.replace(/['’ʼ]/g, '')
		.replace(/(?<=\d),(?=\d)/g, '');
}

/**
 * Split a text into its words, each with its term and its place in the text.
 * Documents and queries go through this one function, so they always agree.
 *
 * @example tokenise('Chen’s “China-Russia” talks') // → chen 0–6, china 8–13, russia 14–20, talks 22–27
 */
export function tokenise(text: string): Token[] {
	const tokens: Token[] = [];
	for (const match of text.matchAll(word)) {
		const term = foldWord(match[0]);
		if (term) tokens.push({ term, start: match.index, end: match.index + match[0].length });
	}
	return tokens;
}

/** The terms of a text, in order, repeats kept. */
export function terms(text: string): string[] {
	return tokenise(text).map((token) => token.term);
}
