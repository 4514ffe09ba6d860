import { FUNCTION_WORDS } from '../../words.ts';
import { countryOf } from '../countries.ts';
import { shiftOf } from '../dates/rule.ts';
import { dayNumber, dayOf, monthOf, yearOf } from '../toolkit/calendar.ts';
import { list } from '../toolkit/lists.ts';
import { PREPOSITIONS } from './word-classes.ts';

/** Words that qualify an amount without saying what it is an amount of. */
export const FILLERS = new Set(list('total overall combined annual bilateral two-way record new'));

/** A crude stem: lowercase, no possessive, British spelling, no plural, and for common words no verb ending. */
export function stem(word: string): string {
	const bare = word.toLowerCase().replace(/[’']s?$/, '');
	// Names keep their letters: "Airbus", "Wenqing".
	if (/^\p{Lu}/u.test(word)) return bare;
	let w = bare.replace(/iz(e|ing|ation)/, 'is$1');
	if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
	else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
	if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
	else if (w.length > 5 && w.endsWith('ed')) w = w.slice(0, -2);
	return w;
}

/** The topic-bearing words of a phrase, stemmed, countries by their names ("Chinese" → "china"), for keys. */
export const keyWords = (text: string): string[] =>
	(text.match(/[\p{L}\p{N}]+(?:[’'][\p{L}]+)?/gu) ?? [])
		.filter(
			(w) =>
				!FUNCTION_WORDS.has(w.toLowerCase()) &&
				!PREPOSITIONS.has(w.toLowerCase()) &&
				!FILLERS.has(w.toLowerCase()) &&
				// Another figure inside the phrase ("delegates from 130 countries") says nothing of the measure.
				!/^\d+$/.test(w),
		)
		.map((w) => countryOf(w)?.toLowerCase() ?? stem(w));

/** A figure's grouping key, `unit|what|context` then `@period` when there is one (see `FigureMention.key`). */
export const figureKey = (
	unit: string,
	{ what, context, period }: { what: string; context: string; period: string },
): string => `${unit}|${what}|${context}${period ? `@${period}` : ''}`;

/** A key split into the part that reports of one measure share and its period ('' when undated). */
export const keyParts = (key: string): { base: string; period: string } => ({
	base: key.replace(/@[^@|]*$/, ''),
	period: /@([^@|]*)$/.exec(key)?.[1] ?? '',
});

const PERIOD = /\b(?:(last|this|next) (year|month|week)|(?:in|during|for|of) ((?:19|20)\d\d))\b/gi;

/**
 * The year a figure is of, as the `@period` of its key: the year "in 2023" names, or that of
 * "last year", "this week’s", "next month" counted from `published` ("YYYY-MM-DD"); '' for none.
 */
export function periodOf(text: string, published: string): string {
	for (const m of text.matchAll(PERIOD)) {
		// "up from last year", "than in 2022": the period compared with is not the figure's own.
		if (/\b(?:from|since|than|compared with|over)\s+(?:the\s+)?$/i.test(text.slice(0, m.index))) continue;
		if (m[3]) return m[3];
		const day = dayOf(published);
		const step = shiftOf(m[1]!);
		const unit = m[2]!.toLowerCase();
		if (unit === 'year') return String(yearOf(day) + step);
		if (unit === 'month') return String(yearOf(dayNumber(yearOf(day), monthOf(day) + step, 1)));
		return String(yearOf(day + 7 * step));
	}
	return '';
}
