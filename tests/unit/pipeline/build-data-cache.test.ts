import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { DATA_NODE_OPTIONS, dataCommand } from '../../../scripts/build-data-defaults.js';
import { buildData, corpus, root } from './build-data-runner.ts';

// Several real builds in child processes; on a loaded 2-core machine each can take seconds.
vi.setConfig({ testTimeout: 180_000 });

const COLLECTIONS = ['articles', 'officials', 'meetings', 'events', 'figures'];
const outputs = (out: string) => COLLECTIONS.map((name) => readFileSync(join(out, `${name}.json`), 'utf8'));
const summary = (stdout: string) => /cache: .*/.exec(stdout)?.[0];

describe('build-data with its cache', () => {
	test('writes byte-identical output cold, warm, without the cache and over corrupt entries', async () => {
		const dirs = corpus();
		const cache = join(dirs.out, '..', 'cache');
		const run = async (out: string, args: string[]) => {
			const result = await buildData({ raw: dirs.raw, out }, args);
			expect(result.code, result.stderr).toBe(0);
			return { summary: summary(result.stdout), files: outputs(out) };
		};

		const cold = await run(join(dirs.out, 'cold'), ['--cache', cache]);
		expect(cold.summary).toBe('cache: 0 hits, 9 misses');
		const warm = await run(join(dirs.out, 'warm'), ['--cache', cache]);
		expect(warm.summary).toBe('cache: 9 hits, 0 misses');
		// Without the cache nothing is kept, not even Node's compiled code.
		const unused = join(dirs.out, '..', 'unused-cache');
		const none = await run(join(dirs.out, 'none'), ['--no-cache', '--cache', unused]);
		expect(none.summary).toBe('cache: off');
		expect(existsSync(unused)).toBe(false);
		// One thread reads every article on the main thread, and reads it the same.
		const single = await buildData({ raw: dirs.raw, out: join(dirs.out, 'single') }, [
			'--no-cache',
			'--threads',
			'1',
		]);
		expect(single.stdout).toContain('build-data: read 4 articles on the main thread; cache: off');
		expect(outputs(join(dirs.out, 'single'))).toEqual(cold.files);

		// Beside the code key's entries, Node's compile cache of the pipeline's modules, in the one
		// folder Node names after its version.
		const codeDir = readdirSync(cache).find((name) => name !== 'compile');
		expect(readdirSync(cache).sort()).toEqual(['compile', codeDir].sort());
		const [compiled, ...more] = readdirSync(join(cache, 'compile'));
		expect(more).toEqual([]);
		expect(readdirSync(join(cache, 'compile', compiled!)).every((name) => !name.startsWith('v'))).toBe(true);
		expect(codeDir).toMatch(/^[0-9a-f]{32}$/);
		const entries = readdirSync(join(cache, codeDir!));
		entries.forEach((name, i) =>
			writeFileSync(join(cache, codeDir!, name), i % 2 ? '{"key":' : '{"key":"x","value":{}}'),
		);
		const corrupt = await run(join(dirs.out, 'corrupt'), ['--cache', cache]);
		expect(corrupt.summary).toBe('cache: 0 hits, 9 misses');

		for (const other of [warm, none, corrupt]) expect(other.files).toEqual(cold.files);
	});

	test('after one article is added, reads only that one again', async () => {
		const fixture = join(root, 'tests/fixtures/new-meeting');
		const dirs = corpus();
		const cache = join(dirs.out, '..', 'cache');
		expect((await buildData(dirs, ['--cache', cache])).code).toBe(0);
		for (const name of ['steppe-wire-border-talks.txt', 'steppe-wire-border-talks.yaml'])
			writeFileSync(join(dirs.raw, name), readFileSync(join(fixture, name)));
		const result = await buildData(dirs, ['--cache', cache]);
		expect(result.code).toBe(0);
		expect(summary(result.stdout)).toBe('cache: 9 hits, 2 misses');
		const fresh = corpus();
		for (const name of ['steppe-wire-border-talks.txt', 'steppe-wire-border-talks.yaml'])
			writeFileSync(join(fresh.raw, name), readFileSync(join(fixture, name)));
		expect((await buildData(fresh, ['--no-cache'])).code).toBe(0);
		expect(outputs(dirs.out)).toEqual(outputs(fresh.out));
	});
});

describe('dataCommand', () => {
	test('runs the pipeline as `npm run data` does, with the same Node options', () => {
		const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
			scripts: Record<string, string>;
		};
		expect(scripts['data']).toBe(['node', ...dataCommand([])].join(' '));
		expect(dataCommand(['--no-cache'])).toEqual([...DATA_NODE_OPTIONS, 'scripts/data.js', '--no-cache']);
	});
});
