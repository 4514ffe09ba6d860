import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cleanArticle } from '../../../scripts/pipeline/clean.ts';
import {
	containment,
	findDuplicates,
	fingerprint,
	jaccard,
	keyShingles,
	scanDuplicates,
	shingleHashes,
	shingles,
} from '../../../scripts/pipeline/dedupe.ts';
import { comparisonKey } from '../../../scripts/pipeline/normalise.ts';

describe('shingles', () => {
	test('are word 5-grams that ignore case, quote style and punctuation', () => {
		expect([...shingles('Chen met “Patrushev” on Tuesday in Moscow.')]).toEqual([
			'chen met patrushev on tuesday',
			'met patrushev on tuesday in',
			'patrushev on tuesday in moscow',
		]);
		expect(shingles('Chen met “Patrushev”.')).toEqual(shingles('chen met Patrushev'));
	});
});

describe('containment and jaccard', () => {
	const a = new Set(['1', '2', '3', '4']);
	const b = new Set(['1', '2', '3', '4', '5', '6', '7', '8']);
	test('containment is 1 when the smaller set lies wholly in the larger', () =>
		expect(containment(a, b)).toBe(1));
	test('jaccard is the shared share of the union', () => expect(jaccard(a, b)).toBe(0.5));
	test('both are 0 for disjoint sets', () => {
		expect(containment(a, new Set(['9']))).toBe(0);
		expect(jaccard(a, new Set(['9']))).toBe(0);
	});
});

const seedText = (name: string) =>
	cleanArticle(readFileSync(new URL(`../../../content/raw/${name}`, import.meta.url), 'utf8'))
		.paragraphs.map((p) => p.text)
		.join('\n');

describe('findDuplicates', () => {
	test('links 001, a shorter capture of the same story, to 003 and nothing else among the seeds', () => {
		const names = [
			'000_c456d7ed90dc46d1.txt',
			'001_3a6bc24b50e4f73e.txt',
			'002_e8bc1a953be82026.txt',
			'003_d13c28472e234fa8.txt',
			'004_26156e77c6c60180.txt',
		];
		const links = findDuplicates(names.map((key) => ({ key, text: seedText(key) })));
		expect(links.map(({ key, canonical }) => ({ key, canonical }))).toEqual([
			{ key: '001_3a6bc24b50e4f73e.txt', canonical: '003_d13c28472e234fa8.txt' },
		]);
		expect(links[0]!.containment).toBeGreaterThan(0.95);
		// The build passes each article's comparison key, kept in its cache entry, instead of its text.
		const keyed = names.map((key) => ({ key, comparisonKey: comparisonKey(seedText(key)) }));
		expect(findDuplicates(keyed)).toEqual(links);
	});

	test('does not link two different stories on the same subject', () => {
		const links = findDuplicates([
			{
				key: 'a',
				text: 'Chen Wenqing met Nikolai Patrushev in St Petersburg on Tuesday to discuss intelligence cooperation between the two countries.',
			},
			{
				key: 'b',
				text: 'Chen Wenqing met Sergei Shoigu in Moscow on Tuesday to discuss law enforcement cooperation and counterterrorism.',
			},
		]);
		expect(links).toEqual([]);
	});

	test('points every capture of one story at the fullest, even through a chain of overlaps', () => {
		const story = Array.from(
			{ length: 30 },
			(_, i) => `Sentence number ${i} of the story about the security talks.`,
		);
		const links = findDuplicates([
			{ key: 'short', text: story.slice(0, 10).join(' ') },
			{ key: 'full', text: story.join(' ') },
			{ key: 'middle', text: story.slice(0, 20).join(' ') },
		]);
		expect(links.map((l) => [l.key, l.canonical])).toEqual([
			['middle', 'full'],
			['short', 'full'],
		]);
	});
});

