import { addTallies, formatTally, rate, type Tally } from './metrics.ts';

/** One part's scores: every measure summed over its articles, and each article's own. */
export interface PartScores {
	measures: Record<string, Tally>;
	articles: Record<string, Record<string, Tally>>;
	rejected: Record<string, string>;
}

/** Sums each measure over a part's articles. */
export function sumMeasures(articles: Record<string, Record<string, Tally>>): Record<string, Tally> {
	const names = [...new Set(Object.values(articles).flatMap((scores) => Object.keys(scores)))];
	return Object.fromEntries(
		names.map((name) => [
			name,
			addTallies(...Object.values(articles).map((s) => s[name] ?? { right: 0, of: 0 })),
		]),
	);
}

/** A Markdown table of every measure, a column per part. */
export function measuresTable(parts: Record<string, PartScores>): string {
	const names = Object.keys(parts);
	const measures = [...new Set(Object.values(parts).flatMap((p) => Object.keys(p.measures)))];
	const rows = measures.map((m) => [
		m,
		...names.map((n) => formatTally(parts[n]!.measures[m] ?? { right: 0, of: 0 })),
	]);
	return markdownTable(['measure', ...names], rows);
}

/** The few measures that tell an article's story at a glance, a row per article. */
export function articlesTable(part: PartScores): string {
	const columns: [string, string][] = [
		['read', 'articles: read'],
		['headline', 'page: headline right'],
		['furniture out', 'page: furniture kept out of body'],
		['officials found', 'officials: found'],
		['officials correct', 'officials: correct'],
		['meetings dated', 'meetings: found with the right date'],
		['meetings correct', 'meetings: correct'],
		['figures found', 'figures: found'],
	];
	const rows = Object.entries(part.articles).map(([file, scores]) => [
		file,
		...columns.map(([, measure]) => {
			const t = scores[measure];
			return t && t.of > 0 ? `${t.right}/${t.of}` : '—';
		}),
	]);
	return markdownTable(['article', ...columns.map(([label]) => label)], rows);
}

/** The measures of `parts` below their stored floor, as sentences; none when every floor holds. */
export function belowFloors(
	parts: Record<string, PartScores>,
	floors: Record<string, Record<string, number>>,
): string[] {
	return Object.entries(floors).flatMap(([part, measures]) =>
		Object.entries(measures).flatMap(([measure, floor]) => {
			const score = parts[part] ? rate(parts[part].measures[measure] ?? { right: 0, of: 0 }) : null;
			return score !== null && score < floor - 1e-9
				? [`${part}: ${measure} is ${score.toFixed(3)}, below its floor of ${floor.toFixed(3)}`]
				: [];
		}),
	);
}

/** Each part's rates as floors: what a later change must not fall below. */
export function floorsOf(parts: Record<string, PartScores>): Record<string, Record<string, number>> {
	return Object.fromEntries(
		Object.entries(parts).map(([name, part]) => [
			name,
			Object.fromEntries(
				Object.entries(part.measures).flatMap(([m, t]) => {
					const r = rate(t);
					return r === null ? [] : [[m, Math.floor(r * 1000) / 1000]];
				}),
			),
		]),
	);
}

function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
	const line = (cells: readonly string[]) =>
		`| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
	return [
		line(header),
		`| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`,
		...rows.map(line),
	].join('\n');
}
