import { describe, expect, test } from 'vitest';
import { checkTargets } from '../../../scripts/bench/targets.ts';
import {
	describeMethods,
	machineLine,
	markdownTable,
	report,
	sizesTable,
} from '../../../scripts/bench/table.ts';
import { machine, sizeResult } from './fixtures.ts';

describe('markdownTable', () => {
	test('writes a header, a delimiter right-aligning every column but the first, and the rows', () => {
		expect(
			markdownTable(
				['a', 'b'],
				[
					['1', '2'],
					['3', '4'],
				],
			),
		).toBe('| a | b |\n| --- | ---: |\n| 1 | 2 |\n| 3 | 4 |');
	});
});

describe('sizesTable', () => {
	test('writes one row per size with every figure', () => {
		const table = sizesTable([sizeResult(5), sizeResult(1000)]);
		const rows = table.split('\n');
		expect(rows).toHaveLength(4);
		expect(rows[3]).toBe(
			'| 1,000 | 2.0 | 10.0 | 12.0 | 500 | 3.0 (120) | 200 / 40 | 90 (40) | 3.3 / 9.5 (6.0) | 40.0 | 6 of 6 |',
		);
	});

	test('says how many keystrokes timed out, when any did', () => {
		const size = sizeResult(5);
		size.keystrokes = { ...size.keystrokes, timedOut: 2 };
		expect(sizesTable([size]).split('\n')[2]).toContain('| 3.3 / 9.5 (6.0) (2 of 100 timed out) |');
	});

	test('writes a dash for a latency that could not be measured', () => {
		const size = sizeResult(5);
		size.keystrokes = { ...size.keystrokes, medianMs: null, p95Ms: null, firstMs: null };
		expect(sizesTable([size]).split('\n')[2]).toContain('| – / – (6.0) | – |');
	});
});

describe('machineLine', () => {
	test('names the CPU, cores, memory, OS, Node, Chromium and date', () => {
		expect(machineLine(machine)).toBe(
			'Machine: Intel(R) Xeon(R) Processor, 2 cores, 24 GB RAM; Debian GNU/Linux 12 (bookworm), Linux 6.1; ' +
				'Node v24.21.0; Chromium 156.0.8078.79; 2026-11-22.',
		);
	});
});

describe('report', () => {
	test('matches its snapshot: table, incremental line, machine, targets and notes', async () => {
		const sizes = [
			sizeResult(5),
			sizeResult(1000, {
				incremental: {
					addedFiles: 2,
					changedFiles: 0,
					seconds: 0.8,
					runs: [0.9, 0.8, 0.75],
					coldSeconds: 20,
					ratio: 0.04,
				},
			}),
		];
		await expect(
			report(sizes, checkTargets(sizes), machine, describeMethods(sizes).notes),
		).toMatchFileSnapshot('__snapshots__/report.txt');
	});
});
