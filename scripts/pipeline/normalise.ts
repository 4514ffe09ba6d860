/**
 * Text normalisation that never changes a word: spacing and quote marks only.
 */

const SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Zero-width characters and bidirectional embeddings/overrides/isolates: invisible, and able to
// reorder or hide what a reader sees.
const INVISIBLES = /[\u200B-\u200D\u2060\uFEFF\u00AD\u202A-\u202E\u2066-\u2069]/g;
const OPENING_CONTEXT = /[\s([{\u2014\u2013/“‘-]/;

/**
 * Normalises one line: unusual spaces become plain spaces, invisible characters go, runs of
 * spaces collapse, a space before , ; : ! ? or a closing mark goes, and straight quotes become
 * typographic ones (’ for apostrophes).
 *
 * @example normaliseLine(`  He said  "it's 'done' " .`) // → `He said “it’s ‘done’ ”.`
 */
export function normaliseLine(line: string): string {
	const spaced = line
		.replace(INVISIBLES, '')
		.replace(SPACES, ' ')
		.replace(/ {2,}/g, ' ')
		.trim()
		.replace(/(\S) +([,;:!?.](?:\s|$))/g, '$1$2');
	return curlQuotes(spaced);
}

/** Straight quotes to typographic quotes, judging open or close by the character before. */
export function curlQuotes(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		if (char !== '"' && char !== "'") {
			out += char;
			continue;
		}
		const before = i === 0 ? '' : text[i - 1]!;
		const after = text[i + 1] ?? '';
		const opens = before === '' || OPENING_CONTEXT.test(before);
		if (char === '"') out += opens && after !== ' ' && after !== '' ? '“' : '”';
		else if (opens && after !== ' ' && after !== '') out += '‘';
		else out += '’';
	}
	return out;
}

/** A comparison key: lowercase, quotes straightened, punctuation dropped, single spaces. */
export function comparisonKey(text: string): string {
	return text
		.toLowerCase()
		.replace(/[‘’ʼ']/g, "'")
		.replace(/[“”"]/g, '')
		.replace(/[^\p{L}\p{N}' ]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}
