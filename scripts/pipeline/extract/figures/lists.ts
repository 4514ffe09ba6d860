// Word lists are written as one string so that long ones read as prose.

/** Splits a list written as one string: "a b c" → ["a", "b", "c"]. */
export const list = (text: string): string[] => text.trim().split(/\s+/);

/** A table written as one string: "k:1000 m:1000000" → Map { k → 1000, m → 1000000 }. */
export const table = (text: string): Map<string, string> =>
	new Map(list(text).map((pair) => pair.split(':') as [string, string]));
