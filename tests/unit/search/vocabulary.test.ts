import { describe, expect, test } from 'vitest';
import {
	completions,
	maxCompletions,
	mayBeTypo,
	typoFinder,
	type TermMatch,
} from '../../../src/lib/search/vocabulary.ts';

const terms = ['2023', '2024', 'moscow', 'moscowite', 'naryshkin', 'patrushev', 'putin', 'russia', 'russian'];
const named = (matches: TermMatch[], list: readonly string[] = terms) =>
	matches.map(({ term, quality }) => [list[term], Number(quality.toFixed(2))]);

describe('completions', () => {
	test('scores the word itself 1, then the longer words it begins, closer ones higher', () => {
		expect(named(completions(terms, 'moscow', () => 1))).toEqual([
			['moscow', 1],
			['moscowite', 0.7],
		]);
		expect(named(completions(terms, 'russ', () => 1))).toEqual([
			['russia', 0.7],
			['russian', 0.67],
		]);
	});

	test('completes a word only from two letters on', () => {
		expect(completions(terms, 'm', () => 1)).toEqual([]);
		expect(named(completions(terms, 'mo', () => 1)).map(([term]) => term)).toEqual(['moscow', 'moscowite']);
	});

	test('keeps the most used completions of a short word', () => {
		const many = Array.from({ length: 80 }, (_, i) => `ab${String(i).padStart(2, '0')}`);
		const found = completions(many, 'ab', (term) => term);
		expect(found).toHaveLength(maxCompletions);
		expect(found[0]!.term).toBe(79);
	});

	test('matches nothing in an empty vocabulary', () => {
		expect(completions([], 'patrushev', () => 0)).toEqual([]);
	});
});

describe('typoFinder', () => {
	const find = typoFinder(terms);

	test.each([
		['patrushov', 'patrushev'],
		['narishkin', 'naryshkin'],
		['moskow', 'moscow'],
	])('finds "%s" as a typo of "%s", scored below any completion', (word, term) => {
		const [best] = find(word);
		expect(terms[best!.term]).toBe(term);
		expect(best!.quality).toBeGreaterThan(0.2);
		expect(best!.quality).toBeLessThan(0.4);
	});

	test('keeps only the typos nearly as close as the closest: "shoygu" is Shoigu, not "should"', () => {
		expect(typoFinder(['shoigu', 'should'])('shoygu').map((m) => m.term)).toEqual([0]);
	});

	test('finds no typo for a word far from every term', () => {
		expect(find('zzzzzz')).toEqual([]);
	});
});

describe('mayBeTypo', () => {
	test.each([
		['a word of four letters or more', 'moskow', true],
		['a number', '2025', false],
		['a word with a digit', 'g20s', false],
		['a word of three letters', 'rux', false],
	])('is %s: %s', (_, word, expected) => {
		expect(mayBeTypo(word)).toBe(expected);
	});
});
