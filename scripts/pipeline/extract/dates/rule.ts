import type { FuzzyDate } from '../../../../src/schemas/source.ts';
import type { Tense } from './tense-markers.ts';

/** A date found in a sentence, by a rule or by chrono: where its words are and the period they name. */
export interface Found {
	start: number;
	end: number;
	date: FuzzyDate;
	until?: FuzzyDate | null;
	/** Set when the words fix the tense ("last", "next"); else the clause's tense is reported. */
	tense?: Tense;
}

/** A pattern and how to read one match, given the publication day number; null turns the match down. */
export type Rule = [RegExp, (m: RegExpExecArray, published: number, sentence: string) => Found | null];

/** Where a match's words are, starting at capture `group` (0: the whole match). */
export const span = (m: RegExpExecArray, group: number): { start: number; end: number } => {
	const start = m.index + m[0].indexOf(m[group] ?? '');
	return { start, end: m.index + m[0].length };
};

/** "the last year", "the next Tuesday": after "the", the words name no calendar period. */
export const afterThe = (sentence: string, at: number): boolean => /\bthe\s+$/i.test(sentence.slice(0, at));

const SHIFT = { last: -1, past: -1, this: 0, next: 1 } as const;
/** How many periods "last", "past", "this" or "next" move from the current one. */
export const shiftOf = (word: string): -1 | 0 | 1 => SHIFT[word.toLowerCase() as keyof typeof SHIFT];
/** The tense a shift fixes: back is past, none is present, forward is future. */
export const tenseOfShift = (shift: number): Tense => (shift < 0 ? 'past' : shift > 0 ? 'future' : 'present');
