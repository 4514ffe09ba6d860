import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Kept results of earlier builds, one JSON file per content key. */
export interface EntryCache {
	/** The value kept under `key` when it passes `isValid`; undefined when absent, unreadable or invalid. */
	get<T>(key: string, isValid: (value: unknown) => value is T): T | undefined;
	/**
	 * Whether anything is kept under `key`, without reading it, so a build can start on what is
	 * not kept while it reads what is. Nothing kept counts as a miss; what is kept counts when got.
	 */
	has(key: string): boolean;
	/** Keeps `value` (plain JSON) under `key`; a cache that cannot be written is left as it is. */
	set(key: string, value: unknown): void;
	/** The bytes kept under `key` by `setBytes`; undefined when absent or unreadable. */
	getBytes(key: string): Buffer | undefined;
	/** Keeps `bytes` under `key`, for what is quicker read as bytes than as JSON. */
	setBytes(key: string, bytes: Uint8Array): void;
	/** Removes what this run did not use: other code keys' entries, and this one's when they outnumber the used ones. */
	prune(): void;
	/** "cache: 999 hits, 1 miss" */
	summary(): string;
}

/**
 * Opens (and creates) the cache in `dir` for pipeline code `codeKey`: entries live in
 * `dir/<codeKey>/<key>.json` (or `.bin`), so changing the code starts an empty directory and the next prune
 * removes the old one. A corrupt, unreadable or mismatched entry counts as a miss and is rewritten.
 */
export function openEntryCache(dir: string, codeKey: string): EntryCache {
	const codeDir = join(dir, codeKey.slice(0, 32));
	const used = new Set<string>();
	let hits = 0;
	let misses = 0;
	let writable = true;
	const fileOf = (key: string, extension = '.json') => join(codeDir, `${key}${extension}`);
	const write = (file: string, data: string | Uint8Array) => {
		if (!writable) return;
		try {
			mkdirSync(codeDir, { recursive: true });
			// Written whole, then renamed: a build that stops half-way leaves no half entry.
			const temporary = `${file}.${process.pid}.tmp`;
			writeFileSync(temporary, data);
			renameSync(temporary, file);
		} catch {
			writable = false;
		}
	};
	return {
		get<T>(key: string, isValid: (value: unknown) => value is T): T | undefined {
			used.add(key);
			const value = readEntry(fileOf(key), key);
			if (value !== undefined && isValid(value)) {
				hits++;
				return value;
			}
			misses++;
			return undefined;
		},
		has(key: string) {
			used.add(key);
			const kept = existsSync(fileOf(key));
			if (!kept) misses++;
			return kept;
		},
		set(key: string, value: unknown) {
			used.add(key);
			write(fileOf(key), JSON.stringify({ key, value }));
		},
		getBytes(key: string) {
			used.add(key);
			try {
				return readFileSync(fileOf(key, '.bin'));
			} catch {
				return undefined;
			}
		},
		setBytes(key: string, bytes: Uint8Array) {
			used.add(key);
			write(fileOf(key, '.bin'), bytes);
		},
		prune() {
			try {
				// Only directories named like a code key: `--cache` may point somewhere shared.
				for (const name of readdirSync(dir))
					if (CODE_DIR.test(name) && join(dir, name) !== codeDir)
						rmSync(join(dir, name), { recursive: true, force: true });
				const unused = readdirSync(codeDir).filter((name) => !used.has(name.replace(/\.(json|bin)$/, '')));
				if (unused.length > used.size)
					for (const name of unused) rmSync(join(codeDir, name), { force: true });
			} catch {
				// Nothing to prune, or not ours to prune: the next build tries again.
			}
		},
		summary: () => `cache: ${hits} hit${hits === 1 ? '' : 's'}, ${misses} miss${misses === 1 ? '' : 'es'}`,
	};
}

const CODE_DIR = /^[0-9a-f]{32}$/;

/** A cache that keeps nothing (`--no-cache`). */
export const noEntryCache: EntryCache = {
	get: () => undefined,
	has: () => false,
	set: () => {},
	getBytes: () => undefined,
	setBytes: () => {},
	prune: () => {},
	summary: () => 'cache: off',
};

function readEntry(file: string, key: string): unknown {
	try {
		const entry = JSON.parse(readFileSync(file, 'utf8')) as { key?: unknown; value?: unknown } | null;
		return entry !== null && typeof entry === 'object' && entry.key === key ? entry.value : undefined;
	} catch {
		return undefined;
	}
}
