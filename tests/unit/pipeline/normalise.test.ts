import { describe, expect, test } from 'vitest';
import { comparisonKey, curlQuotes, normaliseLine } from '../../../scripts/pipeline/normalise.ts';

describe('normaliseLine', () => {
	test.each([
		['collapses runs of spaces and trims', '  Chen   met  Shoigu  ', 'Chen met Shoigu'],
		[
			'turns non-breaking and thin spaces into spaces',
			'US$240.1\u00A0billion\u2009now',
			'US$240.1 billion now',
		],
		['removes zero-width and bidi control characters', 'Pat\u200Bru\u202Eshev\u2066', 'Patrushev'],
		['turns tabs into spaces', 'Moscow\tBeijing', 'Moscow Beijing'],
		[
			'removes a space before a comma or full stop',
			'took up the role , saying so .',
			'took up the role, saying so.',
		],
		['keeps every word and dash', 'At least 137 people – the worst', 'At least 137 people – the worst'],
	])('%s', (_, input, expected) => {
		expect(normaliseLine(input)).toBe(expected);
	});
});

describe('curlQuotes', () => {
	test.each([
		['makes apostrophes typographic', "Beijing's law", 'Beijing’s law'],
		[
			'opens a quote after a space and closes it before punctuation',
			"that 'we are fighting',",
			'that ‘we are fighting’,',
		],
		[
			'mends a quote opened curly and closed straight',
			"‘fighting together' against",
			'‘fighting together’ against',
		],
		['curls double quotes', 'said "no" today', 'said “no” today'],
		[
			'opens a quote at the start of a line',
			'"Opinions were exchanged," it said.',
			'“Opinions were exchanged,” it said.',
		],
		['leaves typographic quotes alone', '“resolutely opposes”', '“resolutely opposes”'],
	])('%s', (_, input, expected) => {
		expect(curlQuotes(input)).toBe(expected);
	});
});

describe('comparisonKey', () => {
	test('ignores case, quote style and punctuation', () => {
		expect(comparisonKey('Russia’s “unswerving policy”!')).toBe(comparisonKey("russia's unswerving policy"));
	});
});
