/** Text folded for comparing what a page prints with what the gold quotes: spacing, quotes, dashes, case. */
export function foldText(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/[‘’‚‛′]/g, "'")
		.replace(/[“”„‟″]/g, '"')
		.replace(/[‐‑‒–—―]/g, '-')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

/** Whether two printed texts are the same, or one holds the other (a caption split from its credit). */
export function sameText(read: string, gold: string): boolean {
	const a = foldText(read);
	const b = foldText(gold);
	return a === b || (a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a)));
}

/** The content words of a title or role, for comparing two wordings of it. */
export function contentWords(text: string): Set<string> {
	const STOP = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'on', 'in', 's', 'to']);
	return new Set(
		foldText(text)
			.split(/[^a-z0-9]+/)
			.filter((w) => w.length > 0 && !STOP.has(w))
			.map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w)),
	);
}
