/**
 * The first and last day a gold date may be: a day is itself; "2024-W17" its Monday to Sunday;
 * "2024-04" its month; "2024" its year.
 */
export function dayRange(date: string): [string, string] {
	const week = /^(\d{4})-W(\d{2})$/.exec(date);
	if (week) {
		// ISO week 1 holds 4 January; its Monday is found from that day's weekday.
		const jan4 = Date.UTC(Number(week[1]), 0, 4);
		const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY + (Number(week[2]) - 1) * 7 * DAY;
		return [iso(monday), iso(monday + 6 * DAY)];
	}
	if (/^\d{4}-\d{2}$/.test(date)) {
		const [y, m] = date.split('-').map(Number) as [number, number];
		return [`${date}-01`, iso(Date.UTC(y, m, 0))];
	}
	if (/^\d{4}$/.test(date)) return [`${date}-01-01`, `${date}-12-31`];
	return [date, date];
}

/** Whether two day ranges share a day. */
export const overlaps = ([a1, a2]: [string, string], [b1, b2]: [string, string]): boolean =>
	a1 <= b2 && b1 <= a2;

const DAY = 86_400_000;
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
