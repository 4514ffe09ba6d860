import type { DuplicateScan } from '../dedupe.ts';

/**
 * A `DuplicateScan` as bytes, for the cache: its shingle hashes are most of it (about 500 a
 * document), and read back as one block of float64s they cost nothing to parse. Layout: the
 * header's length (uint32, little-endian), the header as JSON (fingerprints, how many hashes
 * each has, the pairs), zero bytes up to a multiple of 8, then every document's hashes in turn, in this machine's byte
 * order (a cache is not shared between machines).
 */
export function encodeDuplicateScan(scan: DuplicateScan): Buffer {
	const header = Buffer.from(
		JSON.stringify({
			fingerprints: scan.documents.map((d) => d.fingerprint),
			lengths: scan.documents.map((d) => d.hashes.length),
			pairs: scan.pairs,
		}),
	);
	const start = align(4 + header.length);
	const total = scan.documents.reduce((sum, d) => sum + d.hashes.length, 0);
	const bytes = Buffer.alloc(start + total * 8);
	bytes.writeUInt32LE(header.length, 0);
	header.copy(bytes, 4);
	const hashes = new Float64Array(bytes.buffer, bytes.byteOffset + start, total);
	let offset = 0;
	for (const d of scan.documents) {
		hashes.set(d.hashes, offset);
		offset += d.hashes.length;
	}
	return bytes;
}

/** The scan `encodeDuplicateScan` wrote, or null when `bytes` are not one (cut short, or another layout). */
export function decodeDuplicateScan(bytes: Uint8Array): DuplicateScan | null {
	try {
		const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
		const headerLength = view.readUInt32LE(0);
		const header: unknown = JSON.parse(view.toString('utf8', 4, 4 + headerLength));
		if (!isHeader(header)) return null;
		const start = align(4 + headerLength);
		const total = header.lengths.reduce((sum, n) => sum + n, 0);
		if (view.length !== start + total * 8) return null;
		// A Float64Array needs its start on a multiple of 8 in memory; a copy is, wherever the bytes were.
		const block =
			(view.byteOffset + start) % 8 === 0
				? new Float64Array(view.buffer, view.byteOffset + start, total)
				: new Float64Array(view.buffer.slice(view.byteOffset + start, view.byteOffset + view.length));
		let offset = 0;
		const documents = header.fingerprints.map((fingerprint, i) => {
			const hashes = block.subarray(offset, offset + header.lengths[i]!);
			offset += header.lengths[i]!;
			return { fingerprint, hashes };
		});
		return { documents, pairs: header.pairs };
	} catch {
		return null;
	}
}

const align = (n: number) => Math.ceil(n / 8) * 8;

function isHeader(value: unknown): value is {
	fingerprints: string[];
	lengths: number[];
	pairs: DuplicateScan['pairs'];
} {
	if (typeof value !== 'object' || value === null) return false;
	const { fingerprints, lengths, pairs } = value as Record<string, unknown>;
	return (
		Array.isArray(fingerprints) &&
		fingerprints.every((f) => typeof f === 'string') &&
		Array.isArray(lengths) &&
		lengths.length === fingerprints.length &&
		lengths.every((n) => Number.isInteger(n) && n >= 0) &&
		Array.isArray(pairs) &&
		pairs.every(
			(p: unknown) =>
				typeof p === 'object' &&
				p !== null &&
				typeof (p as Record<string, unknown>)['a'] === 'string' &&
				typeof (p as Record<string, unknown>)['b'] === 'string' &&
				typeof (p as Record<string, unknown>)['containment'] === 'number' &&
				typeof (p as Record<string, unknown>)['jaccard'] === 'number',
		)
	);
}
