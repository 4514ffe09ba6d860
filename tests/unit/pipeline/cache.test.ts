import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { z } from 'zod';
import { ArticleSchema, type Article } from '../../../src/schemas/article.ts';
import { EventSchema } from '../../../src/schemas/event.ts';
import { FigureSchema } from '../../../src/schemas/figure.ts';
import { MeetingSchema } from '../../../src/schemas/meeting.ts';
import { OfficialSchema } from '../../../src/schemas/official.ts';
import {
	cachedDuplicates,
	cachedPrepare,
	cachedStories,
} from '../../../scripts/pipeline/cache/cached-stages.ts';
import { pipelineCodeKey } from '../../../scripts/pipeline/cache/code-key.ts';
import { contentHash } from '../../../scripts/pipeline/cache/content-hash.ts';
import {
	decodeDuplicateScan,
	encodeDuplicateScan,
} from '../../../scripts/pipeline/cache/duplicate-scan-bytes.ts';
import { noEntryCache, openEntryCache } from '../../../scripts/pipeline/cache/entry-cache.ts';
import { rememberedChecks } from '../../../scripts/pipeline/cache/remembered-checks.ts';
import { collectionText, GENERATED_BY } from '../../../scripts/pipeline/collection-file.ts';
import type { RawArticle } from '../../../scripts/pipeline/corpus.ts';
import { findDuplicates, scanDuplicates, type DuplicateScan } from '../../../scripts/pipeline/dedupe.ts';
import { readArticle } from '../../../scripts/pipeline/extract/article-reading.ts';
import {
	extractKnowledge,
	type ArticleToFind,
	type FindingsOf,
} from '../../../scripts/pipeline/extract/index.ts';
import { earlyReader } from '../../../scripts/pipeline/extract/early-reader.ts';
import { readArticles, type ReadReport } from '../../../scripts/pipeline/extract/read-articles.ts';
import { prepareArticle } from '../../../scripts/pipeline/prepare.ts';
import { seedCollection } from '../seed-output.ts';
import { article } from './extract-helpers.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function temporaryDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'cache-test-'));
	dirs.push(dir);
	return dir;
}

const CODE = 'a'.repeat(64);
const OTHER_CODE = 'b'.repeat(64);
const isNumbers = (value: unknown): value is number[] =>
	Array.isArray(value) && value.every((n) => typeof n === 'number');

describe('contentHash', () => {
	test('is the same for the same parts and 64 hex digits long', () => {
		expect(contentHash(['a', new Uint8Array([1, 2])])).toBe(contentHash(['a', new Uint8Array([1, 2])]));
		expect(contentHash(['a'])).toMatch(/^[0-9a-f]{64}$/);
	});

	test.each([
		['where one part ends and the next begins', ['ab', 'c'], ['a', 'bc']],
		['null and the empty string', [null], ['']],
		['text and the same bytes', ['a'], [new Uint8Array([97])]],
		['one changed byte', [new Uint8Array([1, 2])], [new Uint8Array([1, 3])]],
	])('tells apart %s', (_, a, b) => {
		expect(contentHash(a)).not.toBe(contentHash(b));
	});
});

