import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import type { Article } from '../../../src/schemas/article.ts';
import type { Meeting } from '../../../src/schemas/meeting.ts';
import type { Official } from '../../../src/schemas/official.ts';
import { buildData, corpus, readCollection, root } from './build-data-runner.ts';

vi.setConfig({ testTimeout: 60_000 });

const fixtures = join(root, 'tests/fixtures/hostile');
/** The seeds plus the named hostile fixture(s), each with its sidecar. */
const withFixtures = (...names: string[]) =>
	corpus(
		Object.fromEntries(
			names.flatMap((n) => [`${n}.txt`, `${n}.yaml`].map((f) => [f, readFileSync(join(fixtures, f))])),
		),
	);
const SEEDS = 5;

describe('hostile and broken articles', () => {
	test('keeps HTML, <script>, javascript: and data: links in the text as inert text', async () => {
		const dirs = withFixtures('markup');
		expect((await buildData(dirs)).code).toBe(0);
		const article = readCollection<Article>(dirs, 'articles').find((a) => a.source === 'markup.txt')!;
		expect(article.title).toBe('Security chief <b>visits</b> Moscow <img src=x onerror=alert(1)>');
		const text = article.paragraphs.map((p) => p.text).join('\n');
		expect(text).toContain('<script>alert(“x”)</script>');
		expect(text).toContain('javascript:alert(2)”>Click</a>');
		expect(text).toContain('data:text/html,<script>alert(3)</script>');
		expect(readCollection<Article>(dirs, 'articles')).toHaveLength(SEEDS + 1);
	});

	test('takes a 20,000-character line as one paragraph', async () => {
		const dirs = withFixtures('long-line');
		expect((await buildData(dirs)).code).toBe(0);
		const article = readCollection<Article>(dirs, 'articles').find((a) => a.source === 'long-line.txt')!;
		expect(article.paragraphs).toHaveLength(1);
		expect(article.paragraphs[0]!.text.length).toBeGreaterThan(20_000);
	});

	test('removes zero-width and right-to-left control characters, a byte-order mark and Windows line endings', async () => {
		const dirs = withFixtures('invisible');
		const result = await buildData(dirs);
		expect(result.code).toBe(0);
		expect(result.stderr).toContain('invisible.txt: warning: starts with a byte-order mark');
		const article = readCollection<Article>(dirs, 'articles').find((a) => a.source === 'invisible.txt')!;
		expect(article.paragraphs[0]!.text).toBe(
			'Chen Wenqing met Russian Security Council Secretary Nikolai Patrushev in Moscow on Tuesday, officials said in a statement.',
		);
		expect(JSON.stringify(article)).not.toMatch(/[\u200b\u202e\u2066\u2067\u2069\ufeff\r]/);
	});

	test('links the same article under two names as one story, counted once', async () => {
		const dirs = withFixtures('twice-a', 'twice-b');
		expect((await buildData(dirs)).code).toBe(0);
		const [a, b] = ['twice-a.txt', 'twice-b.txt'].map((s) =>
			readCollection<Article>(dirs, 'articles').find((x) => x.source === s)!,
		);
		expect(b!.duplicateOf).toBe(a!.id);
		expect(a!.duplicates).toEqual([b!.id]);
		const meetings = readCollection<Meeting>(dirs, 'meetings').filter((m) =>
			m.sources.some((s) => s.article === a!.id || s.article === b!.id),
		);
		expect(meetings).toHaveLength(1);
		expect(meetings[0]!.sources.map((s) => s.article)).toEqual([a!.id]);
	});

	test.each([
		[
			'metadata that contradicts itself (the date given twice)',
			'contradictory',
			'contradictory.yaml: error: is not valid YAML: Map keys must be unique',
		],
		[
			'a data: address',
			'bad-url',
			'bad-url.yaml: error: field `url` is "data:text/html,<script>alert(1)</script>"',
		],
	])('rejects %s, naming the file, and loses nothing else', async (_, name, message) => {
		const dirs = withFixtures(name);
		const result = await buildData(dirs);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(message);
		expect(result.stderr).toContain('1 of 6 articles have errors');
	});

	test('reads a person whose name is also a common word, and not the word', async () => {
		const dirs = withFixtures('common-word-name');
		expect((await buildData(dirs)).code).toBe(0);
		const officials = readCollection<Official>(dirs, 'officials');
		expect(officials.filter((o) => /may/i.test(o.name)).map((o) => [o.id, o.country])).toEqual([
			['theresa-may', 'United Kingdom'],
		]);
		const meeting = readCollection<Meeting>(dirs, 'meetings').find((m) =>
			m.participants.includes('theresa-may'),
		);
		expect(meeting).toMatchObject({
			participants: ['theresa-may', 'xi-jinping'],
			place: 'Beijing',
			date: '2024-04-29',
		});
	});
});
