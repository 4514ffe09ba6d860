import { inYear } from '../toolkit/fuzzy-dates.ts';
import { span, type Rule } from './rule.ts';

const YEAR = '((?:19|20)\\d{2})';

// After a year, a lowercase word that is not one of these means the number counts something
// ("in 2000 cases"); a year is then too unsure to take. Not words.ts's FUNCTION_WORDS: this list
// holds what follows a year in news copy ("in 2014 he …", "since 2010 following …").
const WORDS_AFTER_A_YEAR = new Set(
	'a an the and or but as at by for from in into of on to with when while after before since until that which who it he she they we i you his her its their our was were is are had has have will would could should can may might did do does been be not also than then so if amid during following despite against under over between'.split(
		' ',
	),
);

/** True when the text after a number shows that it counts something rather than names a year. */
function countsSomething(rest: string): boolean {
	if (/^(?:\d|[.,]\d|\s*(?:%|per\s*cent|percent)|[-–]\w)/i.test(rest)) return true;
	const next = /^\s+(\p{Ll}+)/u.exec(rest)?.[1];
	return next !== undefined && !WORDS_AFTER_A_YEAR.has(next);
}

const followedByACount = (m: RegExpExecArray, sentence: string) =>
	countsSomething(sentence.slice(m.index + m[0].length));

/** Years and spans of years, in order of precedence. */
export const YEAR_RULES: Rule[] = [
	// "from 2014 to 2016", "between 2010 and 2020"
	[
		new RegExp(`\\b(?:from|between)\\s+${YEAR}\\s*(?:to|and|until|till|through|-|–)\\s*${YEAR}\\b`, 'gi'),
		(m, _published, sentence) => {
			const [first, last] = [Number(m[1]), Number(m[2])];
			if (last < first || followedByACount(m, sentence)) return null;
			return { ...span(m, 1), date: inYear(first), until: inYear(last) };
		},
	],
	// "in 2014", "since 2010", "late 2023", "mid-2023", "the end of 2024"; never a bare number.
	[
		new RegExp(
			`\\b(?:((?:early|mid|late)[\\s-]+)|(?:in|since|by|from|until|till|through|during|before|after)\\s+((?:early|mid|late)[\\s-]+)?|(?:end|start|beginning|middle|half|quarter|spring|summer|autumn|fall|winter)\\s+of\\s+)${YEAR}\\b`,
			'gi',
		),
		(m, _published, sentence) => {
			if (followedByACount(m, sentence)) return null;
			const from = m[1] ? 1 : m[2] ? 2 : 3;
			return { ...span(m, from), date: inYear(Number(m[3])) };
		},
	],
];
