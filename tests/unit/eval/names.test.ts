import { describe, expect, test } from 'vitest';
import { nameWords, sameName, sameWords } from '../../../scripts/eval/names.ts';

describe('sameName', () => {
	test.each([
		['Sergei Lavrov', 'Sergei Lavrov', true],
		['Sergey Lavrov', 'Sergei Lavrov', true],
		['Sergei Shoygu', 'Sergei Shoigu', true],
		['Lavrov', 'Sergei Lavrov', true],
		['Wang Yi', 'Wang Yi', true],
		['Xi', 'Xi Jinping', true],
		['Jinping Xi', 'Xi Jinping', true],
		['Councilor Yang Jiechi', 'Yang Jiechi', false],
		['Yang Jiechi', 'Wang Yi', false],
		['Nikolai Patrushev', 'Dmitry Patrushev', false],
		['Tayyip Erdoğan', 'Recep Tayyip Erdogan', true],
	])('%s read for the gold’s %s: %s', (read, gold, same) => {
		expect(sameName(read, gold)).toBe(same);
	});

	test('a given name alone in the middle of the gold’s name does not name its person', () => {
		expect(sameName('Tayyip', 'Recep Tayyip Erdogan')).toBe(false);
	});
});

describe('sameWords', () => {
	test('holds for the same words in another order or spelling, not for fewer', () => {
		expect(sameWords('Jinping Xi', 'Xi Jinping')).toBe(true);
		expect(sameWords('Sergey Lavrov', 'Sergei Lavrov')).toBe(true);
		expect(sameWords('Lavrov', 'Sergei Lavrov')).toBe(false);
	});
});

describe('nameWords', () => {
	test('folds case, accents, apostrophes and transliteration variants', () => {
		expect(nameWords('Sergey Shoygu')).toEqual(nameWords('sergei shoigu'));
		expect(nameWords('Recep Tayyip Erdoğan')).toEqual(['recep', 'tayyip', 'erdogan']);
		expect(nameWords('Dmitry Peskov')).toEqual(['dmitri', 'peskov']);
	});
});
