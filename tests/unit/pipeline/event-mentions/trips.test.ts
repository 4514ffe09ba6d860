import { describe, expect, test } from 'vitest';
import { findTrips } from '../../../../scripts/pipeline/extract/event-mentions/trips.ts';
import { line } from './lines.ts';

describe('findTrips', () => {
	test.each([
		[
			'Kenyan President Daniel Otieno began a thirteen-day trip to Japan on Monday.',
			{
				kind: 'trip',
				name: 'a thirteen-day trip',
				person: 'daniel-otieno',
				places: ['Japan'],
				lengthDays: 13,
			},
		],
		[
			'Prime Minister Ines Moreau set off on a twenty-one-day tour of West Africa.',
			{ kind: 'trip', name: 'a twenty-one-day tour', person: 'ines-moreau', lengthDays: 21 },
		],
		[
			'Foreign Minister Aino Lehtinen will make a two-week visit to Chile.',
			{ kind: 'visit', person: 'aino-lehtinen', places: ['Chile'], lengthDays: 14, planned: true },
		],
		[
			'Trade Minister Rafael Duarte returned from a 10-day trip to India.',
			{ kind: 'trip', person: 'rafael-duarte', places: ['India'], lengthDays: 10, planned: false },
		],
		[
			'Deputy Premier Liu Jianping visited Hanoi on Tuesday.',
			{ kind: 'visit', name: 'visited', person: 'liu-jianping', places: ['Hanoi'], lengthDays: null },
		],
		[
			'The visit by Prime Minister Ines Moreau to Oslo drew protests.',
			{ kind: 'visit', name: 'The visit', person: 'ines-moreau', places: ['Oslo'] },
		],
		[
			'Interior Minister Joseph Mwangi said the talks went well, as he wrapped up a five-day trip to Uganda.',
			{ person: 'joseph-mwangi', places: ['Uganda'], lengthDays: 5, ending: true },
		],
		[
			'Defence Minister Tomas Varga is slated to begin an official visit to Seoul.',
			{ kind: 'visit', name: 'an official visit', places: ['Seoul'], planned: true },
		],
	])('reads %j', (sentence, expected) => {
		const found = findTrips(line(sentence));
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject(expected);
	});

	test('reads no trip that nobody takes', () =>
		expect(findTrips(line('The trip was postponed.'))).toEqual([]));

	test('gives the visit a speaker speaks of to nobody', () =>
		expect(
			findTrips(line('Kremlin aide Oleg Marin had said the memorandum would be signed during the visit.')),
		).toEqual([]));

	test('leaves the trip undated: dating is the next step', () => {
		const [trip] = findTrips(line('Kenyan President Daniel Otieno began a trip to Japan on Monday.'));
		expect([trip?.start, trip?.during]).toEqual([null, null]);
	});
});
