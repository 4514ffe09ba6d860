import { describe, expect, test } from 'vitest';
import { contextDate } from '../../../../scripts/pipeline/extract/toolkit/context-date.ts';
import { article, factLines } from '../extract-helpers.ts';

/** The date sentence `i` of one made-up article takes from its context, as its words. */
function context(paragraphs: string[], i: number, future = true) {
	const lines = factLines([article('a', '2024-03-14', paragraphs)]);
	const published = lines[i]!.sentence.published;
	return contextDate(lines, i, (d) => future || d.earliest <= published)?.text;
}

describe('contextDate', () => {
	test.each([
		[
			'the last date of the sentence before',
			['The delegation landed in Oslo on Monday and left on Tuesday.', 'During the visit, talks went well.'],
			1,
			'Tuesday',
		],
		[
			'a date two sentences back',
			['The envoy arrived in Hanoi in February.', 'She toured a port.', 'During the visit, talks went well.'],
			2,
			'February',
		],
		[
			'nothing three sentences back',
			['The envoy arrived in Hanoi in February.', 'She toured a port.', 'She spoke.', 'Talks went well.'],
			3,
			undefined,
		],
		['nothing for the first sentence', ['During the visit, talks went well.'], 0, undefined],
	])('takes %s', (_, paragraphs, i, expected) => expect(context(paragraphs, i)).toBe(expected));

	test('passes over dates it is told not to take', () => {
		const paragraphs = [
			'The envoy arrived in Hanoi in February.',
			'She returns next month.',
			'Talks went well.',
		];
		expect(context(paragraphs, 2)).toBe('next month');
		expect(context(paragraphs, 2, false)).toBe('February');
	});

	test('never looks into another article', () => {
		const lines = factLines([
			article('a', '2024-03-14', ['The envoy arrived in Hanoi in February.']),
			article('b', '2024-03-14', ['Talks went well.']),
		]);
		expect(contextDate(lines, 1)).toBeUndefined();
	});
});
