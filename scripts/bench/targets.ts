import type { SizeResult, TargetCheck } from './results.ts';
import { formatMegabytes, formatKilobytes } from './table.ts';

const GiB = 1024 ** 3;

/**
 * Judge issue 6's targets against the sizes measured. A target whose size was not run, or whose
 * figure could not be measured, is "not measured", never "met". Growth is linear or better when
 * going from 1,000 to 10,000 articles multiplies time and memory by at most the 10× in articles.
 */
export function checkTargets(sizes: readonly SizeResult[]): TargetCheck[] {
	const at = (articles: number) => sizes.find((size) => size.articles === articles);
	const judge = (target: string, measured: string | undefined, met: boolean | undefined): TargetCheck => ({
		target,
		measured: measured ?? '–',
		status: measured === undefined || met === undefined ? 'not measured' : met ? 'met' : 'not met',
	});
	const p95 = (articles: number, limitMs: number) => {
		const ms = at(articles)?.keystrokes.p95Ms ?? undefined;
		return judge(
			`search p95 under ${limitMs} ms per keystroke at ${articles.toLocaleString('en')} articles`,
			ms === undefined ? undefined : `${ms.toFixed(1)} ms`,
			ms === undefined ? undefined : ms < limitMs,
		);
	};
	const typos = (articles: number) => {
		const t = at(articles)?.keystrokes.typos;
		return judge(
			`every misspelled query finds its document at ${articles.toLocaleString('en')} articles`,
			t && t.total > 0 ? `${t.found} of ${t.total}` : undefined,
			t ? t.found === t.total : undefined,
		);
	};
	const large = at(10_000);
	const small = at(1_000);
	const growth = (what: string, of: (size: SizeResult) => number) => {
		const factor = large && small ? of(large) / of(small) : undefined;
		return judge(
			`${what} grows no faster than linearly (1,000 → 10,000 articles: at most 10×)`,
			factor === undefined ? undefined : `${factor.toFixed(1)}×`,
			factor === undefined ? undefined : factor <= 10,
		);
	};
	const incremental = small?.incremental ?? undefined;
	return [
		p95(1_000, 16),
		typos(1_000),
		p95(10_000, 50),
		typos(10_000),
		judge(
			'under 150 KB (gzip) fetched before the first results at 10,000 articles',
			large && formatKilobytes(large.firstResults.bytes),
			large && large.firstResults.bytes < 150 * 1024,
		),
		judge(
			'whole build under 5 minutes at 10,000 articles',
			large && `${large.total.seconds.toFixed(0)} s`,
			large && large.total.seconds < 300,
		),
		judge(
			'whole build under 3 GB of memory at 10,000 articles',
			large && formatMegabytes(large.total.peakBytes),
			large && large.total.peakBytes < 3 * GiB,
		),
		growth('build time', (size) => size.total.seconds),
		growth('peak memory', (size) => size.total.peakBytes),
		judge(
			'adding one article to 1,000 re-runs the pipeline in under a tenth of its full time',
			incremental ? `${incremental.ratio.toFixed(3)} of full` : undefined,
			incremental ? incremental.ratio < 0.1 : undefined,
		),
	];
}
