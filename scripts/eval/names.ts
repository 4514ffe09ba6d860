/**
 * Whether a name the pipeline read and a name the gold gives are the same person's, as a reader
 * would allow: the same words after folding case, accents, punctuation and the usual variants of
 * transliterating Russian ("Sergey"/"Sergei", "Shoygu"/"Shoigu"), in any order (Chinese names are
 * written family name first or last), or one a part of the other that keeps the family name.
 */
export function sameName(read: string, gold: string): boolean {
	const a = nameWords(read);
	const b = nameWords(gold);
	if (a.length === 0 || b.length === 0) return false;
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	if (!short.every((word) => long.includes(word))) return false;
	// "Putin" for "Vladimir Putin": a surname alone names its person; a given name alone does not.
	return short.length >= 2 || short[0] === long.at(-1) || short[0] === long[0];
}

/** A name's words, folded: lower case, no accents or punctuation, one spelling of each variant. */
export function nameWords(name: string): string[] {
	return name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[’'`.]/g, '')
		.split(/[^a-z]+/)
		.filter(Boolean)
		.map(foldTransliteration);
}

/** One spelling for the ways English writes the same Russian sounds. */
function foldTransliteration(word: string): string {
	return word
		.replace(/iy$|yi$|y$/, 'i')
		.replace(/ii$/, 'i')
		.replace(/ye/g, 'e')
		.replace(/yu/g, 'iu')
		.replace(/ya/g, 'ia')
		.replace(/oy/g, 'oi')
		.replace(/ks/g, 'x');
}