describe('pipelineCodeKey', () => {
	function project() {
		const root = temporaryDir();
		mkdirSync(join(root, 'scripts/pipeline/extract'), { recursive: true });
		mkdirSync(join(root, 'node_modules/compromise'), { recursive: true });
		writeFileSync(join(root, 'scripts/build-data.ts'), 'run();\n');
		writeFileSync(join(root, 'scripts/pipeline/extract/people.ts'), 'export const a = 1;\n');
		writeFileSync(join(root, 'node_modules/compromise/package.json'), '{"version":"14.17.0"}');
		return root;
	}

	test('stays the same while nothing changes', () => {
		const root = project();
		expect(pipelineCodeKey(root)).toBe(pipelineCodeKey(root));
	});

	test('changes with any pipeline source file', () => {
		const root = project();
		const before = pipelineCodeKey(root);
		writeFileSync(join(root, 'scripts/pipeline/extract/people.ts'), 'export const a = 2;\n');
		expect(pipelineCodeKey(root)).not.toBe(before);
	});

	test('changes with a new source file and with a schema', () => {
		const root = project();
		const before = pipelineCodeKey(root);
		writeFileSync(join(root, 'scripts/pipeline/new-stage.ts'), '\n');
		const withStage = pipelineCodeKey(root);
		mkdirSync(join(root, 'src/schemas'), { recursive: true });
		writeFileSync(join(root, 'src/schemas/article.ts'), '\n');
		expect(new Set([before, withStage, pipelineCodeKey(root)]).size).toBe(3);
	});

	test('changes with a library version', () => {
		const root = project();
		const before = pipelineCodeKey(root);
		writeFileSync(join(root, 'node_modules/compromise/package.json'), '{"version":"14.18.0"}');
		expect(pipelineCodeKey(root)).not.toBe(before);
	});

	test('ignores files outside the pipeline', () => {
		const root = project();
		const before = pipelineCodeKey(root);
		mkdirSync(join(root, 'src/pages'), { recursive: true });
		writeFileSync(join(root, 'src/pages/index.astro'), '<p>hello</p>\n');
		expect(pipelineCodeKey(root)).toBe(before);
	});
});

