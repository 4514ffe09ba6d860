import { describe, expect, test } from 'vitest';
import { maxCompletions, vocabularyMatcher } from '../../../src/lib/search/vocabulary.ts';

const terms = ['2023', '2024', 'moscow', 'moscowite', 'naryshkin', 'patrushev', 'putin', 'russia', 'russian'];
const match = vocabularyMatcher(terms, () => 1);
const found = (word: string) =>
	match(word).map(({ term, quality }) => [terms[term], Number(quality.toFixed(2))]);

describe('vocabularyMatcher', () => {
	test('scores the word itself 1, then the longer words it begins, closer ones higher', () => {
		expect(found('moscow')).toEqual([
			['moscow', 1],
			['moscowite', 0.7],
		]);
		expect(found('russ')).toEqual([
			['russia', 0.7],
			['russian', 0.67],
		]);
	});

	test.each([
		['patrushov', 'patrushev'],
		['narishkin', 'naryshkin'],
		['moskow', 'moscow'],
	])('looks for typos only when nothing begins with the word: "%s" finds "%s"', (word, term) => {
		const [best] = match(word);
		expect(terms[best!.term]).toBe(term);
		expect(best!.quality).toBeGreaterThan(0.2);
		expect(best!.quality).toBeLessThan(0.4);
	});

	test('keeps only the typos nearly as close as the closest: "shoygu" is Shoigu, not "should"', () => {
		const matcher = vocabularyMatcher(['shoigu', 'should'], () => 1);
		expect(matcher('shoygu').map((m) => m.term)).toEqual([0]);
	});

	test.each([
		['a number', '2025'],
		['a word of three letters', 'rux'],
		['a word far from every term', 'zzzzzz'],
	])('finds no typo for %s', (_, word) => {
		expect(match(word)).toEqual([]);
	});

	test('keeps the most used completions of a short word', () => {
		const many = Array.from({ length: 80 }, (_, i) => `ab${String(i).padStart(2, '0')}`);
		const matcher = vocabularyMatcher(many, (term) => term);
		const completions = matcher('ab');
		expect(completions).toHaveLength(maxCompletions);
		expect(completions[0]!.term).toBe(79);
	});

	test('matches nothing in an empty vocabulary', () => {
		expect(vocabularyMatcher([], () => 0)('patrushev')).toEqual([]);
	});
});
