import { describe, expect, test } from 'vitest';
import { futureMarkers, isFuture } from '../../../../scripts/pipeline/extract/toolkit/modality.ts';

describe('isFuture', () => {
	test.each([
		'The foreign minister will travel to Oslo.',
		'The two envoys would meet again in June.',
		'He’ll stay for the closing session.',
		'She is slated to hold talks with her counterpart.',
		'The delegation is expected to arrive on Sunday.',
		'Both sides are widely expected to sign the accord.',
		'The leaders are due to meet in Geneva.',
		'The summit is set for late May.',
		'The premier is to visit three provinces.',
		'The ministry plans to open a consulate.',
		'The president intends to stand again.',
		'The talks, to be held in Doha, will cover trade.',
		'The two presidents could meet briefly on Monday.',
		'The envoy might travel to Cairo.',
		'Ahead of the upcoming summit, officials met.',
		'Preparations for the long-anticipated visit began.',
		'The talks are scheduled for Friday.',
		'The envoy returns to the region next week.',
	])('reads %j as future', (text) => expect(isFuture(text)).toBe(true));

	test.each([
		'The foreign minister met her counterpart in Oslo on Tuesday.',
		'Trade grew faster than expected last year.',
		'As expected, the motion passed.',
		'He sat next to the premier at dinner.',
		'The flight was delayed due to fog.',
		'The envoy travelled to Cairo to meet the president.',
		'He could not attend the talks on Monday.',
		'They could have met in May.',
	])('reads %j as not future', (text) => expect(isFuture(text)).toBe(false));
});

describe('futureMarkers', () => {
	test('finds each marker’s words, in order', () => {
		const text = 'She said she will go and is expected to return next month.';
		expect(futureMarkers(text).map(({ from, to }) => text.slice(from, to))).toEqual([
			'will',
			'is expected',
			'next',
		]);
	});
});
