import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../../src/lib/search/build-index.ts';
import { readDocuments } from '../../../src/lib/search/index-format.ts';
import { doc } from './generated.ts';

/** The postings of one term, decoded into [document, title count, text count] triples. */
function postingsOf(index: ReturnType<typeof buildIndex>, term: string): number[][] {
	const list = index.postings[index.terms.indexOf(term)] ?? [];
	const triples: number[][] = [];
	for (let i = 0, at = 0; i < list.length; i += 3)
		triples.push([(at += list[i]!), list[i + 1]!, list[i + 2]!]);
	return triples;
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
	test('writes the vocabulary once, sorted, with a postings list per term', () => {
		const index = buildIndex([story, paragraph(1, 'Chen met Patrushev, and Chen spoke.')]);
		expect(index.terms).toEqual([...new Set(index.terms)].sort());
		expect(index.terms).toEqual([
			'and',
			'chen',
			'in',
			'meets',
			'met',
			'moscow',
			'patrushev',
			'spoke',
			'talks',
		]);
		expect(index.postings).toHaveLength(index.terms.length);
	});

	test('counts a term in the title and in the text of each document, documents as gaps', () => {
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
		expect(index.postings[index.terms.indexOf('chen')]).toEqual([0, 1, 0, 1, 0, 2, 2, 0, 1]);
	});

	test('matches keywords as text without storing them', () => {
		const index = buildIndex([
			doc({ key: 'm', type: 'meeting', title: 'A and B meet', keywords: 'St Petersburg' }),
		]);
		expect(postingsOf(index, 'petersburg')).toEqual([[0, 0, 1]]);
		expect(JSON.stringify(index.docs)).not.toContain('Petersburg');
	});

	test('stores a part by its parent: the url as a fragment, the years left to the parent', () => {
		const index = buildIndex([story, paragraph(3, 'Chen spoke.')]);
		expect(index.docs[1]).toEqual({ k: 1, x: 'Chen spoke.', u: '#p-3', m: 'Paragraph 3', a: 0 });
	});

	test('shares type and official names by position, and leaves empty fields out', () => {
		const index = buildIndex([
			story,
			doc({ key: 'o', type: 'official', title: 'Chen Wenqing', officials: ['chen-wenqing'] }),
		]);
		expect(index.types).toEqual(['article', 'official']);
		expect(index.officials).toEqual(['chen-wenqing', 'nikolai-patrushev']);
		expect(index.docs[1]).toEqual({ k: 1, h: 'Chen Wenqing', u: '/o/', o: [0] });
	});

	test('reads back every document as it was given, a part completed from its parent', () => {
		const index = buildIndex(JSON.parse(JSON.stringify([story, paragraph(2, 'Chen spoke.')])));
		expect(readDocuments(JSON.parse(JSON.stringify(index)))).toEqual([
			{
				type: 'article',
				title: 'Chen meets Patrushev',
				text: 'Talks in Moscow.',
				url: '/articles/a/',
				meta: '24 April 2024',
				context: '',
				officials: ['chen-wenqing', 'nikolai-patrushev'],
				years: [2024],
			},
			{
				type: 'paragraph',
				title: '',
				text: 'Chen spoke.',
				url: '/articles/a/#p-2',
				meta: 'Paragraph 2 · 24 April 2024',
				context: 'Chen meets Patrushev',
				officials: [],
				years: [2024],
			},
		]);
	});

	test.each([
		['a parent that comes after its part', [paragraph(1, 'x'), story]],
		['a parent that does not exist', [paragraph(1, 'x')]],
		['a part whose url is not under its parent’s', [story, { ...paragraph(1, 'x'), url: '/elsewhere/#p-1' }]],
	])('refuses %s', (_, docs) => {
		expect(() => buildIndex(docs)).toThrow(/search document article:a#p-1/);
	});

	test('builds an empty index from no documents', () => {
		expect(buildIndex([])).toEqual({
			version: 1,
			types: [],
			officials: [],
			docs: [],
			terms: [],
			postings: [],
		});
	});
});
