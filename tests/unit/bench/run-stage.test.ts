import { describe, expect, test } from 'vitest';
import { runStage, StageError, tail } from '../../../scripts/bench/run-stage.ts';

describe('runStage', () => {
	test('times a stage and measures its memory', async () => {
		const cost = await runStage('sleep', process.execPath, ['-e', 'setTimeout(() => {}, 300)']);
		expect(cost.seconds).toBeGreaterThan(0.25);
		expect(cost.peakBytes).toBeGreaterThan(1024 * 1024);
	});

	test("counts a child process's memory: a 200 MB buffer in a grandchild shows", async () => {
		const grandchild = `const b = Buffer.alloc(200 * 1024 * 1024, 1); setTimeout(() => b.length, 800)`;
		const script = `require('child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(grandchild)}])`;
		const cost = await runStage('nested', process.execPath, ['-e', script]);
		expect(cost.peakBytes).toBeGreaterThan(200 * 1024 * 1024);
	});

	test('fails naming the stage and showing its stderr', async () => {
		const failing = runStage('pipeline', process.execPath, [
			'-e',
			'console.error("content/raw/x.yaml: error: bad date"); process.exit(1)',
		]);
		await expect(failing).rejects.toThrow(StageError);
		await expect(failing).rejects.toThrow(
			/^pipeline failed \(exit code 1\)[^]*content\/raw\/x.yaml: error: bad date/,
		);
	});

	test('fails naming the stage when the command does not exist', async () => {
		await expect(runStage('astro', 'no-such-command-here', [])).rejects.toThrow(/^astro failed \(spawn/);
	});
});

describe('tail', () => {
	test('keeps short text whole and the end of long text', () => {
		expect(tail('abc', 5)).toBe('abc');
		expect(tail('abcdefgh', 3)).toBe('…fgh');
	});
});