describe('openEntryCache', () => {
	test('gives back what was kept, in a later run too', () => {
		const dir = temporaryDir();
		openEntryCache(dir, CODE).set('k', [1, 2, 3]);
		const cache = openEntryCache(dir, CODE);
		expect(cache.get('k', isNumbers)).toEqual([1, 2, 3]);
		expect(cache.get('other', isNumbers)).toBeUndefined();
		expect(cache.summary()).toBe('cache: 1 hit, 1 miss');
	});

	test('keeps nothing across a change of the pipeline code', () => {
		const dir = temporaryDir();
		openEntryCache(dir, CODE).set('k', [1]);
		expect(openEntryCache(dir, OTHER_CODE).get('k', isNumbers)).toBeUndefined();
	});

	test.each([
		['cut short', '{"key":"k","value":[1,'],
		['not JSON', '\u0000\u0001garbage'],
		['kept under another key', '{"key":"other","value":[1]}'],
		['of the wrong shape', '{"key":"k","value":{"not":"numbers"}}'],
		['null', 'null'],
	])('treats an entry %s as missing, and a new set replaces it', (_, text) => {
		const dir = temporaryDir();
		openEntryCache(dir, CODE).set('k', [1]);
		const [codeDir] = readdirSync(dir);
		// As a build that stopped half-way through writing it would leave it: no line end.
		writeFileSync(join(dir, codeDir!, 'entries.jsonl'), `{"key":"j","value":[0]}\n${text}`);
		const cache = openEntryCache(dir, CODE);
		expect(cache.get('k', isNumbers)).toBeUndefined();
		cache.set('k', [2]);
		const next = openEntryCache(dir, CODE);
		expect([next.get('k', isNumbers), next.get('j', isNumbers)]).toEqual([[2], [0]]);
	});

	test('keeps entries as lines of one file; a later line for a key replaces an earlier one', () => {
		const dir = temporaryDir();
		const cache = openEntryCache(dir, CODE);
		cache.set('a', [1]);
		cache.set('b', [2]);
		cache.set('a', [3]);
		const [codeDir] = readdirSync(dir);
		expect(readdirSync(join(dir, codeDir!))).toEqual(['entries.jsonl']);
		const next = openEntryCache(dir, CODE);
		expect([next.get('a', isNumbers), next.get('b', isNumbers)]).toEqual([[3], [2]]);
	});

	test('prunes other code keys and unused entries when they outnumber the used ones, nothing else', () => {
		const dir = temporaryDir();
		mkdirSync(join(dir, 'not-ours'));
		const old = openEntryCache(dir, OTHER_CODE);
		old.set('k', [1]);
		const cache = openEntryCache(dir, CODE);
		for (const key of ['a', 'b', 'c']) cache.set(key, [1]);
		const next = openEntryCache(dir, CODE);
		next.get('a', isNumbers);
		next.prune();
		expect(readdirSync(dir).sort()).toEqual([CODE.slice(0, 32), 'not-ours']);
		const after = openEntryCache(dir, CODE);
		expect(['a', 'b', 'c'].map((key) => after.get(key, isNumbers))).toEqual([[1], undefined, undefined]);
		expect(readFileSync(join(dir, CODE.slice(0, 32), 'entries.jsonl'), 'utf8')).toBe(
			'{"key":"a","value":[1]}\n',
		);
	});

	test('writes ASCII lines, and gives back every character, a UTF-8 line as well', () => {
		const dir = temporaryDir();
		const value = ['“quoted” — naïve', 'Москва', '😀'];
		const isStrings = (v: unknown): v is string[] =>
			Array.isArray(v) && v.every((s) => typeof s === 'string');
		openEntryCache(dir, CODE).set('k', value);
		const pack = join(dir, CODE.slice(0, 32), 'entries.jsonl');
		expect(readFileSync(pack, 'latin1')).toMatch(/^[\x00-\x7f]*$/);
		expect(openEntryCache(dir, CODE).get('k', isStrings)).toEqual(value);
		writeFileSync(pack, `${JSON.stringify({ key: 'k', value })}\n`);
		expect(openEntryCache(dir, CODE).get('k', isStrings)).toEqual(value);
	});

	test('never fails a build when the directory cannot be written', () => {
		const dir = temporaryDir();
		writeFileSync(join(dir, 'file'), '');
		const cache = openEntryCache(join(dir, 'file'), CODE);
		expect(() => cache.set('k', [1])).not.toThrow();
		expect(cache.get('k', isNumbers)).toBeUndefined();
		expect(() => cache.prune()).not.toThrow();
	});

	test('noEntryCache keeps nothing', () => {
		noEntryCache.set('k', [1]);
		expect(noEntryCache.get('k', isNumbers)).toBeUndefined();
		noEntryCache.setBytes('k', new Uint8Array([1]));
		expect(noEntryCache.getBytes('k')).toBeUndefined();
		expect(noEntryCache.has('k')).toBe(false);
	});

	test('keeps bytes beside the entries, and prunes neither while they are used', () => {
		const dir = temporaryDir();
		const cache = openEntryCache(dir, CODE);
		cache.setBytes('scan', new Uint8Array([1, 2, 3]));
		cache.set('a', [1]);
		for (const key of ['b', 'c', 'd', 'e']) openEntryCache(dir, CODE).set(key, [1]);
		const next = openEntryCache(dir, CODE);
		expect([...next.getBytes('scan')!]).toEqual([1, 2, 3]);
		expect(next.getBytes('other')).toBeUndefined();
		next.get('a', isNumbers);
		next.prune();
		expect(readdirSync(join(dir, CODE.slice(0, 32))).sort()).toEqual(['entries.jsonl', 'scan.bin']);
		expect(next.summary()).toBe('cache: 1 hit, 0 misses');
	});

	test('has: tells what is kept without reading it, counting what is not as a miss', () => {
		const dir = temporaryDir();
		openEntryCache(dir, CODE).set('k', [1]);
		const cache = openEntryCache(dir, CODE);
		expect([cache.has('k'), cache.has('other')]).toEqual([true, false]);
		expect(cache.summary()).toBe('cache: 0 hits, 1 miss');
	});
});

