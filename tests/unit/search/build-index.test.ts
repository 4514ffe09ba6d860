import { describe, expect, test } from 'vitest';
import { buildIndex, topDocuments, type SearchIndexFiles } from '../../../src/lib/search/build-index.ts';
import {
	indexPaths,
	readBundle,
	readDocument,
	readDocumentSet,
	readPostings,
	readPostingsFile,
	type DocumentShard,
	type VocabularyShard,
} from '../../../src/lib/search/index-format.ts';
import { VarintReader } from '../../../src/lib/search/varint.ts';
import { doc } from './generated.ts';

const json = <T>(index: SearchIndexFiles, path: string) => JSON.parse(index.files.get(path) as string) as T;
const vocabularyShards = (index: SearchIndexFiles) =>
	index.manifest.vocabulary.map((_, n) => json<VocabularyShard>(index, indexPaths.terms(n)));

/** The postings of one term, decoded into [document, title count, text count] triples. */
function postingsOf(index: SearchIndexFiles, term: string): number[][] {
	const shard = vocabularyShards(index).findIndex((s) => s.terms.includes(term));
	const { terms, files } = vocabularyShards(index)[shard]!;
	const position = terms.indexOf(term);
	const file = files.filter((start) => start <= position).length;
	const lists = readPostingsFile(index.files.get(indexPaths.postings(shard, file)) as Uint8Array).lists;
	const triples: number[][] = [];
	const list = lists[position - (file === 0 ? 0 : files[file - 1]!)]!;
	readPostings(new VarintReader(list), (id, inTitle, inText) => triples.push([id, inTitle, inText]));
	return triples;
}

/** The ids of the documents a facet file lists. */
function facetOf(index: SearchIndexFiles, path: string): number[] {
	const member = readDocumentSet(index.files.get(path) as Uint8Array, index.manifest.documents);
	return [...member.keys()].filter((id) => member[id] === 1);
}

const story = doc({
	key: 'article:a',
	type: 'article',
	title: 'Chen meets Patrushev',
	text: 'Talks in Moscow.',
	url: '/articles/a/',
	meta: '24 April 2024',
	officials: ['chen-wenqing', 'nikolai-patrushev'],
	years: [2024],
});
const paragraph = (n: number, text: string) =>
	doc({
		key: `article:a#p-${n}`,
		parent: 'article:a',
		text,
		url: `/articles/a/#p-${n}`,
		meta: `Paragraph ${n}`,
	});

