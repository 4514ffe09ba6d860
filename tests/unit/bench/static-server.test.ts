import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	contentTypeOf,
	countedResponses,
	filePathFor,
	isCompressible,
	serveStatic,
} from '../../../scripts/bench/static-server.ts';

describe('countedResponses', () => {
	const served = (path: string, sentBytes: number) => ({
		path,
		status: 200,
		fileBytes: sentBytes,
		sentBytes,
		gzipped: false,
	});

	test('keeps only the responses to the requests made before the results showed', () => {
		const log = [
			served('/search/', 900),
			served('/search-index/manifest.json', 300),
			served('/search-index/bundles/0.bin', 90_000),
		];
		expect(countedResponses(log, ['/search/', '/search-index/manifest.json'])).toEqual(log.slice(0, 2));
	});

	test('counts a path asked for twice twice, and no more', () => {
		const log = [served('/a.json', 1), served('/a.json', 2), served('/a.json', 3)];
		expect(countedResponses(log, ['/a.json', '/a.json']).map((entry) => entry.sentBytes)).toEqual([1, 2]);
	});
});

describe('filePathFor', () => {
	test.each([
		['/', '/site/index.html'],
		['/search/', '/site/search/index.html'],
		['/search/?q=chen', '/site/search/index.html'],
		['/_astro/app.js', '/site/_astro/app.js'],
		['/caf%C3%A9/', '/site/café/index.html'],
	])('maps %s to %s', (urlPath, expected) => {
		expect(filePathFor('/site', urlPath)).toBe(expected);
	});

	test.each(['/../etc/passwd', '/%2e%2e/etc/passwd', '/a/../../secret', '/%E0%A4%A'])(
		'refuses %s',
		(urlPath) => {
			expect(filePathFor('/site', urlPath)).toBeUndefined();
		},
	);
});

describe('contentTypeOf and isCompressible', () => {
	test.each([
		['index.html', 'text/html; charset=utf-8', true],
		['app.js', 'text/javascript; charset=utf-8', true],
		['shard.json', 'application/json; charset=utf-8', true],
		['font.woff2', 'font/woff2', false],
		['blob.bin', 'application/octet-stream', false],
	])('%s is %s', (name, type, compressible) => {
		expect(contentTypeOf(name)).toBe(type);
		expect(isCompressible(type)).toBe(compressible);
	});
});

describe('serveStatic', () => {
	let root: string;
	let server: Awaited<ReturnType<typeof serveStatic>>;
	const fetchRaw = (path: string, gzip = true) =>
		new Promise<{ status: number; headers: Record<string, unknown> }>((resolve, reject) =>
			get(`${server.origin}${path}`, { headers: gzip ? { 'accept-encoding': 'gzip' } : {} }, (res) => {
				res.resume();
				res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers }));
			}).on('error', reject),
		);

	beforeAll(async () => {
		root = await mkdtemp(join(tmpdir(), 'bench-server-'));
		await mkdir(join(root, 'search'));
		await writeFile(join(root, 'search', 'index.html'), '<p>search</p>'.repeat(100));
		await writeFile(join(root, '404.html'), 'gone');
		server = await serveStatic(root);
	});
	afterAll(async () => {
		await server.close();
		await rm(root, { recursive: true, force: true });
	});

	test('serves a directory index gzipped and logs the bytes sent', async () => {
		server.takeLog();
		const response = await fetchRaw('/search/');
		expect(response.status).toBe(200);
		expect(response.headers['content-encoding']).toBe('gzip');
		const [entry] = server.takeLog();
		expect(entry).toMatchObject({ path: '/search/', status: 200, fileBytes: 1300, gzipped: true });
		expect(entry!.sentBytes).toBeLessThan(100);
	});

	test('sends text as stored when the client does not accept gzip', async () => {
		server.takeLog();
		await fetchRaw('/search/', false);
		expect(server.takeLog()[0]).toMatchObject({ sentBytes: 1300, gzipped: false });
	});

	test('redirects a directory without its trailing slash', async () => {
		const response = await fetchRaw('/search');
		expect(response).toMatchObject({ status: 301, headers: { location: '/search/' } });
	});

	test('answers a missing file with 404.html and status 404', async () => {
		expect((await fetchRaw('/nothing/')).status).toBe(404);
	});
});
