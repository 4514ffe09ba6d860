/**
 * Checks that the build is deterministic: the same input gives byte-identical output. Stages:
 *
 * 1. data   run the pipeline twice, into two temporary directories, and compare them
 * 2. site   run the pipeline into content/generated, then `astro build --force` twice, into two
 *           temporary directories (--force, so the second build cannot replay the first's cache),
 *           and compare them
 *
 * The second run of each stage is in another time zone (UTC−12, a different day from UTC for half
 * of every day) and locale, so a date formatted in local time or a locale-dependent sort shows up
 * as a difference, as a build timestamp, a random id or an unordered listing does.
 *
 * Usage: tsx scripts/check-determinism.ts [--keep]
 * Exits 1, listing every file that differs, when any does. --keep leaves the builds for inspection.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { delimiter, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { diffTrees, formatDiff, isIdentical } from './check-determinism/diff-trees.ts';

const { values: options } = parseArgs({ options: { keep: { type: 'boolean', default: false } } });

const ELSEWHERE = { TZ: 'Etc/GMT+12', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' };
const STAGES = [
	{
		name: 'data',
		build: (out: string, env = {}) => run('node', ['scripts/build-data.ts', '--out', out], env),
	},
	{
		name: 'site',
		build: (out: string, env = {}) => run('astro', ['build', '--force', '--silent', '--outDir', out], env),
	},
];

const dir = await mkdtemp(join(tmpdir(), 'check-determinism-'));
let failed = false;
try {
	const started = Date.now();
	for (const stage of STAGES) {
		if (stage.name === 'site') run('node', ['scripts/build-data.ts']);
		const [a, b] = [join(dir, `${stage.name}-a`), join(dir, `${stage.name}-b`)];
		stage.build(a);
		stage.build(b, ELSEWHERE);
		const diff = await diffTrees(a, b);
		if (isIdentical(diff)) continue;
		failed = true;
		console.error(`check-determinism: two ${stage.name} builds differ:`);
		for (const line of formatDiff(diff, ['first', 'second'])) console.error(`  ${line}`);
	}
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	if (!failed) console.log(`check-determinism: two builds are byte-identical (${seconds} s).`);
} finally {
	if (options.keep || failed) console.error(`check-determinism: builds kept in ${dir}`);
	else await rm(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

/** Runs a project tool quietly, with the project's Node first on PATH; if it fails, prints what it said. */
function run(command: string, args: string[], env: Record<string, string> = {}): void {
	const bin = resolve('node_modules', '.bin');
	try {
		execFileSync(join(bin, command), args, {
			stdio: ['ignore', 'pipe', 'pipe'],
			env: { ...process.env, PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}`, ...env },
		});
	} catch (error) {
		const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
		console.error(`${command} ${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`);
		throw error;
	}
}
