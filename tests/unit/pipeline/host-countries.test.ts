import { describe, expect, test } from 'vitest';
import {
	hostCountries,
	outletCountry,
	type HostCandidate,
} from '../../../scripts/pipeline/extract/host-countries.ts';

const person = (
	id: string,
	country: string | null,
	titles: string[],
	visited: string[] = [],
): HostCandidate => ({
	id,
	country,
	titles,
	visited: new Set(visited),
});
const meeting = (
	participants: string[],
	place: string | null,
	placeBasis: 'stated' | 'context' | 'story' = 'stated',
) => ({
	participants,
	place,
	placeBasis,
});

const LI = person('li-keqiang', 'China', ['Premier']);
const MERKEL = person('angela-merkel', null, ['Chancellor']);

describe('hostCountries', () => {
	test('gives a national office’s holder meeting a visitor in a city of their country that country', () => {
		expect(hostCountries([LI, MERKEL], [meeting(['angela-merkel', 'li-keqiang'], 'Berlin')])).toEqual(
			new Map([['angela-merkel', 'Germany']]),
		);
	});

	test.each<[string, HostCandidate[], ReturnType<typeof meeting>[]]>([
		[
			'not from the story’s setting',
			[LI, MERKEL],
			[meeting(['angela-merkel', 'li-keqiang'], 'Berlin', 'story')],
		],
		[
			'not when no one of another country is there',
			[MERKEL, person('olaf-scholz', null, ['Minister'])],
			[meeting(['angela-merkel', 'olaf-scholz'], 'Berlin')],
		],
		[
			'not to an ambassador',
			[LI, person('jan-hecker', null, ['Ambassador'])],
			[meeting(['jan-hecker', 'li-keqiang'], 'Beijing')],
		],
		[
			'not to one of no national office',
			[LI, person('anna-wolf', null, ['adviser'])],
			[meeting(['anna-wolf', 'li-keqiang'], 'Berlin')],
		],
		[
			'not when their meetings disagree',
			[LI, MERKEL],
			[meeting(['angela-merkel', 'li-keqiang'], 'Berlin'), meeting(['angela-merkel', 'li-keqiang'], 'Paris')],
		],
		[
			'not to one reported travelling there',
			[LI, person('hina-khar', null, ['Foreign Minister'], ['Uzbekistan'])],
			[meeting(['hina-khar', 'li-keqiang'], 'Samarkand')],
		],
		[
			'not to one who met that country’s own officials there',
			[
				LI,
				person('hina-khar', null, ['Foreign Minister']),
				person('bakhtiyor-saidov', 'Uzbekistan', ['Foreign Minister']),
			],
			[
				meeting(['hina-khar', 'li-keqiang'], 'Samarkand'),
				meeting(['bakhtiyor-saidov', 'hina-khar'], 'Samarkand'),
			],
		],
	])('gives none %s', (_, people, meetings) => {
		expect(hostCountries(people, meetings)).toEqual(new Map());
	});
});

describe('outletCountry', () => {
	test.each([
		['The Jakarta Post', 'Indonesia'],
		['Tehran Times', 'Iran'],
		['Hungary Today', 'Hungary'],
		['The Times of India', 'India'],
		['Daily Sabah', null],
		['Reuters', null],
		[null, null],
	])('places %s in %s', (outlet, country) => expect(outletCountry(outlet)).toBe(country));
});
