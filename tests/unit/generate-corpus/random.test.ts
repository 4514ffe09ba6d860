import { describe, expect, test } from 'vitest';
import { hashString, mulberry32, Random } from '../../../scripts/generate-corpus/random.ts';

describe('mulberry32', () => {
	test('gives the same sequence for the same seed and another for another seed', () => {
		const take = (seed: number) => Array.from({ length: 5 }, mulberry32(seed));
		expect(take(7)).toEqual(take(7));
		expect(take(7)).not.toEqual(take(8));
		for (const value of take(7)) expect(value).toBeGreaterThanOrEqual(0);
		for (const value of take(7)) expect(value).toBeLessThan(1);
	});
});

describe('Random', () => {
	test('Random.for gives one sequence per key', () => {
		const draw = (...key: (string | number)[]) => {
			const random = Random.for(1, ...key);
			return Array.from({ length: 8 }, () => random.int(0, 1000));
		};
		expect(draw('article', 3)).toEqual(draw('article', 3));
		expect(draw('article', 3)).not.toEqual(draw('article', 4));
		expect(hashString('a')).not.toBe(hashString('b'));
	});

	test('int stays in its bounds and reaches both ends', () => {
		const random = new Random(42);
		const values = new Set(Array.from({ length: 500 }, () => random.int(2, 5)));
		expect([...values].sort()).toEqual([2, 3, 4, 5]);
	});

	test('sample picks distinct items and weighted follows its weights', () => {
		const random = new Random(3);
		const sample = random.sample(['a', 'b', 'c', 'd', 'e'], 3);
		expect(new Set(sample).size).toBe(3);
		const counts = { heavy: 0, light: 0 };
		for (let i = 0; i < 2000; i++)
			counts[
				random.weighted([
					['heavy', 9],
					['light', 1],
				] as const)
			]++;
		expect(counts.heavy).toBeGreaterThan(counts.light * 4);
	});
});
