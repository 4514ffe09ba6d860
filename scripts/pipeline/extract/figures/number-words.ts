import { list } from './lists.ts';

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
