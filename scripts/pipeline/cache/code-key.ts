import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { contentHash } from './content-hash.ts';

/** What the pipeline's output depends on besides its input: its own code and its libraries. */
export const PIPELINE_SOURCES = ['scripts/build-data.ts', 'scripts/pipeline', 'src/schemas'];
export const PIPELINE_LIBRARIES = ['compromise', 'chrono-node', 'yaml', 'zod'];

/**
 * A key that changes whenever the pipeline's code might give a different result: the hash of
 * every file under `sources` (paths relative to `root`, in sorted order, with their contents),
 * the installed version of each of `libraries`, and the Node.js version (its regular
 * expressions and Unicode tables are the pipeline's too).
 */
export async function pipelineCodeKey(
	root: string,
	sources: readonly string[] = PIPELINE_SOURCES,
	libraries: readonly string[] = PIPELINE_LIBRARIES,
): Promise<string> {
	const files = (await Promise.all(sources.map((s) => listFiles(join(root, s))))).flat().sort();
	const parts: (string | Uint8Array)[] = [`node ${process.version}`];
	for (const file of files) parts.push(relative(root, file), await readFile(file));
	for (const library of libraries) parts.push(`${library}@${await libraryVersion(root, library)}`);
	return contentHash(parts);
}

async function listFiles(path: string): Promise<string[]> {
	const entries = await readdir(path, { withFileTypes: true }).catch(() => null);
	if (entries === null) return [path];
	const nested = await Promise.all(
		entries.map((e) => (e.isDirectory() ? listFiles(join(path, e.name)) : [join(path, e.name)])),
	);
	return nested.flat();
}

/** The installed version, from the package's own package.json (not every package exports it). */
async function libraryVersion(root: string, library: string): Promise<string> {
	const text = await readFile(join(root, 'node_modules', library, 'package.json'), 'utf8').catch(() => '{}');
	return (JSON.parse(text) as { version?: string }).version ?? 'missing';
}
