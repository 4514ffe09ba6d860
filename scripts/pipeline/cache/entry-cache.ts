import {
	appendFileSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

/** Kept results of earlier builds, one JSON value per content key. */
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
	/** Removes what this run did not use: other code keys' entries, and this one's when they are many (see `openEntryCache`). */
	prune(): void;
	/** "cache: 999 hits, 1 miss" */
	summary(): string;
}

/**
 * Opens (and creates) the cache in `dir` for pipeline code `codeKey`, in `dir/<codeKey>/`, so
 * changing the code starts an empty directory and the next prune removes the old one.
 *
 * JSON entries are lines of one file, `entries.jsonl`, each `{"key":…,"value":…}`: a build reads
 * it whole at once, thousands of small files costing as much to open as to parse, and appends what
 * it keeps; a later line for a key replaces an earlier one. The file stays bytes: only each line's
 * key is decoded when it is opened, and a line's value when it is asked for. The lines are ASCII,
 * every other character escaped (`\u201c`), which decodes quickest. Bytes live in `<key>.bin` files.
 * A corrupt, unreadable or mismatched entry (a line cut short by a build that stopped, say)
 * counts as a miss and is written again.
 */
export function openEntryCache(dir: string, codeKey: string): EntryCache {
	const codeDir = join(dir, codeKey.slice(0, 32));
	const pack = join(codeDir, PACK);
	const used = new Set<string>();
	let hits = 0;
	let misses = 0;
	let writable = true;
	const { lines, count, endsWithLine } = readPack(pack);
	let linesInPack = count;
	let startLine = !endsWithLine;
	const binOf = (key: string) => join(codeDir, `${key}.bin`);
	const whole = (file: string, data: string | Uint8Array) => {
		if (!writable) return;
		try {
			mkdirSync(codeDir, { recursive: true });
			// Written whole, then renamed: a build that stops half-way leaves no half file.
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
			const value = parseLine(lines.get(key), key);
			if (value !== undefined && isValid(value)) {
				hits++;
				return value;
			}
			misses++;
			return undefined;
		},
		has(key: string) {
			used.add(key);
			const kept = lines.has(key);
			if (!kept) misses++;
			return kept;
		},
		set(key: string, value: unknown) {
			used.add(key);
			if (!writable) return;
			const line = asciiJson({ key, value });
			try {
				mkdirSync(codeDir, { recursive: true });
				appendFileSync(pack, `${startLine ? '\n' : ''}${line}\n`);
				lines.set(key, line);
				startLine = false;
				linesInPack++;
			} catch {
				writable = false;
			}
		},
		getBytes(key: string) {
			used.add(key);
			try {
				return readFileSync(binOf(key));
			} catch {
				return undefined;
			}
		},
		setBytes(key: string, bytes: Uint8Array) {
			used.add(key);
			whole(binOf(key), bytes);
		},
		prune() {
			try {
				// Only directories named like a code key: `--cache` may point somewhere shared.
				for (const name of readdirSync(dir))
					if (CODE_DIR.test(name) && join(dir, name) !== codeDir)
						rmSync(join(dir, name), { recursive: true, force: true });
				const kept = [...used].filter((key) => lines.has(key));
				// Lines of entries not used, and lines since replaced, a quarter as many as the used
				// ones or more: the pack is rewritten with the used ones, so builds read no more than
				// they need.
				if (linesInPack - kept.length >= Math.max(1, kept.length / 4)) {
					whole(pack, Buffer.concat(kept.flatMap((key) => [bytesOf(lines.get(key)!), NEWLINE])));
					linesInPack = kept.length;
				}
				const unused = readdirSync(codeDir).filter(
					(name) => name.endsWith('.bin') && !used.has(name.slice(0, -'.bin'.length)),
				);
				for (const name of unused) rmSync(join(codeDir, name), { force: true });
			} catch {
				// Nothing to prune, or not ours to prune: the next build tries again.
			}
		},
		summary: () => `cache: ${hits} hit${hits === 1 ? '' : 's'}, ${misses} miss${misses === 1 ? '' : 'es'}`,
	};
}

const CODE_DIR = /^[0-9a-f]{32}$/;
const PACK = 'entries.jsonl';
const LINE_START = '{"key":';

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

/** A line of the pack: as read (bytes) or as written by this build (text). */
type PackLine = Buffer | string;

/**
 * The pack's lines by key, the last for each key; how many lines it holds; and whether it ends
 * with a whole line (a build that stopped may have left half of one). Only each line's key is
 * read here: its value is parsed when it is asked for.
 */
function readPack(pack: string): { lines: Map<string, PackLine>; count: number; endsWithLine: boolean } {
	const lines = new Map<string, PackLine>();
	let bytes: Buffer;
	try {
		bytes = readFileSync(pack);
	} catch {
		return { lines, count: 0, endsWithLine: true };
	}
	let count = 0;
	for (let start = 0; start < bytes.length;) {
		const newline = bytes.indexOf(NEWLINE_BYTE, start);
		const end = newline === -1 ? bytes.length : newline;
		if (end > start) {
			count++;
			const key = lineKey(bytes, start, end);
			if (key !== undefined) lines.set(key, bytes.subarray(start, end));
		}
		start = end + 1;
	}
	return { lines, count, endsWithLine: bytes.length === 0 || bytes[bytes.length - 1] === NEWLINE_BYTE };
}

const NEWLINE_BYTE = 0x0a;
const NEWLINE = Buffer.from('\n');
const bytesOf = (line: PackLine) => (typeof line === 'string' ? Buffer.from(line) : line);

/** `JSON.stringify(value)` with every character outside ASCII escaped, as JSON allows. */
export function asciiJson(value: unknown): string {
	return JSON.stringify(value).replace(
		NOT_ASCII,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
}

const NOT_ASCII = /[^\x00-\x7f]/g;

/** The key of the pack line in `bytes` from `start` to `end`, as `set` writes it, or undefined for a line of any other shape. */
function lineKey(bytes: Buffer, start: number, end: number): string | undefined {
	if (
		end - start < LINE_START.length ||
		bytes.toString('latin1', start, start + LINE_START.length) !== LINE_START
	)
		return undefined;
	const close = bytes.subarray(start, end).indexOf(KEY_END, LINE_START.length);
	if (close === -1) return undefined;
	try {
		const key: unknown = JSON.parse(bytes.toString('utf8', start + LINE_START.length, start + close + 1));
		return typeof key === 'string' ? key : undefined;
	} catch {
		return undefined;
	}
}

const KEY_END = '","value":';

function parseLine(line: PackLine | undefined, key: string): unknown {
	if (line === undefined) return undefined;
	try {
		const text = typeof line === 'string' ? line : line.toString('utf8');
		const entry = JSON.parse(text) as { key?: unknown; value?: unknown } | null;
		return entry !== null && typeof entry === 'object' && entry.key === key ? entry.value : undefined;
	} catch {
		return undefined;
	}
}
