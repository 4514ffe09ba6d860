import type { Read } from './chrono-reader.ts';

/**
 * The reads with "between … and …" joined into ranges, as chrono reads no range with "and": two
 * reads ("between Tuesday and Thursday") or a read and a later day of its month ("between May 27 and 29").
 */
export function joinBetween(text: string, reads: Read[]): Read[] {
	const joined: Read[] = [];
	for (let i = 0; i < reads.length; i++) {
		const read = reads[i]!;
		const next = reads[i + 1];
		if (read.endParts || !/\bbetween\s+$/i.test(text.slice(0, read.start))) {
			joined.push(read);
			continue;
		}
		if (next && /^\s+and\s+$/.test(text.slice(read.end, next.start))) {
			joined.push({ ...read, end: next.end, endParts: next.parts });
			i++;
			continue;
		}
		const day = /^\s+and\s+(\d{1,2})\b(?!\s*(?:%|per\b)|[.,]\d)/.exec(text.slice(read.end));
		const { day: first, month } = read.parts;
		if (day && first !== undefined && Number(day[1]) > first && Number(day[1]) <= 31) {
			joined.push({
				...read,
				end: read.end + day[0].length,
				endParts: { month: month!, day: Number(day[1]) },
			});
		} else joined.push(read);
	}
	return joined;
}
