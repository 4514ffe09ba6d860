import { dayNumber, iso, monthOf, yearOf } from '../toolkit/calendar.ts';
import { fuzzyBetween, inMonth, inWeek, inYear, onDay } from '../toolkit/fuzzy-dates.ts';
import { afterThe, shiftOf, span, tenseOfShift, type Rule } from './rule.ts';

/** Weeks, months, years and days counted from publication, in order of precedence. */
export const RELATIVE_PERIOD_RULES: Rule[] = [
	// "last month('s)", "earlier this month", "next week", "this year's", "late last year";
	// not "the last year" (a rolling twelve months).
	[
		/\b(?:(earlier|later|early|late)\s+)?(last|this|next)\s+(week|month|year)\b/gi,
		(m, published, sentence) => {
			if (afterThe(sentence, m.index)) return null;
			const shift = shiftOf(m[2]!);
			const unit = m[3]!.toLowerCase();
			const month = dayNumber(yearOf(published), monthOf(published) + shift, 1);
			let date =
				unit === 'week'
					? inWeek(published + 7 * shift)
					: unit === 'month'
						? inMonth(yearOf(month), monthOf(month))
						: inYear(yearOf(published) + shift);
			// "earlier this month" ends on publication and "later this year" starts there.
			const qualifier = shift === 0 ? m[1]?.toLowerCase() : undefined;
			if (qualifier === 'earlier') date = { ...date, latest: iso(published) };
			if (qualifier === 'later') date = { ...date, earliest: iso(published) };
			const tense = qualifier === 'earlier' ? 'past' : qualifier === 'later' ? 'future' : tenseOfShift(shift);
			return { ...span(m, 0), date, tense };
		},
	],
	// "over the weekend", "last weekend", "this weekend", "next weekend": a Saturday and Sunday
	[
		/\b(?:(?:over|at|during)\s+the\s+weekend|(last|past|this|next)\s+weekend)\b/gi,
		(m, published) => {
			const shift = m[1] ? shiftOf(m[1] === 'past' ? 'last' : m[1]) : -1;
			// The weekend of the publication day's week (Monday first), or the one before or after it.
			const monday = published - ((published + 3) % 7);
			const inWeekend = published - monday >= 5;
			const saturday = monday + 5 + 7 * (shift === -1 && inWeekend && !m[1] ? 0 : shift);
			return {
				...span(m, 0),
				date: fuzzyBetween(iso(saturday), iso(saturday + 1)),
				tense: shift < 0 ? 'past' : shift > 0 ? 'future' : 'present',
			};
		},
	],
	// "today", "yesterday", "tomorrow", "tonight", "this morning", "yesterday evening"
	[
		/\b(?:(today|tonight|yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening))?|this\s+(?:morning|afternoon|evening))\b/gi,
		(m, published) => {
			const word = (m[1] ?? 'today').toLowerCase();
			const shift = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
			return { ...span(m, 0), date: onDay(published + shift), tense: tenseOfShift(shift) };
		},
	],
];
