import { list } from './lists.ts';

/**
 * Numbers written in words, from one to ninety-nine: "seven", "thirteen", "twenty-one". Figures
 * spot them in text and trips read their length with them ("a twenty-one-day tour").
 */

const SMALL = list(`zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
	fifteen sixteen seventeen eighteen nineteen`);
const TENS = list('twenty thirty forty fifty sixty seventy eighty ninety');

/** A regular expression for a number in words from one to ninety-nine: "seven", "twenty-one". */
export const WORD_NUMBER = `(?:(?:${TENS.join('|')})(?:-(?:${SMALL.slice(1, 10).join('|')}))?|${SMALL.slice(1).reverse().join('|')})`;

/** The value of a number in words that WORD_NUMBER matched: "twenty-one" → 21. */
export function wordValue(word: string): number {
	const [tens, units] = word.toLowerCase().split('-');
	const tensIndex = TENS.indexOf(tens ?? '');
	if (tensIndex >= 0) return (tensIndex + 2) * 10 + Math.max(0, SMALL.indexOf(units ?? ''));
	return SMALL.indexOf(tens ?? '');
}

const WHOLE_NUMBER = new RegExp(`^(?:\\d+|${WORD_NUMBER})$`, 'i');

/** The value of a whole number written in digits or words ("13", "thirteen", "Twenty-one"), or null. */
export const numberValue = (text: string): number | null =>
	!WHOLE_NUMBER.test(text) ? null : /\d/.test(text) ? Number(text) : wordValue(text);
