import { spawn } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import {
	parseStatParent,
	parseVmRssBytes,
	treePids,
	treeRssBytes,
} from '../../../scripts/bench/process-memory.ts';

describe('parseStatParent', () => {
	test.each([
		['a plain command name', '4242 (node) S 17 4242 17 0 -1 4194560', { pid: 4242, ppid: 17 }],
		['a name with spaces and parentheses', '99 (my (odd) name) R 1 99 99 0', { pid: 99, ppid: 1 }],
	])('reads %s', (_, stat, expected) => {
		expect(parseStatParent(stat)).toEqual(expected);
	});

	test('is undefined for text that is not a stat line', () => {
		expect(parseStatParent('')).toBeUndefined();
	});
});

describe('parseVmRssBytes', () => {
	test('reads VmRSS in kB as bytes', () => {
		expect(parseVmRssBytes('Name:\tnode\nVmPeak:\t  999 kB\nVmRSS:\t   51200 kB\nRssAnon:\t 1 kB\n')).toBe(
			51200 * 1024,
		);
	});

	test('is 0 for a kernel thread, which has no VmRSS line', () => {
		expect(parseVmRssBytes('Name:\tkthreadd\nState:\tS (sleeping)\n')).toBe(0);
	});
});

describe('treePids', () => {
	test('finds children and grandchildren, not siblings or parents', () => {
		const parentOf = new Map([
			[10, 1],
			[11, 10],
			[12, 10],
			[13, 11],
			[20, 1],
		]);
		expect(treePids(10, parentOf).sort()).toEqual([10, 11, 12, 13]);
	});
});

describe('treeRssBytes', () => {
	test('counts a child process on top of its parent', async () => {
		const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 5000)']);
		await new Promise((resolve) => child.once('spawn', resolve));
		try {
			const alone = treeRssBytes(child.pid!);
			const withParent = treeRssBytes(process.pid);
			expect(alone).toBeGreaterThan(1024 * 1024);
			expect(withParent).toBeGreaterThan(alone);
		} finally {
			child.kill();
		}
	});
});
