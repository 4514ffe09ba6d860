import { describe, expect, test } from 'vitest';
import {
	numberValue,
	WORD_NUMBER,
	wordValue,
} from '../../../../scripts/pipeline/extract/toolkit/number-words.ts';

describe('wordValue', () => {
	test.each([
		['one', 1],
		['nine', 9],
		['thirteen', 13],
		['Nineteen', 19],
		['twenty', 20],
		['twenty-one', 21],
		['ninety-nine', 99],
	])('reads %j as %i', (word, value) => {
		expect(new RegExp(`^${WORD_NUMBER}$`, 'i').test(word)).toBe(true);
		expect(wordValue(word)).toBe(value);
	});
});

describe('numberValue', () => {
	test.each([
		['13', 13],
		['thirteen', 13],
		['Twenty-One', 21],
		['multi', null],
		['half', null],
		['twenty-ten', null],
		['', null],
	])('reads %j as %j', (text, value) => expect(numberValue(text)).toBe(value));
});
