import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listFiles } from '../list-files.ts';

/** How two directory trees differ; every list is sorted, and all are empty when the trees are identical. */
export interface TreeDiff {
	/** Files only in the first tree. */
	onlyInA: string[];
	/** Files only in the second tree. */
	onlyInB: string[];
	/** Files in both whose bytes differ, each with where and how they first differ. */
	differ: Array<{ file: string; offset: number; a: string; b: string }>;
}

/**
 * Compares two directory trees file by file, byte by byte.
 *
 * @param a The first directory.
 * @param b The second directory.
 * @returns The differences; see `isIdentical`.
 */
export async function diffTrees(a: string, b: string): Promise<TreeDiff> {
	const [filesA, filesB] = await Promise.all([listFiles(a), listFiles(b)]);
	const inB = new Set(filesB);
	const inA = new Set(filesA);
	const differ: TreeDiff['differ'] = [];
	for (const file of filesA.filter((f) => inB.has(f))) {
		const [bytesA, bytesB] = await Promise.all([readFile(join(a, file)), readFile(join(b, file))]);
		const offset = firstDifference(bytesA, bytesB);
		if (offset !== -1) differ.push({ file, offset, a: excerpt(bytesA, offset), b: excerpt(bytesB, offset) });
	}
	return { onlyInA: filesA.filter((f) => !inB.has(f)), onlyInB: filesB.filter((f) => !inA.has(f)), differ };
}

/** Whether a diff found nothing. */
export function isIdentical(diff: TreeDiff): boolean {
	return diff.onlyInA.length === 0 && diff.onlyInB.length === 0 && diff.differ.length === 0;
}

/**
 * The index of the first byte at which two buffers differ (a length counts as a difference), or -1.
 *
 * @example firstDifference(Buffer.from('abc'), Buffer.from('abd')) // 2
 */
export function firstDifference(a: Uint8Array, b: Uint8Array): number {
	const length = Math.min(a.length, b.length);
	for (let i = 0; i < length; i++) if (a[i] !== b[i]) return i;
	return a.length === b.length ? -1 : length;
}

/** One line per difference, naming the file and showing a few bytes of each side. */
export function formatDiff(diff: TreeDiff, labels: [string, string] = ['a', 'b']): string[] {
	return [
		...diff.onlyInA.map((file) => `${file}: only in ${labels[0]}`),
		...diff.onlyInB.map((file) => `${file}: only in ${labels[1]}`),
		...diff.differ.map(
			({ file, offset, a, b }) =>
				`${file}: differs at byte ${offset}: ${labels[0]} ${JSON.stringify(a)}, ${labels[1]} ${JSON.stringify(b)}`,
		),
	];
}

/** Up to 40 bytes from just before `offset`, as text, for a human to recognise (10 before, 30 from it). */
function excerpt(bytes: Uint8Array, offset: number): string {
	return Buffer.from(bytes.subarray(Math.max(0, offset - 10), offset + 30)).toString('utf8');
}
