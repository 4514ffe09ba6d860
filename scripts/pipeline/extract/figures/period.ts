import { shiftOf } from '../dates/rule.ts';
import { dayNumber, dayOf, monthOf, yearOf } from '../toolkit/calendar.ts';

/** A year (as text) for "last year", "this week's", "in 2023" in `text`, counted from `published`; or ''. */
export function periodOf(text: string, published: string): string {
	const pattern = /\b(?:(last|this|next) (year|month|week)|(?:in|during|for|of) ((?:19|20)\d\d))\b/gi;
	for (const m of text.matchAll(pattern)) {
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
