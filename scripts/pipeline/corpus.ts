import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { warning, type Diagnostic } from './diagnostics.ts';

/** One raw article as found on disk: its bytes and its sidecar's text. */
export interface RawArticle {
	/** The file's name, e.g. "003_d13c28472e234fa8.txt". */
	source: string;
	/** The file's path for messages, relative to the working directory. */
	path: string;
	bytes: Uint8Array;
	/** The sidecar's path for messages (the expected one when it is missing). */
	metadataPath: string;
	/** The sidecar's text, or null when there is none. */
	metadataText: string | null;
}

const METADATA_EXTENSIONS = ['.yaml', '.yml'];
const IGNORED = /^(?:\.|readme(?:\.md)?$)/i;

/**
 * Reads every `*.txt` article in `dir` with its sidecar (`name.yaml` or `name.yml`), in file-name
 * order. Stray files are reported as warnings, never silently skipped. The files are read one
 * after another, synchronously: thousands of small awaited reads spent most of their time waiting
 * for the event loop to come round again.
 */
export async function readCorpus(
	dir: string,
): Promise<{ articles: RawArticle[]; diagnostics: Diagnostic[] }> {
	const names = (await readdir(dir)).sort();
	const present = new Set(names);
	const diagnostics: Diagnostic[] = [];
	const articles: RawArticle[] = [];
	// Paths for messages, relative to the working directory: the directory's, then each name in it.
	const shown = relative(process.cwd(), dir);
	for (const name of names) {
		const path = join(shown, name);
		if (IGNORED.test(name)) continue;
		const stem = name.replace(/\.[^.]+$/, '');
		const extension = name.slice(stem.length).toLowerCase();
		if (extension === '.txt') {
			const sidecar = METADATA_EXTENSIONS.map((ext) => stem + ext).find((n) => present.has(n));
			articles.push({
				source: name,
				path,
				bytes: new Uint8Array(readFileSync(join(dir, name))),
				metadataPath: join(shown, sidecar ?? `${stem}.yaml`),
				metadataText: sidecar ? readFileSync(join(dir, sidecar), 'utf8') : null,
			});
		} else if (METADATA_EXTENSIONS.includes(extension)) {
			if (!present.has(`${stem}.txt`))
				diagnostics.push(warning(path, `is metadata for ${stem}.txt, which is not there`));
		} else {
			diagnostics.push(warning(path, 'is not an article (.txt) or its metadata (.yaml); ignored'));
		}
	}
	return { articles, diagnostics };
}
