import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listFiles } from '../list-files.ts';
import type { Site } from './check.ts';
import { readPage } from './page.ts';

/**
 * Reads a built site from disk: every file's path, and every .html page parsed.
 *
 * @param dir The build's output directory, e.g. `dist`.
 */
export async function readSite(dir: string): Promise<Site> {
	const files = await listFiles(dir);
	const pages = new Map(
		await Promise.all(
			files
				.filter((file) => file.endsWith('.html'))
				.map(async (file) => [file, readPage(await readFile(join(dir, file), 'utf8'))] as const),
		),
	);
	return { files: new Set(files), pages };
}

/**
 * Reads the data files whose records cite sources, for `checkCitations`.
 *
 * @returns Each file's path relative to `dir`, with its parsed JSON.
 */
export async function readData(
	dir: string,
	names: readonly string[] = ['meetings', 'events', 'figures', 'officials'],
): Promise<Array<{ file: string; records: unknown }>> {
	return Promise.all(
		names.map(async (name) => {
			const file = `data/${name}.json`;
			return { file, records: JSON.parse(await readFile(join(dir, file), 'utf8')) as unknown };
		}),
	);
}