describe('buildIndex', () => {
	test('writes the vocabulary once, sorted, in shards that each start where the manifest says', () => {
		const index = buildIndex([story, paragraph(1, 'Chen met Patrushev, and Chen spoke.')], {
			termsPerShard: 4,
		});
		const terms = vocabularyShards(index).flatMap((shard) => shard.terms);
		expect(terms).toEqual(['and', 'chen', 'in', 'meets', 'met', 'moscow', 'patrushev', 'spoke', 'talks']);
		expect(index.manifest.vocabulary).toEqual(['and', 'met', 'talks']);
		expect(index.manifest.initials).toEqual({ a: 1, c: 1, i: 1, m: 3, p: 1, s: 1, t: 1 });
		expect(vocabularyShards(index).map((shard) => shard.df)).toEqual([[1, 2, 1, 1], [1, 1, 2, 1], [1]]);
	});

	test('counts a term in the title and in the text of each document', () => {
		const docs = [
			story,
			paragraph(1, 'Chen met Patrushev, and Chen spoke.'),
			paragraph(2, 'Nothing.'),
			paragraph(3, 'Chen.'),
		];
		const index = buildIndex(docs);
		expect(postingsOf(index, 'chen')).toEqual([
			[0, 1, 0],
			[1, 0, 2],
			[3, 0, 1],
		]);
	});

	test('puts a long postings list in a file of its own, and short ones together', () => {
		const many = Array.from({ length: 40 }, (_, n) => paragraph(n + 1, n % 2 ? 'common rare' : 'common'));
		const index = buildIndex([story, ...many], { postingsFileBytes: 20 });
		const [shard] = vocabularyShards(index);
		expect(shard!.files.length).toBeGreaterThan(0);
		expect(postingsOf(index, 'common')).toHaveLength(40);
		expect(postingsOf(index, 'rare')).toHaveLength(20);
		expect(postingsOf(index, 'moscow')).toEqual([[0, 0, 1]]);
	});

	test('gives ids by type, keeping the given order within a type, and records each type’s range', () => {
		const index = buildIndex([
			doc({ key: 'o1', type: 'official', title: 'One' }),
			story,
			paragraph(1, 'x'),
			doc({ key: 'o2', type: 'official', title: 'Two' }),
			doc({ key: 'm', type: 'meeting', title: 'Meet' }),
		]);
		expect(index.manifest.types.map(({ type, from, count }) => [type, from, count])).toEqual([
			['official', 0, 2],
			['meeting', 2, 1],
			['article', 3, 1],
			['paragraph', 4, 1],
		]);
		expect(postingsOf(index, 'two')).toEqual([[1, 1, 0]]);
	});

	test('matches keywords as text without storing them', () => {
		const index = buildIndex([
			doc({ key: 'm', type: 'meeting', title: 'A and B meet', keywords: 'St Petersburg' }),
		]);
		expect(postingsOf(index, 'petersburg')).toEqual([[0, 0, 1]]);
		expect([...index.files.values()].join(' ')).not.toContain('Petersburg');
	});

	test('stores a part by its parent: the url as a fragment, the parent once per shard', () => {
		const index = buildIndex([story, paragraph(3, 'Chen spoke.'), paragraph(4, 'Chen left.')]);
		const paragraphs = index.manifest.types.find((range) => range.type === 'paragraph')!;
		expect(json<DocumentShard>(index, indexPaths.docs(paragraphs.shard))).toEqual({
			docs: [
				{ x: 'Chen spoke.', u: '#p-3', m: 'Paragraph 3', a: 0 },
				{ x: 'Chen left.', u: '#p-4', m: 'Paragraph 4', a: 0 },
			],
			parents: [{ h: 'Chen meets Patrushev', u: '/articles/a/', m: '24 April 2024' }],
		});
	});

	test('reads back every document as it was given, a part completed from its parent', () => {
		const index = buildIndex(JSON.parse(JSON.stringify([story, paragraph(2, 'Chen spoke.')])));
		const [articles, paragraphs] = index.manifest.types;
		expect(readDocument(json(index, indexPaths.docs(articles!.shard)), 0, 'article')).toEqual({
			type: 'article',
			title: 'Chen meets Patrushev',
			text: 'Talks in Moscow.',
			url: '/articles/a/',
			meta: '24 April 2024',
			context: '',
		});
		expect(readDocument(json(index, indexPaths.docs(paragraphs!.shard)), 0, 'paragraph')).toEqual({
			type: 'paragraph',
			title: '',
			text: 'Chen spoke.',
			url: '/articles/a/#p-2',
			meta: 'Paragraph 2 · 24 April 2024',
			context: 'Chen meets Patrushev',
		});
	});

	test('writes a facet file per official and per year, a part taking its parent’s years', () => {
		const index = buildIndex([
			doc({ key: 'o', type: 'official', title: 'Chen Wenqing', officials: ['chen-wenqing'], years: [2023] }),
			story,
			{ ...paragraph(1, 'Chen.'), officials: ['chen-wenqing'] },
			paragraph(2, 'Later.'),
		]);
		expect(index.manifest.years).toEqual([2023, 2024]);
		expect(facetOf(index, indexPaths.official('chen-wenqing'))).toEqual([0, 1, 2]);
		expect(facetOf(index, indexPaths.official('nikolai-patrushev'))).toEqual([1]);
		expect(facetOf(index, indexPaths.year(2024))).toEqual([1, 2, 3]);
		expect(facetOf(index, indexPaths.year(2023))).toEqual([0]);
	});

	test('keeps documents shards small: more documents to a shard when they are short', () => {
		const short = Array.from({ length: 30 }, (_, n) =>
			doc({ key: `o${n}`, type: 'official', title: `O ${n}` }),
		);
		const long = Array.from({ length: 30 }, (_, n) =>
			doc({ key: `m${n}`, type: 'meeting', title: 'Meet', text: 'words '.repeat(100) }),
		);
		const [officials, meetings] = buildIndex([...short, ...long], { documentShardBytes: 1000 }).manifest
			.types;
		expect(officials!.perShard).toBeGreaterThan(10);
		expect(meetings!.perShard).toBe(2);
		expect(meetings!.shard).toBe(Math.ceil(30 / officials!.perShard));
	});

	test('writes the same bytes for the same documents', () => {
		const docs = [story, paragraph(1, 'Chen met Patrushev.')];
		expect(buildIndex(docs)).toEqual(buildIndex(JSON.parse(JSON.stringify(docs))));
	});

	test.each([
		['a parent that comes after its part', [paragraph(1, 'x'), story]],
		['a parent that does not exist', [paragraph(1, 'x')]],
		['a part whose url is not under its parent’s', [story, { ...paragraph(1, 'x'), url: '/elsewhere/#p-1' }]],
	])('refuses %s', (_, docs) => {
		expect(() => buildIndex(docs)).toThrow(/search document article:a#p-1/);
	});

	test('builds an empty index from no documents', () => {
		const index = buildIndex([]);
		expect(index.manifest).toEqual({
			version: 3,
			documents: 0,
			types: [],
			years: [],
			vocabulary: [],
			initials: {},
			bundles: [],
		});
		expect([...index.files.keys()]).toEqual(['manifest.json']);
	});

	describe('bundles', () => {
		const documents = [story, paragraph(1, 'Chen met Patrushev in Moscow.'), paragraph(2, 'Security talks.')];
		const bundledPaths = (index: SearchIndexFiles) =>
			index.manifest.bundles.flatMap((path) => [...readBundle(index.files.get(path) as Uint8Array).keys()]);
		const searched = (index: SearchIndexFiles) =>
			[...index.files.keys()].filter((path) => /^(terms|postings|docs)\//.test(path));

		test('hold every file a search reads when the index is small, the vocabulary first', () => {
			const index = buildIndex(documents, { termsPerShard: 4 });
			const paths = bundledPaths(index);
			expect([...paths].sort()).toEqual(searched(index).sort());
			const firstOther = paths.findIndex((path) => !path.startsWith('terms/'));
			expect(paths.slice(firstOther).some((path) => path.startsWith('terms/'))).toBe(false);
			for (const path of paths) expect(path).not.toMatch(/^(officials|years|bundles)\//);
		});

		test('hold only the vocabulary when the index is larger than bundleAllBelow', () => {
			const index = buildIndex(documents, { termsPerShard: 4, bundleAllBelow: 10 });
			expect(bundledPaths(index)).toEqual(searched(index).filter((path) => path.startsWith('terms/')));
		});

		test('close at bundleBytes, copying each file as it is served', () => {
			const index = buildIndex(documents, { termsPerShard: 2, bundleBytes: 64 });
			expect(index.manifest.bundles.length).toBeGreaterThan(1);
			for (const path of index.manifest.bundles)
				for (const [name, body] of readBundle(index.files.get(path) as Uint8Array)) {
					const served = index.files.get(name)!;
					expect(body).toEqual(typeof served === 'string' ? new TextEncoder().encode(served) : served);
				}
		});
	});

	describe('top documents', () => {
		const types = [
			{ type: 'official' as const, from: 0, count: 4, perShard: 4, shard: 0 },
			{ type: 'paragraph' as const, from: 4, count: 6, perShard: 6, shard: 1 },
		];
		const posting = (doc: number, inTitle: number, inText: number) => ({ doc, inTitle, inText });

		test('are the best of each type by the weight of the term, ties to the lower id', () => {
			const topsOf = topDocuments(types, 2);
			const list = [
				posting(0, 0, 1),
				posting(1, 1, 0),
				posting(2, 0, 1),
				posting(3, 1, 1),
				posting(4, 0, 1),
				posting(5, 0, 3),
				posting(9, 0, 1),
			];
			expect(topsOf(list)).toEqual([3, 1, 5, 4]);
		});

		test('come with the postings only when the index is too large to bundle whole', () => {
			const documents = [
				story,
				paragraph(1, 'Chen met Patrushev in Moscow.'),
				paragraph(2, 'Chen and security.'),
			];
			const topsIn = (index: SearchIndexFiles) =>
				[...index.files]
					.filter(([path]) => path.startsWith('postings/'))
					.flatMap(([, body]) => readPostingsFile(body as Uint8Array).tops?.ids ?? []);
			expect(topsIn(buildIndex(documents, { topsMinDocuments: 1 }))).toEqual([]);
			const large = buildIndex(documents, {
				bundleAllBelow: 0,
				topsMinDocuments: 3,
				topsPerType: 1,
				topsShortTerms: 0,
			});
			// Only "chen" is in three documents: the story, and the first of its two paragraphs that tie.
			expect(topsIn(large)).toEqual([0, 1]);
			// "in", "met" and "and" are short enough to carry their documents however rare: "and" brings p-2.
			const short = buildIndex(documents, { bundleAllBelow: 0, topsMinDocuments: 3, topsPerType: 1 });
			expect(new Set(topsIn(short))).toEqual(new Set([0, 1, 2]));
		});
	});
});
