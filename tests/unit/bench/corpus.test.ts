import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { countArticles, diffCorpora, generatorArgs } from '../../../scripts/bench/corpus.ts';
import { prettyOsName } from '../../../scripts/bench/machine.ts';

let root: string;
beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'bench-corpus-'));
	for (const dir of ['current', 'next']) await mkdir(join(root, dir));
	for (const [dir, name, text] of [
		['current', 'a.txt', 'A'],
		['current', 'a.yaml', 'published: 2024-01-01'],
		['current', 'b.txt', 'B'],
		['next', 'a.txt', 'A'],
		['next', 'a.yaml', 'published: 2024-01-01'],
		['next', 'b.txt', 'B changed'],
		['next', 'c.txt', 'C'],
		['next', 'c.yaml', 'published: 2024-01-02'],
	])
		await writeFile(join(root, dir!, name!), text!);
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('countArticles', () => {
	test('counts .txt files only', async () => {
		expect(await countArticles(join(root, 'next'))).toBe(3);
	});
});

describe('diffCorpora', () => {
	test('lists files only in the next corpus and files whose content changed', async () => {
		expect(await diffCorpora(join(root, 'current'), join(root, 'next'))).toEqual({
			added: ['c.txt', 'c.yaml'],
			changed: ['b.txt'],
		});
	});
});

describe('generatorArgs', () => {
	test('asks for the count in total, seeds included', () => {
		expect(generatorArgs(1000, 7, '/tmp/x')).toEqual([
			'scripts/generate-corpus.ts',
			'--count',
			'1000',
			'--seed',
			'7',
			'--out',
			'/tmp/x',
			'--with-seeds',
			'content/raw',
		]);
	});
});

describe('prettyOsName', () => {
	test('reads PRETTY_NAME from os-release', () => {
		expect(prettyOsName('NAME="Debian GNU/Linux"\nPRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\n')).toBe(
			'Debian GNU/Linux 12 (bookworm)',
		);
	});
});
