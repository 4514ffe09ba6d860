import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { gzipBytes, searchIndexSize, treeSize } from '../../../scripts/bench/sizes.ts';

let dist: string;
beforeEach(async () => {
	dist = await mkdtemp(join(tmpdir(), 'bench-sizes-'));
	await mkdir(join(dist, 'articles', 'a'), { recursive: true });
	await writeFile(join(dist, 'index.html'), 'x'.repeat(100));
	await writeFile(join(dist, 'articles', 'a', 'index.html'), 'y'.repeat(50));
});
afterEach(() => rm(dist, { recursive: true, force: true }));

describe('gzipBytes', () => {
	test('is the length of a gzip stream that unpacks to the input', () => {
		const text = Buffer.from('chen wenqing '.repeat(200));
		expect(gzipBytes(text)).toBe(gzipSync(text, { level: 9 }).length);
		expect(gunzipSync(gzipSync(text, { level: 9 })).equals(text)).toBe(true);
		expect(gzipBytes(text)).toBeLessThan(text.length / 10);
	});
});

describe('treeSize', () => {
	test('counts files in nested directories and sums their bytes', async () => {
		expect(await treeSize(dist)).toEqual({ files: 2, bytes: 150 });
	});
});

describe('searchIndexSize', () => {
	test('counts the one search-index.json when there is no search-index/ directory', async () => {
		await writeFile(join(dist, 'search-index.json'), '{"a":1}');
		expect(await searchIndexSize(dist)).toMatchObject({ path: 'search-index.json', files: 1, bytes: 7 });
	});

	test('counts every shard under search-index/ and sums their own gzip sizes', async () => {
		await mkdir(join(dist, 'search-index', 'terms'), { recursive: true });
		const shards = ['{"manifest":true}', '{"terms":["chen"]}', '{"terms":["patrushev"]}'];
		await writeFile(join(dist, 'search-index', 'manifest.json'), shards[0]!);
		await writeFile(join(dist, 'search-index', 'terms', 'c.json'), shards[1]!);
		await writeFile(join(dist, 'search-index', 'terms', 'p.json'), shards[2]!);
		await writeFile(join(dist, 'search-index.json'), 'ignored when the directory exists');
		const size = await searchIndexSize(dist);
		expect(size).toEqual({
			path: 'search-index/',
			files: 3,
			bytes: shards.join('').length,
			gzipBytes: shards.reduce((sum, shard) => sum + gzipBytes(Buffer.from(shard)), 0),
		});
	});
});
