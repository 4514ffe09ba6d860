import { createHash } from 'node:crypto';

/**
 * The sha256 (hex) of several parts taken together. Each part is preceded by its length and
 * kind, so ["ab", "c"] and ["a", "bc"] differ, and so do null and "".
 *
 * @example contentHash(['003.txt', bytes, 'published: 2024-04-24\n']) // → '9f2c…' (64 hex digits)
 */
export function contentHash(parts: readonly (string | Uint8Array | null)[]): string {
	const hash = createHash('sha256');
	for (const part of parts) {
		if (part === null) hash.update('n:0;');
		else if (typeof part === 'string')
			hash.update(`s:${Buffer.byteLength(part, 'utf8')};`).update(part, 'utf8');
		else hash.update(`b:${part.length};`).update(part);
	}
	return hash.digest('hex');
}
