import { describe, expect, test } from 'vitest';
import { findPersonMentions } from '../../../scripts/pipeline/extract/people.ts';
import { familyName, loneSurnames } from '../../../scripts/pipeline/extract/people/lone-surnames.ts';
import { findPlaces } from '../../../scripts/pipeline/extract/places.ts';
import { sentence } from './extract-helpers.ts';

/** The names each sentence of a made-up article gives, the family names written alone included. */
function names(texts: string[]) {
	const sentences = texts.map((text, i) => sentence(text, '2024-04-24', 'a', i));
	const { mentions, places } = loneSurnames(
		sentences,
		sentences.map((s) => findPersonMentions(s).map(({ sentence: _, ...m }) => m)),
		sentences.map((s) => findPlaces(s.text)),
	);
	return {
		names: mentions.map((found) => found.map((m) => m.name)),
		places: places.map((p) => p.map((x) => x.name)),
	};
}

describe('familyName', () => {
	test.each([
		[['John', 'Bolton'], 'Bolton'],
		[['Wang', 'Yi'], 'Wang'],
		[['Sergei', 'Viktorovich', 'Lavrov'], 'Lavrov'],
	])('%j → %s', (parts, family) => expect(familyName(parts)).toBe(family));
});

describe('loneSurnames', () => {
	test('takes a family name at a sentence’s start, and one a tagger knows as a town, for the person', () => {
		const { names: found, places } = names([
			'U.S. National Security Adviser John Bolton arrived in Seoul on Tuesday.',
			'Bolton, who flew in from Tokyo, sat down with the defence minister.',
		]);
		expect(found[1]).toEqual(['Bolton']);
		expect(places[1]).toEqual(['Tokyo']);
	});

	test('takes an East Asian family name, written first', () => {
		const { names: found } = names([
			'Chinese Foreign Minister Wang Yi spoke.',
			'Wang met him in Kabul last week.',
		]);
		expect(found[1]).toEqual(['Wang']);
	});

	test('leaves a family name inside another name or a title, and a word no full name has', () => {
		const { names: found } = names([
			'Chinese Foreign Minister Wang Yi spoke.',
			'Minister Wang Xiaohong and Bolton Street were mentioned.',
		]);
		expect(found[1]).toEqual(['Wang Xiaohong']);
	});
});
