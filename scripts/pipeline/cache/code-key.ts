import { readdirSync, readFileSync, statSync } from 'node:fs';
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
export function pipelineCodeKey(
	root: string,
	sources: readonly string[] = PIPELINE_SOURCES,
	libraries: readonly string[] = PIPELINE_LIBRARIES,
): string {
	// Read synchronously: a hundred small awaited reads mostly wait for the event loop.
	const files = sources.flatMap((s) => listFiles(join(root, s))).sort();
	const parts: (string | Uint8Array)[] = [`node ${process.version}`];
	for (const file of files) parts.push(relative(root, file), readFileSync(file));
	for (const library of libraries) parts.push(`${library}@${libraryVersion(root, library)}`);
	return contentHash(parts);
}

/** Every file at or under `path`; none when it is missing. */
function listFiles(path: string): string[] {
	const info = statSync(path, { throwIfNoEntry: false });
	if (info === undefined) return [];
	if (!info.isDirectory()) return [path];
	return readdirSync(path).flatMap((name) => listFiles(join(path, name)));
}

/** The installed version, from the package's own package.json (not every package exports it). */
function libraryVersion(root: string, library: string): string {
	try {
		const text = readFileSync(join(root, 'node_modules', library, 'package.json'), 'utf8');
		return (JSON.parse(text) as { version?: string }).version ?? 'missing';
	} catch {
		return 'missing';
	}
}
