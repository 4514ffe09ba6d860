import { describe, expect, test } from 'vitest';
import {
	encodeBundle,
	encodeDocumentSet,
	encodePostings,
	encodePostingsFile,
	readBundle,
	readDocumentSet,
	readPostings,
	readPostingsFile,
	withTopDocuments,
	type Posting,
} from '../../../src/lib/search/index-format.ts';
import { VarintReader, writeVarint } from '../../../src/lib/search/varint.ts';

const decoded = (bytes: number[] | Uint8Array) => {
	const postings: Posting[] = [];
	readPostings(new VarintReader(Uint8Array.from(bytes)), (doc, inTitle, inText) =>
		postings.push({ doc, inTitle, inText }),
	);
	return postings;
};

describe('varints', () => {
	test.each([0, 1, 127, 128, 300, 16_383, 16_384, 2 ** 31, 2 ** 40 + 7])('reads back %d', (value) => {
		const out: number[] = [];
		writeVarint(out, value);
		writeVarint(out, 5);
		const reader = new VarintReader(Uint8Array.from(out));
		expect([reader.next(), reader.next(), reader.more]).toEqual([value, 5, false]);
	});

	test('takes one byte below 128', () => {
		const out: number[] = [];
		writeVarint(out, 127);
		expect(out).toEqual([127]);
	});
});

describe('encodePostings', () => {
	test('reads back documents and counts', () => {
		const postings = [
			{ doc: 0, inTitle: 1, inText: 0 },
			{ doc: 3, inTitle: 0, inText: 1 },
			{ doc: 4, inTitle: 0, inText: 7 },
			{ doc: 90_000, inTitle: 2, inText: 300 },
		];
		expect(decoded(encodePostings(postings))).toEqual(postings);
	});

	test('spends one byte on a neighbouring document that uses the term once in its text', () => {
		const postings = Array.from({ length: 50 }, (_, doc) => ({ doc: doc * 3, inTitle: 0, inText: 1 }));
		expect(encodePostings(postings)).toHaveLength(50);
	});
});

describe('postings files', () => {
	test('split back into each term’s list', () => {
		const lists = [
			encodePostings([{ doc: 2, inTitle: 0, inText: 1 }]),
			[],
			Array.from({ length: 200 }, () => 0),
		];
		expect(readPostingsFile(encodePostingsFile(lists)).lists.map((list) => [...list])).toEqual(lists);
	});
});

describe('document sets', () => {
	test('read back as membership, runs of neighbours taking two numbers', () => {
		const ids = [0, 1, 2, 3, 10, 11, 40];
		const encoded = encodeDocumentSet(ids);
		expect(encoded).toEqual([0, 4, 6, 2, 28, 1]);
		expect([...readDocumentSet(Uint8Array.from(encoded), 42)].flatMap((m, id) => (m ? [id] : []))).toEqual(
			ids,
		);
	});

	test('ignore ids past the documents', () => {
		expect([...readDocumentSet(Uint8Array.from(encodeDocumentSet([1, 5])), 3)]).toEqual([0, 1, 0]);
	});
});

describe('bundles', () => {
	test('give back every file, text and binary, byte for byte and in order', () => {
		const files: [string, string | Uint8Array][] = [
			['terms/0.json', '{"terms":["café","chen"]}'],
			['postings/0-0.bin', Uint8Array.from([0, 1, 200, 255])],
			['docs/3.json', ''],
		];
		const read = readBundle(encodeBundle(files));
		expect([...read.keys()]).toEqual(files.map(([path]) => path));
		expect(new TextDecoder().decode(read.get('terms/0.json'))).toBe(files[0]![1]);
		expect([...read.get('postings/0-0.bin')!]).toEqual([0, 1, 200, 255]);
		expect(read.get('docs/3.json')!.length).toBe(0);
	});

	test('an empty bundle holds no files', () => {
		expect(readBundle(encodeBundle([])).size).toBe(0);
	});
});

describe('postings files with top documents', () => {
	test('carry their top documents after the lists, and none when not given', () => {
		const lists = [[2, 4], [], [9]];
		const tops = {
			ids: [3, 8],
			docs: [
				{ h: 'Chen Wenqing', u: '/officials/chen-wenqing/' },
				{ u: '#p-2', a: 0 },
			],
			parents: [{ h: 'A story', u: '/articles/a/' }],
		};
		const read = readPostingsFile(withTopDocuments(encodePostingsFile(lists), tops));
		expect(read.lists.map((list) => [...list])).toEqual(lists);
		expect(read.tops).toEqual(tops);
		expect(readPostingsFile(encodePostingsFile(lists)).tops).toBeUndefined();
	});
});
