import { describe, expect, test } from 'vitest';
import { findPlaces } from '../../../scripts/pipeline/extract/places.ts';

describe('findPlaces', () => {
	test.each([
		['a city after "in"', 'Ministers met in Moscow on Monday.', [['Moscow', 'in', false]]],
		['a country after "to"', 'She flew to Kazakhstan.', [['Kazakhstan', 'to', false]]],
		['a possessive country', 'Russia’s envoy spoke.', [['Russia', null, true]]],
		['an abbreviation in the name', 'He went to St. Petersburg.', [['St Petersburg', 'to', false]]],
		['a particle inside the name', 'They met in Dar es Salaam.', [['Dar es Salaam', 'in', false]]],
		[
			'"the city of X" as "in X"',
			'Talks were held in the Uzbek city of Samarkand.',
			[['Samarkand', 'in', false]],
		],
		['no demonym', 'The Russian president spoke.', []],
		['no month', 'They met in May.', []],
		['no war', 'The islands were seized in World War II.', []],
		['no title of a ministry', 'The Minister of State Security spoke.', []],
	])('%s', (_, text, expected) =>
		expect(findPlaces(text).map((p) => [p.name, p.preposition, p.possessive])).toEqual(expected),
	);
});
