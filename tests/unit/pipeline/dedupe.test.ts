import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cleanArticle } from '../../../scripts/pipeline/clean.ts';
import {
	containment,
	findDuplicates,
	jaccard,
	keyShingles,
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