describe('cached stages', () => {
	const raw = (text: string): RawArticle => ({
		source: 'a.txt',
		path: 'content/raw/a.txt',
		bytes: new TextEncoder().encode(text),
		metadataPath: 'content/raw/a.yaml',
		metadataText: 'published: 2024-04-24\noutlet: Test Outlet\n',
	});
	const TEXT =
		'Chen meets Patrushev\n\nChen Wenqing met Nikolai Patrushev in Moscow on Tuesday, officials said.\n';

	test('prepare: the same article is read once, a changed one again, with the same result', () => {
		const cache = openEntryCache(temporaryDir(), CODE);
		const prepare = vi.fn(cachedPrepare(cache));
		const first = prepare(raw(TEXT));
		expect(prepare(raw(TEXT))).toEqual(first);
		expect(first).toEqual({ ...prepareArticle(raw(TEXT)), inputs: expect.stringMatching(/^[0-9a-f]{64}$/) });
		expect(cache.summary()).toBe('cache: 1 hit, 1 miss');
		const changed = prepare(raw(TEXT.replace('Tuesday', 'Monday')));
		expect(cache.summary()).toBe('cache: 1 hit, 2 misses');
		expect(changed.inputs).not.toBe(first.inputs);
	});

	test('readings: kept per article id, day and paragraphs; a kept one equals a fresh one', async () => {
		const cache = openEntryCache(temporaryDir(), CODE);
		const story = article('a', '2024-04-24', ['Chen Wenqing met Nikolai Patrushev on Tuesday.']);
		const read = vi.fn(readArticles);
		await cachedStories(cache).readings([story], read);
		const kept = await cachedStories(cache).readings([story], read);
		expect(kept.get('a')).toEqual(JSON.parse(JSON.stringify(readArticle(story))));
		expect(read).toHaveBeenLastCalledWith([]);
		await cachedStories(cache).readings(
			[{ ...story, published: '2024-04-25' }, { ...story, id: 'b' }, story],
			read,
		);
		expect(read.mock.lastCall?.[0].map((a) => [a.id, a.published])).toEqual([
			['a', '2024-04-25'],
			['b', '2024-04-24'],
		]);
		expect(cache.summary()).toBe('cache: 2 hits, 3 misses');
	});

	test('readings: kept under the key of what the paragraphs were made from, when that is given', async () => {
		const cache = openEntryCache(temporaryDir(), CODE);
		const story = article('a', '2024-04-24', ['Chen Wenqing met Nikolai Patrushev on Tuesday.']);
		const read = vi.fn(readArticles);
		await cachedStories(cache, () => 'inputs-1').readings([story], read);
		await cachedStories(cache, () => 'inputs-1').readings([story], read);
		expect(read).toHaveBeenLastCalledWith([]);
		await cachedStories(cache, () => 'inputs-2').readings([story], read);
		expect(read).toHaveBeenLastCalledWith([story]);
		// Without such a key, the paragraphs themselves are the key: the entries differ.
		await cachedStories(cache).readings([story], read);
		expect(read).toHaveBeenLastCalledWith([story]);
		expect(cache.summary()).toBe('cache: 1 hit, 3 misses');
	});

	test('readings: sends what is not kept to be read before reading the cache, and an unreadable entry after', async () => {
		const dir = temporaryDir();
		const stories = ['a', 'b', 'c'].map((id) =>
			article(id, '2024-04-24', [`Chen Wenqing met ${id} on Tuesday.`]),
		);
		await cachedStories(openEntryCache(dir, CODE)).readings(stories.slice(0, 2));
		// The first entry's value made unreadable: it is kept, but cannot be used.
		const [codeDir] = readdirSync(dir);
		const pack = join(dir, codeDir!, 'entries.jsonl');
		const [first, ...rest] = readFileSync(pack, 'utf8').split('\n');
		writeFileSync(pack, [first!.replace(/"value":.*/, '"value":{'), ...rest].join('\n'));
		const cache = openEntryCache(dir, CODE);
		const order: string[] = [];
		const get = cache.get.bind(cache);
		cache.get = (key, isValid) => (order.push('get'), get(key, isValid));
		const read = vi.fn(async (articles: readonly Article[]) => {
			order.push(`read ${articles.map((a) => a.id).join(' ')}`);
			return readArticles(articles);
		});
		const readings = await cachedStories(cache).readings(stories, read);
		expect(order[0]).toBe('read c');
		expect(order).toHaveLength(4);
		expect(order[3]).toMatch(/^read [ab]$/);
		for (const story of stories)
			expect(readings.get(story.id)).toEqual(JSON.parse(JSON.stringify(readArticle(story))));
		expect(cache.summary()).toBe('cache: 1 hit, 2 misses');
	});

	test('findings: kept with the reading while its names resolve to the same people; kept ones equal fresh ones', async () => {
		const dir = temporaryDir();
		const stories = [
			article('a', '2024-04-24', [
				'China’s top security official Chen Wenqing met Nikolai Patrushev in Moscow on Tuesday.',
				'During his visit, he also met Sergei Lavrov.',
			]),
			article('b', '2024-04-20', ['Chen Wenqing will travel to Russia next week, officials said.']),
		];
		const build = async (findingsOf: (stories: ReturnType<typeof cachedStories>) => FindingsOf) => {
			const cached = cachedStories(openEntryCache(dir, CODE));
			const readings = await cached.readings(stories);
			return extractKnowledge(stories, [], (a) => readings.get(a.id)!, findingsOf(cached));
		};
		const fresh = extractKnowledge(stories);
		expect(fresh.meetings.length).toBeGreaterThan(0);
		expect(await build((cached) => cached.findingsOf)).toEqual(fresh);
		const given: ArticleToFind[] = [];
		const find = vi.fn(() => ({ roles: [], meetings: [], events: [] }));
		const kept = await build((cached) => (toFind, findIn) => {
			given.push(toFind);
			return cached.findingsOf(toFind, () => (find(), findIn()));
		});
		expect(kept).toEqual(fresh);
		expect(find).not.toHaveBeenCalled();
		// Another resolution of its names is found again, and kept in its place.
		const cached = cachedStories(openEntryCache(dir, CODE));
		await cached.readings(stories);
		const [a] = given;
		const other = { ...a!, people: a!.people.map((p) => (p ? `${p}-2` : p)) };
		cached.findingsOf(other, find);
		expect(find).toHaveBeenCalledTimes(1);
		const next = cachedStories(openEntryCache(dir, CODE));
		await next.readings(stories);
		next.findingsOf(other, find);
		expect(find).toHaveBeenCalledTimes(1);
	});

	test('duplicates: the last scan is kept and reused; links as found afresh', () => {
		const dir = temporaryDir();
		const text = (topic: string, n: number) =>
			Array.from(
				{ length: n },
				(_, i) => `${topic} envoy ${i} met ${topic} minister ${i} in ${topic} city.`,
			).join(' ');
		const documents = Array.from({ length: 12 }, (_, i) => ({ key: `s${i}`, text: text(`t${i}`, 10) }));
		const added = [...documents, { key: 'copy', text: text('t4', 8) }];
		cachedDuplicates(openEntryCache(dir, CODE))(documents);
		const cache = openEntryCache(dir, CODE);
		const scan = decodeDuplicateScan(cache.getBytes('duplicate-scan')!);
		expect(scan?.documents.map((d) => d.fingerprint)).toEqual(
			scanDuplicates(documents).scan.documents.map((d) => d.fingerprint),
		);
		expect(cachedDuplicates(cache)(added)).toEqual(findDuplicates(added));
		expect(findDuplicates(added).map((l) => [l.key, l.canonical])).toEqual([['copy', 's4']]);
		expect(
			decodeDuplicateScan(openEntryCache(dir, CODE).getBytes('duplicate-scan')!)?.documents,
		).toHaveLength(13);
	});
});

