/**
 * Whether a name the pipeline read is the gold's name for a person, as a reader would allow: the
 * same words after folding case, accents, punctuation and the usual variants of transliterating
 * Russian ("Sergey"/"Sergei", "Shoygu"/"Shoigu"), in any order (Chinese names are written family
 * name first or last), or fewer of them that keep the family name ("Putin", "Xi"). A name read with a
 * word the gold's lacks ("Councilor Yang Jiechi") is not the same: a title was read as a name.
 */
export function sameName(read: string, gold: string): boolean {
	const a = nameWords(read);
	const b = nameWords(gold);
	if (a.length === 0 || !a.every((word) => b.includes(word))) return false;
	// One word alone names its person when it is the first or last of the gold's name: the family
	// name comes first in Chinese names and last in Russian ones.
	return a.length >= 2 || a[0] === b.at(-1) || a[0] === b[0];
}

/** Whether two names have the very same words (folded as `sameName` folds them). */
export function sameWords(read: string, gold: string): boolean {
	const a = nameWords(read).sort();
	const b = nameWords(gold).sort();
	return a.length === b.length && a.every((word, i) => word === b[i]);
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
