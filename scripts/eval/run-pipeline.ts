import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import type { Collections } from './output.ts';
import { dataCommand } from '../build-data-defaults.js';

const run = promisify(execFile);
const COLLECTIONS = ['articles', 'officials', 'meetings', 'events', 'figures'] as const;

/**
 * Runs the real pipeline, as `npm run data` does, on the raw articles of every directory in
 * `sources` (each `.txt` with its `.yaml`) copied into `work`/raw, keeping its cache in `cache`.
 * An article the build rejects is taken out and the build run again, so that one bad article
 * costs only its own scores: `rejected` names each such file with the build's reason.
 */
export async function runPipeline(
	sources: readonly string[],
	work: string,
	cache: string,
): Promise<{ collections: Collections; rejected: Map<string, string> }> {
	const raw = join(work, 'raw');
	const out = join(work, 'generated');
	await rm(work, { recursive: true, force: true });
	await mkdir(raw, { recursive: true });
	for (const dir of sources)
		for (const name of await readdir(dir))
			if (/\.(?:txt|yaml)$/.test(name) && !name.endsWith('.gold.yaml'))
				await cp(join(dir, name), join(raw, name));

	const rejected = new Map<string, string>();
	for (;;) {
		const result = await run(process.execPath, dataCommand(['--raw', raw, '--out', out, '--cache', cache]), {
			maxBuffer: 64 * 1024 * 1024,
		}).then(
			() => null,
			(failure: { stderr?: string }) => failure.stderr ?? String(failure),
		);
		if (result === null) break;
		const errors = [...result.matchAll(/^(.+?)\.(?:txt|yaml): error: (.*)$/gm)];
		const stems = new Set(errors.map((e) => basename(e[1]!)));
		if (stems.size === 0 || [...stems].every((stem) => rejected.has(`${stem}.txt`)))
			throw new Error(`the pipeline failed on the dev corpus:\n${result}`);
		for (const [, path, message] of errors) {
			const stem = basename(path!);
			if (!rejected.has(`${stem}.txt`)) rejected.set(`${stem}.txt`, message!);
			await rm(join(raw, `${stem}.txt`), { force: true });
			await rm(join(raw, `${stem}.yaml`), { force: true });
		}
	}
	const read = async (name: string) =>
		(JSON.parse(await readFile(join(out, `${name}.json`), 'utf8')) as Record<string, unknown>)[name];
	const collections = Object.fromEntries(
		await Promise.all(COLLECTIONS.map(async (name) => [name, await read(name)])),
	) as Collections;
	return { collections, rejected };
}
