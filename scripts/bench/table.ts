import { peakMemoryMethod } from './process-memory.ts';
import type { Machine, SizeResult, TargetCheck } from './results.ts';
import { gzipLevel } from './sizes.ts';

/** Bytes as KB (1 KB = 1,024 bytes), whole numbers below 10 MB' worth. */
export const formatKilobytes = (bytes: number): string =>
	`${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;

/** Bytes as MB (1 MB = 1,048,576 bytes). */
export const formatMegabytes = (bytes: number): string =>
	`${(bytes / 1024 ** 2).toFixed(bytes < 1024 ** 2 ? 2 : 0)} MB`;

const ms = (value: number | null): string => (value === null ? '–' : value.toFixed(1));
const kb = (bytes: number): string => formatKilobytes(bytes).replace(' KB', '');

/** A markdown table: a header row, a delimiter row, then one row per entry of `rows`. */
export function markdownTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
	const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
	return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

/** One row per corpus size: build cost, output sizes, and search in the browser. */
export function sizesTable(sizes: readonly SizeResult[]): string {
	const header = [
		'articles',
		'pipeline s',
		'Astro s',
		'total s',
		'peak MB',
		'dist MB (files)',
		'index raw / gzip KB',
		'first results KB gzip (index)',
		'keystroke median / p95 ms (p95 without index fetch)',
		'first keystroke ms',
		'typos found',
	];
	const rows = sizes.map((size) => [
		size.articles.toLocaleString('en'),
		size.pipeline.seconds.toFixed(1),
		size.astro.seconds.toFixed(1),
		size.total.seconds.toFixed(1),
		(size.total.peakBytes / 1024 ** 2).toFixed(0),
		`${(size.dist.bytes / 1024 ** 2).toFixed(1)} (${size.dist.files.toLocaleString('en')})`,
		`${kb(size.searchIndex.bytes)} / ${kb(size.searchIndex.gzipBytes)}`,
		`${kb(size.firstResults.bytes)} (${kb(size.firstResults.searchIndexBytes)})`,
		`${ms(size.keystrokes.medianMs)} / ${ms(size.keystrokes.p95Ms)} (${ms(size.keystrokes.withoutFetchP95Ms)})` +
			(size.keystrokes.timedOut > 0
				? ` (${size.keystrokes.timedOut} of ${size.keystrokes.keystrokes} timed out)`
				: ''),
		ms(size.keystrokes.firstMs),
		`${size.keystrokes.typos.found} of ${size.keystrokes.typos.total}`,
	]);
	return markdownTable(header, rows);
}

/** The machine line: CPU, cores, memory, OS, Node, Chromium and the date of the run. */
export function machineLine(machine: Machine): string {
	const gb = (machine.memoryBytes / 1024 ** 3).toFixed(0);
	return (
		`Machine: ${machine.cpu}, ${machine.cores} cores, ${gb} GB RAM; ${machine.os}; ` +
		`Node ${machine.node}; Chromium ${machine.chromium}; ${machine.date}.`
	);
}

/** The whole report: the table, the incremental rebuilds, the machine, every target and notes. */
export function report(
	sizes: readonly SizeResult[],
	targets: readonly TargetCheck[],
	machine: Machine,
	notes: readonly string[],
): string {
	const incremental = sizes.flatMap((size) =>
		size.incremental
			? [
					`Incremental, ${size.articles.toLocaleString('en')} + 1 article ` +
						`(${size.incremental.addedFiles} files added, ${size.incremental.changedFiles} changed): pipeline ` +
						`${size.incremental.seconds.toFixed(2)} s with a warm cache (median of ${size.incremental.runs.length} runs: ` +
						`${size.incremental.runs.map((r) => r.toFixed(2)).join(', ')} s), ${size.incremental.ratio.toFixed(3)} of ` +
						`its ${size.incremental.coldSeconds.toFixed(1)} s full run.`,
				]
			: [],
	);
	const mark = { met: '✅ met', 'not met': '❌ not met', 'not measured': '– not measured' } as const;
	return [
		sizesTable(sizes),
		'',
		...incremental.map((line) => `${line}\n`),
		machineLine(machine),
		'',
		'Targets:',
		'',
		...targets.map((t) => `- ${mark[t.status]}: ${t.target} (${t.measured})`),
		'',
		...notes.map((note) => `- ${note}`),
	].join('\n');
}

/** How each figure was measured: for results.json (`methods`) and as notes under the table. */
export function describeMethods(sizes: readonly SizeResult[]): {
	methods: Record<string, string>;
	notes: string[];
} {
	const keystrokeMethods = [...new Set(sizes.map((size) => size.keystrokes.method))];
	const methods = {
		peakMemory: peakMemoryMethod,
		gzip:
			`gzip level ${gzipLevel}, file by file; first-results bytes are those the bench's server sent ` +
			'(text gzipped, images and fonts as stored)',
		keystrokes:
			keystrokeMethods.length === 1
				? keystrokeMethods[0]!
				: sizes.map((size) => `${size.articles}: ${size.keystrokes.method}`).join('; '),
		units: 'KB = 1,024 bytes, MB = 1,024 KB, GB = 1,024 MB',
	};
	const notes = [
		`Peak memory: ${methods.peakMemory}; the larger of the pipeline's and Astro's.`,
		`Sizes: ${methods.gzip}. ${methods.units}.`,
		`Keystrokes: ${methods.keystrokes}; every query of a fixed list typed key by key in one page. ` +
			'The first keystroke, which may wait for the index, is shown apart and also counted in the median and p95; ' +
			'the p95 in brackets leaves out the keystrokes during which the page fetched part of the index.',
		'A misspelling is found when its results include the first result of the correctly spelled query.',
	];
	return { methods, notes };
}
