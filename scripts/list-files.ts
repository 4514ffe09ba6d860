import { readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';

/** Every file under `dir`, as sorted paths relative to it with "/" separators. */
export async function listFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) =>
			join(entry.parentPath, entry.name)
				.slice(dir.length + 1)
				.split(sep)
				.join('/'),
		)
		.sort();
}
