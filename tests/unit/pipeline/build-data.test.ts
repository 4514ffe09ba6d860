import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import type { Article } from '../../../src/schemas/article.ts';
import { matchFurniture } from '../../../scripts/pipeline/furniture.ts';
import { buildData, corpus, root } from './build-data-runner.ts';

// Each test runs the real pipeline in a child process; on a loaded 2-core machine that can take seconds.
vi.setConfig({ testTimeout: 60_000 });

const readArticles = (out: string): Article[] =>
	JSON.parse(readFileSync(join(out, 'articles.json'), 'utf8')).articles;

const STORY =
	'Chen Wenqing met Russian Security Council Secretary Nikolai Patrushev in Moscow on Tuesday, officials said.';
const meta = (published = '2024-05-01') => `published: ${published}\noutlet: Test Outlet\n`;

describe('build-data on the seeds', () => {
	test('writes all five articles with every field, and links 001 to 003', async () => {
		const dirs = corpus();
		const result = await buildData(dirs);
		expect(result.code).toBe(0);
		const articles = readArticles(dirs.out);
		expect(articles.map((a) => a.source).sort()).toEqual([
			'000_c456d7ed90dc46d1.txt',
			'001_3a6bc24b50e4f73e.txt',
			'002_e8bc1a953be82026.txt',
			'003_d13c28472e234fa8.txt',
			'004_26156e77c6c60180.txt',
		]);
		const bySource = new Map(articles.map((a) => [a.source, a]));
		const short = bySource.get('001_3a6bc24b50e4f73e.txt')!;
		const full = bySource.get('003_d13c28472e234fa8.txt')!;
		expect(short.duplicateOf).toBe(full.id);
		expect(full.duplicates).toEqual([short.id]);
		expect(articles.filter((a) => a.duplicateOf !== null)).toHaveLength(1);
		expect(bySource.get('002_e8bc1a953be82026.txt')!.outlet).toBeNull();
		expect(result.stderr).toContain('002_e8bc1a953be82026.yaml: warning: names no outlet');
		for (const article of articles) {
			expect(article.url).toBe(`/articles/${article.id}/`);
			expect(article.paragraphs.map((p) => p.id)).toEqual(article.paragraphs.map((_, i) => `p-${i + 1}`));
		}
		expect(articles.map((a) => a.published)).toEqual([...articles.map((a) => a.published)].sort().reverse());
	});
});

describe('build-data on an article from an outlet it has never seen', () => {
	test('cleans it with no code change', async () => {
		const fixture = join(root, 'tests/fixtures/new-outlet');
		const dirs = corpus({
			'asia-review-chen-budapest.txt': readFileSync(join(fixture, 'asia-review-chen-budapest.txt')),
			'asia-review-chen-budapest.yaml': readFileSync(join(fixture, 'asia-review-chen-budapest.yaml')),
		});
		expect((await buildData(dirs)).code).toBe(0);
		const article = readArticles(dirs.out).find((a) => a.source === 'asia-review-chen-budapest.txt')!;
		expect(article).toMatchObject({
			id: '2025-05-21-chinas-chen-wenqing-heads-to-budapest-before-moscow-security',
			title: 'China’s Chen Wenqing heads to Budapest before Moscow security forum',
			outlet: 'Example Asia Review',
			standfirst: ['Top security official’s European stop underscores Beijing’s ties with Orban government'],
			captions: ['Chen Wenqing, right, is welcomed in Budapest on May 20. (Photo by Kyodo)'],
			duplicateOf: null,
		});
		expect(article.paragraphs).toHaveLength(6);
		expect(article.paragraphs[3]).toEqual({ id: 'p-4', text: 'Security ties', kind: 'heading' });
		expect(article.related.map((r) => r.title)).toEqual([
			'Beijing courts Central Europe as EU trade tensions rise',
			'Orban hosts Xi as China pours investment into Hungary',
			'EU ministers weigh response to Chinese police stations abroad',
		]);
		for (const p of article.paragraphs) expect(matchFurniture(p.text)).toBeNull();
	});
});

