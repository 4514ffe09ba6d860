import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach } from 'vitest';
import { dataCommand } from '../../../scripts/build-data-defaults.js';

const run = promisify(execFile);
export const root = new URL('../../../', import.meta.url).pathname;
const seeds = join(root, 'content/raw');
const workdirs: string[] = [];
afterEach(() => workdirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

export interface Corpus {
	raw: string;
	out: string;
}

/** A corpus directory holding the seeds plus `extra` files (name → content); removed after each test. */
export function corpus(extra: Record<string, string | Uint8Array> = {}): Corpus {
	const dir = mkdtempSync(join(tmpdir(), 'build-data-'));
	workdirs.push(dir);
	const raw = join(dir, 'raw');
	cpSync(seeds, raw, { recursive: true });
	for (const [name, content] of Object.entries(extra)) writeFileSync(join(raw, name), content);
	return { raw, out: join(dir, 'out') };
}

/**
 * Runs the real build-data script as `npm run data` does (through scripts/data.js, which turns on
 * Node's compile cache unless `--no-cache`); never throws, returns its exit code and output.
 * Without a cache unless `extraArgs` names one: the default cache is in node_modules/, which
 * clones may share.
 */
export async function buildData({ raw, out }: Corpus, extraArgs: readonly string[] = []) {
	const cache = extraArgs.some((arg) => arg === '--cache' || arg === '--no-cache') ? [] : ['--no-cache'];
	try {
		const args = dataCommand(['--raw', raw, '--out', out, ...cache, ...extraArgs]);
		const { stdout, stderr } = await run(process.execPath, args, { cwd: root });
		return { code: 0, stdout, stderr };
	} catch (error) {
		const failure = error as { code: number; stdout: string; stderr: string };
		return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
	}
}

/** One collection the script wrote. */
export function readCollection<T>({ out }: Corpus, name: string): T[] {
	return JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8'))[name] as T[];
}
