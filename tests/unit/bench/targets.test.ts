import { describe, expect, test } from 'vitest';
import { checkTargets } from '../../../scripts/bench/targets.ts';
import { sizeResult } from './fixtures.ts';

const statusOf = (checks: ReturnType<typeof checkTargets>, words: string, articles: string) =>
	checks.find((check) => check.target.includes(words) && check.target.includes(articles))?.status;

describe('checkTargets', () => {
	test('marks every target not measured when only 5 articles ran', () => {
		expect(new Set(checkTargets([sizeResult(5)]).map((check) => check.status))).toEqual(
			new Set(['not measured']),
		);
	});

	test.each([
		[15.9, 'met'],
		[16, 'not met'],
	])('judges a p95 of %s ms at 1,000 articles as %s', (p95Ms, status) => {
		const size = sizeResult(1000);
		size.keystrokes = { ...size.keystrokes, p95Ms };
		expect(statusOf(checkTargets([size]), 'search p95 under 16 ms', '1,000')).toBe(status);
	});

	test('a missed misspelling fails the typo target', () => {
		const size = sizeResult(1000);
		size.keystrokes = { ...size.keystrokes, typos: { found: 5, total: 6, missed: ['patrushov'] } };
		expect(statusOf(checkTargets([size]), 'misspelled', '1,000')).toBe('not met');
	});

	test('a p95 that could not be measured is not measured, never met', () => {
		const size = sizeResult(1000);
		size.keystrokes = { ...size.keystrokes, p95Ms: null };
		expect(statusOf(checkTargets([size]), 'search p95', '1,000')).toBe('not measured');
	});

	test('judges the 10,000-article build, first-results bytes and linear growth', () => {
		const small = sizeResult(1000, { total: { seconds: 20, peakBytes: 1024 ** 3 } });
		const large = sizeResult(10_000, {
			total: { seconds: 250, peakBytes: 2.5 * 1024 ** 3 },
			firstResults: { ...small.firstResults, bytes: 151 * 1024 },
		});
		const checks = checkTargets([small, large]);
		expect(statusOf(checks, 'under 5 minutes', '10,000')).toBe('met');
		expect(statusOf(checks, 'under 3 GB', '10,000')).toBe('met');
		expect(statusOf(checks, '150 KB', '10,000')).toBe('not met');
		expect(statusOf(checks, 'build time grows', '10,000')).toBe('not met');
		expect(statusOf(checks, 'peak memory grows', '10,000')).toBe('met');
	});

	test.each([
		[0.09, 'met'],
		[0.1, 'not met'],
	])('judges an incremental ratio of %s as %s', (ratio, status) => {
		const size = sizeResult(1000, {
			incremental: {
				addedFiles: 2,
				changedFiles: 0,
				seconds: ratio * 20,
				runs: [ratio * 20],
				coldSeconds: 20,
				ratio,
			},
		});
		expect(statusOf(checkTargets([size]), 'one article', '1,000')).toBe(status);
	});
});
