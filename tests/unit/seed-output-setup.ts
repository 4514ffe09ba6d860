import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The directory the real pipeline wrote the seeds' collections to for this run (`seedCollection`). */
		seedOutputDir: string;
	}
}

const root = new URL('../../', import.meta.url).pathname;

/**
 * Vitest's global setup: runs the real pipeline on the seeds once per run, into a directory of its own,
 * and provides that directory to the tests. Tests never read content/generated/, so they pass on a fresh
 * clone before any build, and always test what the pipeline writes today, not a stale `npm run data`.
 * Without a cache, so that the run neither depends on nor changes the shared one.
 *
 * @returns The teardown, which removes the directory.
 * @throws When the pipeline fails, with its output: every test reading its collections would fail anyway.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const out = await mkdtemp(join(tmpdir(), 'seed-output-'));
	const args = [
		'scripts/build-data.ts',
		'--no-cache',
		'--raw',
		'content/raw',
		'--curated',
		'content/curated',
	];
	try {
		await promisify(execFile)(process.execPath, [...args, '--out', out], { cwd: root });
	} catch (error) {
		await rm(out, { recursive: true, force: true });
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		throw new Error(`the pipeline failed on the seeds:\n${stdout}${stderr}`, { cause: error });
	}
	project.provide('seedOutputDir', out);
	return () => rm(out, { recursive: true, force: true });
}
