import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
	diffTrees,
	firstDifference,
	formatDiff,
	isIdentical,
} from '../../../scripts/check-determinism/diff-trees.ts';

const made: string[] = [];
afterEach(async () => {
	await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Writes a tree of files into a new temporary directory and returns its path. */
async function tree(files: Record<string, string>): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'diff-trees-'));
	made.push(dir);
	for (const [file, text] of Object.entries(files)) {
		await mkdir(dirname(join(dir, file)), { recursive: true });
		await writeFile(join(dir, file), text);
	}
	return dir;
}

describe('firstDifference', () => {
	test.each([
		['abc', 'abc', -1],
		['abc', 'abd', 2],
		['abc', 'abcd', 3],
		['', '', -1],
	])('finds where %j and %j first differ: %i', (a, b, offset) => {
		expect(firstDifference(Buffer.from(a), Buffer.from(b))).toBe(offset);
	});
});

describe('diffTrees', () => {
	test('finds two trees with the same files and bytes identical', async () => {
		const files = { 'index.html': '<p>x</p>', 'a/index.html': '<p>a</p>' };
		const diff = await diffTrees(await tree(files), await tree(files));
		expect(isIdentical(diff)).toBe(true);
	});

	test('lists files that differ, with a few bytes of each side, and files only on one side', async () => {
		const a = await tree({ 'index.html': '<p>built at 04:01</p>', 'a/x.js': '1', 'gone.txt': '' });
		const b = await tree({ 'index.html': '<p>built at 04:02</p>', 'a/x.js': '1', 'new/y.txt': '' });
		const diff = await diffTrees(a, b);
		expect(isIdentical(diff)).toBe(false);
		expect(formatDiff(diff, ['first', 'second'])).toEqual([
			'gone.txt: only in first',
			'new/y.txt: only in second',
			'index.html: differs at byte 16: first "lt at 04:01</p>", second "lt at 04:02</p>"',
		]);
	});
});