describe('scanDuplicates', () => {
	// Every five words name the topic, so two topics' stories share no shingle.
	const story = (topic: string, sentences: number) =>
		Array.from(
			{ length: sentences },
			(_, i) => `${topic} envoy ${i} met ${topic} minister ${i} in ${topic} city ${i}.`,
		).join(' ');
	// Ten stories, one of them captured twice, and more than ten times as many as get added.
	const documents = [
		...Array.from({ length: 10 }, (_, i) => ({ key: `story-${i}`, text: story(`topic${i}`, 20) })),
		{ key: 'story-3-short', text: story('topic3', 14) },
		...Array.from({ length: 10 }, (_, i) => ({ key: `other-${i}`, text: story(`subject${i}`, 12) })),
	];

	test('starting from an earlier scan, finds what a fresh scan finds, only comparing what is new', () => {
		const { scan } = scanDuplicates(documents);
		const added = [
			...documents,
			{ key: 'story-5-copy', text: story('topic5', 16) },
			{ key: 'new-story', text: story('novel', 20) },
		];
		const fresh = scanDuplicates(added);
		const again = scanDuplicates(added, scan);
		expect(again.links).toEqual(fresh.links);
		expect(again.links.map((l) => [l.key, l.canonical])).toEqual([
			['story-3-short', 'story-3'],
			['story-5-copy', 'story-5'],
		]);
		expect(new Set(again.scan.pairs.map((p) => `${p.a} ${p.b}`))).toEqual(
			new Set(fresh.scan.pairs.map((p) => `${p.a} ${p.b}`)),
		);
	});

	test('trusts an earlier scan only for documents whose key and text it holds', () => {
		const { scan } = scanDuplicates(documents);
		// story-3 is now another story: its old pair with story-3-short must not survive.
		const changed = documents.map((d) => (d.key === 'story-3' ? { ...d, text: story('elsewhere', 20) } : d));
		expect(scanDuplicates(changed, scan).links).toEqual([]);
		// A document gone takes its pairs with it.
		const removed = documents.filter((d) => d.key !== 'story-3-short');
		expect(scanDuplicates(removed, scan).links).toEqual([]);
		// And one renamed is new: its pair is found again, under its new key.
		const renamed = documents.map((d) => (d.key === 'story-3-short' ? { ...d, key: 'renamed' } : d));
		expect(scanDuplicates(renamed, scan).links.map((l) => [l.key, l.canonical])).toEqual([
			['renamed', 'story-3'],
		]);
	});

	test('takes the pairs an earlier scan found between documents it held as found', () => {
		const { scan } = scanDuplicates(documents);
		const [a, b] = ['other-0', 'other-1'].map((key) =>
			fingerprint(key, comparisonKey(documents.find((d) => d.key === key)!.text)),
		);
		const planted = { ...scan, pairs: [...scan.pairs, { a: a!, b: b!, containment: 1, jaccard: 1 }] };
		const added = [...documents, { key: 'novel', text: story('novel', 20) }];
		expect(scanDuplicates(added, planted).links.map((l) => [l.key, l.canonical])).toEqual([
			['other-1', 'other-0'],
			['story-3-short', 'story-3'],
		]);
	});

	test('compares all afresh when many documents are new, with the same result', () => {
		const { scan } = scanDuplicates(documents.slice(0, 3));
		const planted = {
			...scan,
			pairs: [
				{ a: scan.documents[0]!.fingerprint, b: scan.documents[1]!.fingerprint, containment: 1, jaccard: 1 },
			],
		};
		expect(scanDuplicates(documents, planted)).toEqual(scanDuplicates(documents));
	});
});

describe('shingleHashes', () => {
	test('give one hash per distinct shingle, the same for the same words', () => {
		const key = 'a b c d e f a b c d e';
		expect(shingleHashes(key)).toHaveLength(keyShingles(key).size);
		expect([...shingleHashes(key)]).toEqual([...shingleHashes(comparisonKey('A b, c d: e f a b c d e.'))]);
		expect([...shingleHashes('a b c')]).toHaveLength(1);
		expect(shingleHashes('')).toHaveLength(0);
	});
	test('tell word order and word boundaries apart', () => {
		const [one] = shingleHashes('a b c d e');
		expect(shingleHashes('b a c d e')[0]).not.toBe(one);
		expect(shingleHashes('ab c d e f')[0]).not.toBe(one);
		expect(shingleHashes('a b c d')[0]).not.toBe(shingleHashes('a b c d e')[0]);
	});
});
