/**
 * Lists in both directions: word lists written as one string so that long ones read as prose,
 * and lists of names written out as prose ("A, B and C").
 */

/** Splits a list written as one string: "a b c" → ["a", "b", "c"]. */
export const list = (text: string): string[] => text.trim().split(/\s+/);

/** A table written as one string: "k:1000 m:1000000" → Map { k → 1000, m → 1000000 }. */
export const table = (text: string): Map<string, string> =>
	new Map(list(text).map((pair) => pair.split(':') as [string, string]));

/** Words as a list in prose: "A", "A and B", "A, B and C". */
export const joinWords = (words: readonly string[]): string =>
	words.length <= 2 ? words.join(' and ') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
