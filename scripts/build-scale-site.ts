/**
 * Builds the site from a generated corpus, for the browser tests that only a large corpus exercises
 * (playwright.scale.config.ts runs tests/e2e/scale.spec.ts on it). Stages, each into <work>:
 *
 * 1. corpus    scripts/generate-corpus.ts: --count articles, the seeds among them, into raw/ (emptied first)
 * 2. pipeline  scripts/build-data.ts from raw/ into generated/, its cache in cache/ (never the shared one)
 * 3. site      astro build with GENERATED_DIR=<work>/generated into dist/; content/generated and dist/
 *              of the project are not touched, so the seeds' build and its checks are left as they were
 *
 * Usage: tsx scripts/build-scale-site.ts --work DIR [--count 300]
 * Exits 1, naming the stage, when a stage fails (the stage's own output says why).
 */
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { delimiter, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: options } = parseArgs({
	options: { work: { type: 'string' }, count: { type: 'string', default: '300' } },
});
if (!options.work || !/^\d+$/.test(options.count)) {
	console.error('usage: tsx scripts/build-scale-site.ts --work DIR [--count 300]');
	process.exit(2);
}
const work = resolve(options.work);
const [raw, generated, cache, dist] = ['raw', 'generated', 'cache', 'dist'].map((name) => join(work, name));

const bin = resolve('node_modules', '.bin');
/** Runs a project tool with the project's Node first on PATH, its output shown as it comes; exits when it fails. */
function run(command: string, args: string[], env: Record<string, string> = {}): void {
	try {
		execFileSync(join(bin, command), args, {
			stdio: 'inherit',
			env: { ...process.env, PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}`, ...env },
		});
	} catch {
		// The tool has printed what went wrong; say which stage it was.
		console.error(`build-scale-site: ${command} ${args.join(' ')} failed`);
		process.exit(1);
	}
}

for (const stale of [raw!, generated!, dist!]) await rm(stale, { recursive: true, force: true });
const corpus = ['--count', options.count, '--with-seeds', 'content/raw', '--out', raw!];
run('tsx', ['scripts/generate-corpus.ts', ...corpus]);
run('node', ['scripts/build-data.ts', '--raw', raw!, '--out', generated!, '--cache', cache!]);
run('astro', ['build', '--outDir', dist!], { GENERATED_DIR: generated! });