describe('build-data on an article about a meeting of two people it has never seen', () => {
	test('makes their official and meeting records with no code or curated-file change', async () => {
		const fixture = join(root, 'tests/fixtures/new-meeting');
		const curated = readFileSync(join(root, 'content/curated/officials.yaml'), 'utf8');
		expect(curated).not.toMatch(/Sultanbekov|Tsendsuren/);
		const dirs = corpus({
			'steppe-wire-border-talks.txt': readFileSync(join(fixture, 'steppe-wire-border-talks.txt')),
			'steppe-wire-border-talks.yaml': readFileSync(join(fixture, 'steppe-wire-border-talks.yaml')),
		});
		expect((await buildData(dirs)).code).toBe(0);
		const read = <T>(name: string): T[] =>
			JSON.parse(readFileSync(join(dirs.out, `${name}.json`), 'utf8'))[name];
		const officials = read<{
			id: string;
			country: string | null;
			roles: { title: string; former: boolean }[];
		}>('officials');
		expect(
			officials
				.filter((o) => /sultanbekov|tsendsuren/.test(o.id))
				.map((o) => [o.id, o.country, o.roles.map((r) => r.title)]),
		).toEqual([
			['aidar-sultanbekov', 'Kazakhstan', ['Security Council Secretary']],
			['batbayar-tsendsuren', 'Mongolia', ['National Security Council Secretary', 'deputy defence minister']],
		]);
		const meetings = read<{
			id: string;
			date: string;
			place: string | null;
			status: string;
			participants: string[];
		}>('meetings');
		expect(meetings.find((m) => m.participants.includes('aidar-sultanbekov'))).toMatchObject({
			id: '2025-03-03-aidar-sultanbekov-batbayar-tsendsuren',
			date: '2025-03-03',
			place: 'Astana',
			status: 'held',
			participants: ['aidar-sultanbekov', 'batbayar-tsendsuren'],
		});
	});
});

