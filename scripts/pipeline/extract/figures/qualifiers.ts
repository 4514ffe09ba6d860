// Words before a number that make it a bound or an estimate, by what they allow of the true value.
const BOUNDS = {
	lower: ['more than', 'over', 'at least', 'upwards of', 'in excess of', 'no fewer than', 'no less than'],
	nearly: ['almost', 'nearly', 'close to'],
	about: ['about', 'around', 'roughly', 'approximately', 'some', 'an estimated'],
	upper: ['up to', 'as many as', 'fewer than', 'less than', 'under', 'at most', 'no more than'],
};
type Bound = keyof typeof BOUNDS;

/** A qualifier at the end of the text before a number; it stays part of the figure's text. */
export const QUALIFIER = new RegExp(`(?:^|\\s)(${Object.values(BOUNDS).flat().join('|')})\\s+$`, 'i');

const STARTS: [Bound, RegExp][] = (['lower', 'upper', 'nearly', 'about'] as const).map((bound) => [
	bound,
	new RegExp(`^(?:${BOUNDS[bound].join('|')})\\b`, 'i'),
]);

/** What the qualifier a figure's text starts with makes of it: "at least 5" → 'lower'; null for none. */
export const boundOf = (text: string): Bound | null =>
	STARTS.find(([, start]) => start.test(text))?.[0] ?? null;
