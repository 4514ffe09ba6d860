import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Every size here that says "gzip" is gzip at this level (the highest), file by file. */
export const gzipLevel = 9;

/** The size in bytes of `bytes` gzipped at {@link gzipLevel}. */
export function gzipBytes(bytes: Uint8Array): number {
	return gzipSync(bytes, { level: gzipLevel }).length;
}

/** Every file under `dir`, recursively, as paths that start with `dir`. */
export async function listFilesUnder(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** The number of files under `dir` and their total size in bytes. */
export async function treeSize(dir: string): Promise<{ files: number; bytes: number }> {
	const files = await listFilesUnder(dir);
	let bytes = 0;
	for (const file of files) bytes += (await stat(file)).size;
	return { files: files.length, bytes };
}

/**
 * The search index in a built site: every file under dist/search-index/ when that directory
 * exists (the sharded index), otherwise the one file dist/search-index.json. Sizes are raw and
 * the sum of each file's own gzip size, as a browser fetching them one by one would receive them.
 */
export async function searchIndexSize(
	dist: string,
): Promise<{ path: string; files: number; bytes: number; gzipBytes: number }> {
	const dir = join(dist, 'search-index');
	const isDir = await stat(dir).then(
		(s) => s.isDirectory(),
		() => false,
	);
	const path = isDir ? 'search-index/' : 'search-index.json';
	const files = isDir ? await listFilesUnder(dir) : [join(dist, path)];
	let bytes = 0;
	let gzipped = 0;
	for (const file of files) {
		const content = await readFile(file);
		bytes += content.length;
		gzipped += gzipBytes(content);
	}
	return { path, files: files.length, bytes, gzipBytes: gzipped };
}
