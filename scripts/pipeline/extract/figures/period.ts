/** A year (as text) for "last year", "this week's", "in 2023" in `text`, counted from `published`; or ''. */
export function periodOf(text: string, published: string): string {
	const pattern = /\b(?:(last|this|next) (year|month|week)|(?:in|during|for|of) ((?:19|20)\d\d))\b/gi;
	for (const m of text.matchAll(pattern)) {
		// "up from last year", "than in 2022": the period compared with is not the figure's own.
		if (/\b(?:from|since|than|compared with|over)\s+(?:the\s+)?$/i.test(text.slice(0, m.index))) continue;
		if (m[3]) return m[3];
		const date = new Date(`${published}T00:00:00Z`);
		const step = m[1]!.toLowerCase() === 'last' ? -1 : m[1]!.toLowerCase() === 'next' ? 1 : 0;
		const unit = m[2]!.toLowerCase();
		if (unit === 'year') date.setUTCFullYear(date.getUTCFullYear() + step);
		if (unit === 'month') date.setUTCMonth(date.getUTCMonth() + step);
		if (unit === 'week') date.setUTCDate(date.getUTCDate() + 7 * step);
		return String(date.getUTCFullYear());
	}
	return '';
}
