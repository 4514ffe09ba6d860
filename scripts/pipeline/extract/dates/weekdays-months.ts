import { capitalised, MONTH, monthNumber, WEEKDAY, weekdayNumber } from './calendar-words.ts';
import { dayNumber, monthOf, mondayOf, yearOf } from '../toolkit/calendar.ts';
import { inMonth, onDay } from '../toolkit/fuzzy-dates.ts';
import { place, type Placement } from './placement.ts';
import { afterThe, shiftOf, span, tenseOfShift, type Rule } from './rule.ts';

/** Named months and weekdays moved by "last", "this" or "next", in order of precedence. */
export const WEEKDAY_MONTH_RULES: Rule[] = [
	// "(in) March last year", "late March next year"
	[
		new RegExp(`\\b((?:early|mid|late)[\\s-]+)?${MONTH}(?:\\s+of)?\\s+(last|this|next)\\s+year\\b`, 'gi'),
		(m, published) => {
			if (!capitalised(m[2]!)) return null;
			const shift = shiftOf(m[3]!);
			const date = inMonth(yearOf(published) + shift, monthNumber(m[2]!));
			return { ...span(m, m[1] ? 1 : 2), date, tense: tenseOfShift(shift) };
		},
	],
	// "Tuesday last week", "Friday of next week"
	[
		new RegExp(`\\b${WEEKDAY}\\s+(?:of\\s+)?(last|this|next)\\s+week\\b`, 'gi'),
		(m, published) => {
			if (!capitalised(m[1]!)) return null;
			const shift = shiftOf(m[2]!);
			const day = mondayOf(published) + 7 * shift + ((weekdayNumber(m[1]!) + 6) % 7);
			return { ...span(m, 1), date: onDay(day), tense: tenseOfShift(shift) };
		},
	],
	// "last Tuesday" (strictly before publication), "next Tuesday" (strictly after), "this Tuesday"
	[
		new RegExp(`\\b(last|past|this|next)\\s+${WEEKDAY}\\b`, 'gi'),
		(m, published, sentence) => {
			if (!capitalised(m[2]!) || afterThe(sentence, m.index)) return null;
			const shift = shiftOf(m[1]!);
			const weekday = weekdayNumber(m[2]!);
			const how: Placement =
				shift === 0
					? { tense: 'present', published }
					: shift < 0
						? { onOrBefore: published - 1 }
						: { onOrAfter: published + 1 };
			const date = place({ weekday }, how);
			return date && { ...span(m, 1), date, tense: tenseOfShift(shift) };
		},
	],
	// "last March" (the latest March before the publication month), "next May", "this October"
	[
		new RegExp(`\\b(last|this|next)\\s+${MONTH}\\b`, 'gi'),
		(m, published, sentence) => {
			if (!capitalised(m[2]!) || afterThe(sentence, m.index)) return null;
			const shift = shiftOf(m[1]!);
			const month = monthNumber(m[2]!);
			const [year, current] = [yearOf(published), monthOf(published)];
			const date =
				shift === 0
					? inMonth(year, month)
					: place(
							{ month },
							shift < 0
								? { onOrBefore: dayNumber(year, current, 1) - 1 }
								: { onOrAfter: dayNumber(year, current + 1, 1) },
						);
			return date && { ...span(m, 1), date, tense: tenseOfShift(shift) };
		},
	],
];
