import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { countryOfPlace } from '../../../../scripts/pipeline/extract/gazetteer/index.ts';
import { placeKey } from '../../../../scripts/pipeline/extract/gazetteer/place-key.ts';
import { GAZETTEER_FILE, gazetteerLines, gazetteerText } from '../../../../scripts/gazetteer/table.ts';

describe('placeKey', () => {
	test.each([
		['St. Petersburg', 'st petersburg'],
		['Saint Petersburg', 'st petersburg'],
		['St Petersburg', 'st petersburg'],
		['Xi’an', 'xian'],
		['Nur-Sultan', 'nur sultan'],
		['Brasília', 'brasilia'],
		['  Dar es  Salaam ', 'dar es salaam'],
		['Washington, D.C.', 'washington dc'],
	])('keys %j as %j', (name, key) => expect(placeKey(name)).toBe(key));
});

describe('countryOfPlace', () => {
	test.each([
		['a country is its own', 'Russia', 'Russia'],
		['a capital', 'Moscow', 'Russia'],
		['a city two countries have, as the larger one’s', 'St. Petersburg', 'Russia'],
		['a spelling with "Saint"', 'Saint Petersburg', 'Russia'],
		['a city with an apostrophe', 'Xi’an', 'China'],
		['a resort', 'Sochi', 'Russia'],
		['a former name', 'Nur-Sultan', 'Kazakhstan'],
		['a country Natural Earth names otherwise', 'Washington', 'United States'],
		['a town the table does not know', 'Tunxi', null],
		['no place at all', 'Politburo', null],
	])('%s: %j → %j', (_, place, country) => expect(countryOfPlace(place)).toBe(country));
});

describe('the gazetteer table', () => {
	test('is what `npm run gazetteer` makes from the installed Natural Earth data', async () => {
		expect(await readFile(GAZETTEER_FILE, 'utf8')).toBe(await gazetteerText());
	});

	test('keys a city several places share to the most populous, and leaves out a country’s namesake', async () => {
		const lines = gazetteerLines([
			{ city: 'Springfield', city_ascii: 'Springfield', country: 'United States of America', pop: 160_000 },
			{ city: 'Springfield', city_ascii: 'Springfield', country: 'Australia', pop: 20_000 },
			{ city: 'Singapore', city_ascii: 'Singapore', country: 'Singapore', pop: 5_000_000 },
			{ city: 'Ulaanbaatar', city_ascii: 'Ulaanbaatar', country: 'Mongolia', pop: 800_000 },
		]);
		expect(lines.find((l) => l.startsWith('United States:'))).toContain('|springfield|');
		expect(lines.find((l) => l.startsWith('Australia:'))).toBeUndefined();
		expect(lines.join('\n')).not.toContain('singapore');
		expect(lines.find((l) => l.startsWith('Mongolia:'))).toBe('Mongolia:ulaanbaatar');
	});
});