describe('decodeDuplicateScan', () => {
	const scan: DuplicateScan = {
		documents: [
			{ fingerprint: 'f1', hashes: new Float64Array([1, 2.5, 2 ** 52 - 1]) },
			{ fingerprint: 'f2', hashes: new Float64Array([]) },
			{ fingerprint: 'f3', hashes: new Float64Array([7]) },
		],
		pairs: [{ a: 'f1', b: 'f3', containment: 0.75, jaccard: 0.25 }],
	};

	test('gives back the scan encodeDuplicateScan wrote, wherever its bytes sit in memory', () => {
		const bytes = encodeDuplicateScan(scan);
		expect(decodeDuplicateScan(bytes)).toEqual(scan);
		const shifted = new Uint8Array(bytes.length + 1);
		shifted.set(bytes, 1);
		expect(decodeDuplicateScan(shifted.subarray(1))).toEqual(scan);
	});

	test.each([
		['cut short', (b: Buffer) => b.subarray(0, b.length - 4)],
		['empty', () => Buffer.alloc(0)],
		[
			'with a header that is not JSON',
			(b: Buffer) => Buffer.concat([Buffer.from([3, 0, 0, 0]), Buffer.from('{{{'), b]),
		],
		['with a header of another shape', () => Buffer.concat([Buffer.from([2, 0, 0, 0]), Buffer.from('{}')])],
	])('is null for bytes %s', (_, change) => {
		expect(decodeDuplicateScan(change(encodeDuplicateScan(scan)))).toBeNull();
	});
});