describe('build-data on bad input', () => {
	test.each([
		['an empty file', { 'empty.txt': '', 'empty.yaml': meta() }, 'content/raw/empty.txt: error: is empty'],
		[
			'a binary file',
			{ 'image.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x1a]), 'image.yaml': meta() },
			'image.txt: error: is binary',
		],
		[
			'an article with no sidecar metadata',
			{ 'nometa.txt': `Chen meets Patrushev\n${STORY}` },
			'nometa.yaml: error: is missing',
		],
		[
			'a date that does not exist',
			{ 'baddate.txt': `Chen meets Patrushev\n${STORY}`, 'baddate.yaml': meta('2024-13-45') },
			'baddate.yaml: error: field `published` is "2024-13-45"',
		],
		[
			'an article that is all furniture',
			{ 'furniture.txt': 'Advertisement\nRead More\nLeave a Reply\n17', 'furniture.yaml': meta() },
			'furniture.txt: error: has no story text',
		],
		[
			'a 5 MB article',
			{ 'huge.txt': `Chen meets Patrushev\n${`${STORY}\n`.repeat(48_000)}`, 'huge.yaml': meta() },
			'huge.txt: error: is 5.2 MB; one article may be at most 1 MB',
		],
		[
			'two different stories whose slugs collide',
			{
				'one.txt': `Morning briefing\n${STORY}`,
				'one.yaml': meta(),
				'two.txt':
					'Morning briefing\nLi Hui will meet Sergey Lavrov in Moscow on Friday to discuss a peace plan for Ukraine, diplomats said.',
				'two.yaml': meta(),
			},
			'content/raw/one.txt: error: its permalink slug "2024-05-01-morning-briefing" is also the slug of content/raw/two.txt',
		],
	])('fails on %s, naming the file and the problem, and writes nothing', async (_, files, message) => {
		const dirs = corpus(files);
		const result = await buildData(dirs);
		expect(result.code).toBe(1);
		expect(result.stderr.replaceAll(relative(root, dirs.raw), 'content/raw')).toContain(message);
		expect(result.stderr).toMatch(/articles have errors; nothing was written/);
		expect(result.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
		expect(existsSync(dirs.out)).toBe(false);
		// The seeds themselves are fine: only the bad files are named as errors.
		expect(result.stderr).not.toMatch(/00\d_[0-9a-f]+\.(txt|yaml): error/);
	});

	test('reports every problem in every file at once', async () => {
		const dirs = corpus({
			'empty.txt': '',
			'empty.yaml': meta(),
			'nohead.txt': STORY,
			'nohead.yaml': meta('2024-02-30'),
			'nometa.txt': `Chen meets Patrushev\n${STORY}`,
		});
		const result = await buildData(dirs);
		expect(result.code).toBe(1);
		const errors = result.stderr.split('\n').filter((line) => line.includes(': error: '));
		// nohead.txt's missing headline is derived, with a warning; its impossible date is an error.
		expect(errors).toHaveLength(3);
		expect(result.stderr).toContain('3 of 8 articles have errors');
	});

	test.each([
		[
			'a byte-order mark',
			{ 'bom.txt': `\uFEFFChen meets Patrushev\n${STORY}`, 'bom.yaml': meta() },
			'bom.txt: warning: starts with a byte-order mark',
		],
		[
			'an unknown outlet',
			{ 'anon.txt': `Chen meets Patrushev\n${STORY}`, 'anon.yaml': 'published: 2024-05-01\n' },
			'anon.yaml: warning: names no outlet',
		],
		[
			'Latin-1 text',
			{
				'latin.txt': new Uint8Array([
					...new TextEncoder().encode(`Chen meets Patrushev in Li`),
					0xe8,
					...new TextEncoder().encode(`ge\n${STORY}`),
				]),
				'latin.yaml': meta(),
			},
			'latin.txt: warning: is not valid UTF-8',
		],
		[
			'a file with no headline line',
			{ 'nohead.txt': `${STORY}\n${STORY.replace('Tuesday', 'Friday')}`, 'nohead.yaml': meta() },
			'nohead.txt: warning: has no headline line; the headline is derived from the first sentence of its story: "Chen Wenqing met Russian Security Council Secretary Nikolai Patrushev in Moscow on Tuesday"',
		],
	])('warns about %s and goes on', async (_, files, message) => {
		const dirs = corpus(files);
		const result = await buildData(dirs);
		expect(result.code).toBe(0);
		expect(result.stderr.replaceAll(relative(root, dirs.raw), 'content/raw')).toContain(message);
		expect(readArticles(dirs.out)).toHaveLength(6);
	});

	test('fails on a malformed curated file, naming it and the field', async () => {
		const dirs = corpus();
		const curatedDir = join(dirs.raw, '..', 'curated');
		cpSync(join(root, 'content/curated'), curatedDir, { recursive: true });
		writeFileSync(
			join(curatedDir, 'officials.yaml'),
			'officials:\n  - name: Sergei Shoigu\n    contry: Russia\n',
		);
		const result = await buildData(dirs, ['--curated', curatedDir]);
		expect(result).toMatchObject({ code: 1 });
		expect(result.stderr).toMatch(
			/curated\/officials\.yaml: error: has unknown field `contry` in `officials\.0`/,
		);
	});

	test('keeps markup in article text as text', async () => {
		const dirs = corpus({
			'markup.txt': `Chen meets <b>Patrushev</b>\n<script>alert("x")</script> ${STORY}`,
			'markup.yaml': meta(),
		});
		expect((await buildData(dirs)).code).toBe(0);
		const article = readArticles(dirs.out).find((a) => a.source === 'markup.txt')!;
		expect(article.title).toBe('Chen meets <b>Patrushev</b>');
		expect(article.paragraphs[0]!.text).toBe(`<script>alert(“x”)</script> ${STORY}`);
	});
});
