import { dayNumber, iso, monthOf, yearOf } from '../toolkit/calendar.ts';
import { inMonth, inWeek, inYear, onDay } from '../toolkit/fuzzy-dates.ts';
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