describe('rememberedChecks', () => {
	const Schema = z.object({ id: z.string(), count: z.number().int() });

	test('a record that passed in the last build passes again without being parsed; any other is parsed', () => {
		const dir = temporaryDir();
		const first = rememberedChecks(openEntryCache(dir, CODE));
		expect(first.check('things')(Schema, { id: 'a', count: 1 }).success).toBe(true);
		expect(first.check('things')(Schema, { id: 'b', count: 1.5 }).success).toBe(false);
		first.save();

		const next = rememberedChecks(openEntryCache(dir, CODE));
		const parse = vi.spyOn(Schema, 'safeParse');
		const record = { id: 'a', count: 1 };
		expect(next.check('things')(Schema, record)).toEqual({ success: true, data: record });
		expect(parse).not.toHaveBeenCalled();
		// The same record in another collection, a changed one and the one that failed are parsed.
		next.check('others')(Schema, record);
		next.check('things')(Schema, { id: 'a', count: 2 });
		expect(next.check('things')(Schema, { id: 'b', count: 1.5 }).success).toBe(false);
		expect(parse).toHaveBeenCalledTimes(3);
		parse.mockRestore();
		// What passed is written out as it was checked; what failed is not kept.
		expect(next.textOf(record)).toBe('{"id":"a","count":1}');
		expect(next.textOf({ id: 'a', count: 1 })).toBeUndefined();
	});

	test('collectionText puts the checked texts together into what JSON.stringify writes', () => {
		const checks = rememberedChecks(noEntryCache);
		const records = [
			{ id: 'a', count: 1 },
			{ id: 'b', count: 2, note: 'say "hi"\n' },
			{ id: 'c', count: 3 },
		];
		checks.check('things')(Schema, records[0]);
		const text = collectionText('things', records, checks.textOf);
		expect(text).toBe(`${JSON.stringify({ generatedBy: GENERATED_BY, things: records })}\n`);
		expect(collectionText('none', [])).toBe(`${JSON.stringify({ generatedBy: GENERATED_BY, none: [] })}\n`);
	});

	test('the published schemas check without transforming: a record that passes parses to itself', () => {
		const schemas = {
			articles: ArticleSchema,
			officials: OfficialSchema,
			meetings: MeetingSchema,
			events: EventSchema,
			figures: FigureSchema,
		};
		for (const [name, schema] of Object.entries(schemas)) {
			const records = seedCollection<unknown>(name);
			expect(records.length).toBeGreaterThan(0);
			for (const record of records) expect(schema.parse(record)).toEqual(record);
		}
	});
});

