/**
 * Unsigned integers as LEB128 varints: seven bits a byte, low bits first, the top bit set on every
 * byte but the last. Small numbers — the gaps between neighbouring document ids, a word's count in a
 * paragraph — take one byte, which is what keeps postings lists small.
 */

/** Append `value` (a whole number ≥ 0, below 2^53) to `out` as a varint. */
export function writeVarint(out: number[], value: number): void {
	let rest = value;
	while (rest >= 0x80) {
		out.push((rest % 0x80) | 0x80);
		rest = Math.floor(rest / 0x80);
	}
	out.push(rest);
}

/** Reads varints from a byte array, front to back. */
export class VarintReader {
	readonly bytes: Uint8Array;
	#at: number;
	readonly #end: number;

	// No parameter properties: astro.config.mjs loads this module through Node's own type stripping.
	constructor(bytes: Uint8Array, start = 0, end = bytes.length) {
		this.bytes = bytes;
		this.#at = start;
		this.#end = end;
	}

	/** True while there are bytes left to read. */
	get more(): boolean {
		return this.#at < this.#end;
	}

	/** Where the next read starts. */
	get at(): number {
		return this.#at;
	}

	/** The next varint; past the end, 0. */
	next(): number {
		let value = 0;
		let scale = 1;
		while (this.#at < this.#end) {
			const byte = this.bytes[this.#at++]!;
			value += (byte & 0x7f) * scale;
			if (byte < 0x80) break;
			scale *= 0x80;
		}
		return value;
	}

	/** Skip `count` bytes. */
	skip(count: number): void {
		this.#at = Math.min(this.#end, this.#at + count);
	}
}
