import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../../scripts/generate-corpus/index.ts';
import { buildData, readCollection, root } from '../pipeline/build-data-runner.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'generate-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function generate(args: string[]) {
	try {
		const { stdout, stderr } = await run(
			process.execPath,
			['--import', 'tsx', 'scripts/generate-corpus.ts', ...args],
			{ cwd: root },
		);
		return { code: 0, stdout, stderr };
	} catch (error) {
		const failure = error as { code: number; stdout: string; stderr: string };
		return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
	}
}

describe('generate-corpus.ts', () => {
	test.each([
		[['--out', 'x'], '--count is required'],
		[['--count', 'ten', '--out', 'x'], '--count must be a whole number'],
		[['--count', '5'], '--out is required'],
		[['--count', '5', '--seed', '1.5', '--out', 'x'], '--seed must be a whole number'],
		[['--count', '2', '--out', 'x', '--with-seeds', 'content/raw'], 'smaller than the 5 seed articles'],
		[['--count', '2', '--out', 'x', '--bogus'], 'Unknown option'],
	])('refuses %j with a clear message', async (args, message) => {
		const { code, stderr } = await generate(args.map((a) => (a === 'x' ? join(dir, 'never') : a)));
		expect(code).toBe(2);
		expect(stderr).toContain(message);
		expect(stderr).toContain('usage:');
	});

	test('writes a corpus the real build-data reads with no error, linking a near-duplicate and finding officials and meetings', async () => {
		// Enough articles to hold a near-duplicate capture, and at least 30.
		const firstCapture = generateCorpus(1, 200).findIndex((a) => a.duplicateOf !== null);
		expect(firstCapture).toBeGreaterThan(-1);
		const count = Math.max(30, firstCapture + 6);
		const raw = join(dir, 'raw');
		const generated = await generate([
			'--count',
			String(count),
			'--seed',
			'1',
			'--out',
			raw,
			'--with-seeds',
			'content/raw',
		]);
		expect(generated.code).toBe(0);
		const files = readdirSync(raw);
		expect(files.filter((f) => f.endsWith('.txt'))).toHaveLength(count);
		expect(files.filter((f) => f.endsWith('.yaml'))).toHaveLength(count);
		// The file's bytes are the generator's.
		const first = generateCorpus(1, 1)[0]!;
		expect(readFileSync(join(raw, `${first.name}.txt`), 'utf8')).toBe(first.text);

		const corpus = { raw, out: join(dir, 'out') };
		const result = await buildData(corpus);
		expect(result.stderr).not.toContain('error');
		expect(result.code).toBe(0);
		const articles = readCollection<{ source: string; duplicateOf: string | null }>(corpus, 'articles');
		expect(articles).toHaveLength(count);
		const capture = generateCorpus(1, count).find((a) => a.duplicateOf !== null)!;
		const linked = articles.find((a) => a.source === `${capture.name}.txt`)!;
		const original = articles.find((a) => a.source === `${capture.duplicateOf}.txt`)!;
		expect(linked.duplicateOf).not.toBeNull();
		expect(linked.duplicateOf).toBe((original as { id?: string }).id);
		const officials = readCollection<{ name: string }>(corpus, 'officials');
		expect(officials.length).toBeGreaterThan(count);
		const meetings = readCollection<{ participants: string[]; sources: { article: string }[] }>(
			corpus,
			'meetings',
		);
		expect(meetings.length).toBeGreaterThan(count / 3);
		expect(meetings.some((m) => new Set(m.sources.map((s) => s.article)).size > 1)).toBe(true);
	}, 300_000);
});