describe('readArticles', () => {
	const stories = Array.from({ length: 200 }, (_, i) =>
		article(`a-${i}`, '2024-04-24', [`Chen Wenqing met Nikolai Patrushev on Tuesday, ${i} officials said.`]),
	);

	test(
		'reads on worker threads what it reads on this one, in the articles’ order',
		{ timeout: 120_000 },
		async () => {
			const reports: ReadReport[] = [];
			const parallel = await readArticles(stories, { threads: 2, report: (r) => reports.push(r) });
			// Every article was read on a worker: a worker that fails is not hidden by this thread.
			expect(reports).toEqual([{ onWorkers: 200, onThisThread: 0, fallback: null }]);
			const single: ReadReport[] = [];
			expect(parallel).toEqual(await readArticles(stories, { threads: 1, report: (r) => single.push(r) }));
			expect(single).toEqual([{ onWorkers: 0, onThisThread: 200, fallback: null }]);
		},
	);

	test(
		'reads on this thread what a worker that fails could not, and says why',
		{ timeout: 120_000 },
		async () => {
			const broken = () => new Worker('throw new Error("the tagger would not load")', { eval: true });
			const reports: ReadReport[] = [];
			const readings = await readArticles(stories.slice(0, 3), {
				started: [broken()],
				report: (r) => reports.push(r),
			});
			expect(readings).toEqual(stories.slice(0, 3).map(readArticle));
			expect(reports).toEqual([
				{ onWorkers: 0, onThisThread: 3, fallback: expect.stringContaining('the tagger would not load') },
			]);
		},
	);

	test(
		'reads a few articles on a worker started before they are known, as on this thread',
		{ timeout: 120_000 },
		async () => {
			const stories = ['Monday', 'Tuesday'].map((day, i) =>
				article(`a-${i}`, '2024-04-24', [`Chen Wenqing met Nikolai Patrushev in Moscow on ${day}.`]),
			);
			const reader = earlyReader(2);
			reader.warm();
			expect(await reader.read(stories)).toEqual(await readArticles(stories, { threads: 1 }));
			const unused = earlyReader(2);
			unused.warm();
			expect(() => unused.close()).not.toThrow();
		},
	);

	test(
		'reads ahead what it is likely to be asked for, and uses it only for the very same article',
		{ timeout: 120_000 },
		async () => {
			const [a, b, c] = ['Monday', 'Tuesday', 'Friday'].map((day, i) =>
				article(`a-${i}`, '2024-04-24', [`Chen Wenqing met Nikolai Patrushev in Moscow on ${day}.`]),
			);
			// b is read ahead as it was, then asked for with another paragraph: its own reading is read.
			const changed = {
				...b!,
				paragraphs: [{ id: 'p-1', text: 'Chen Wenqing met Sergei Lavrov on Friday.' }],
			};
			const reader = earlyReader(2);
			reader.warm();
			reader.readAhead([a!, b!]);
			const asked = [c!, changed, a!];
			expect(await reader.read(asked)).toEqual(await readArticles(asked, { threads: 1 }));
			// All asked for were read ahead: they come back in the order asked.
			const ahead = earlyReader(2);
			ahead.warm();
			ahead.readAhead([a!, b!]);
			expect(await ahead.read([b!, a!])).toEqual(await readArticles([b!, a!], { threads: 1 }));
			// With one thread no worker starts: nothing is read ahead, and everything is read here.
			const single = earlyReader(1);
			single.warm();
			single.readAhead([a!]);
			const reports: ReadReport[] = [];
			expect(await single.read([a!], (r) => reports.push(r))).toEqual(
				await readArticles([a!], { threads: 1 }),
			);
			expect(reports).toEqual([{ onWorkers: 0, onThisThread: 1, fallback: null }]);
		},
	);
});
