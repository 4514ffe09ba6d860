import { describe, expect, test } from 'vitest';
import { findConferences } from '../../../../scripts/pipeline/extract/event-mentions/conferences.ts';
import { topicKey } from '../../../../scripts/pipeline/extract/event-mentions/topic-key.ts';
import { line } from './lines.ts';

describe('findConferences', () => {
	test.each([
		[
			'Foreign Minister Aino Lehtinen attended the 5th Nordic-Asian Dialogue on Maritime Security in Helsinki.',
			[
				{
					name: '5th Nordic-Asian Dialogue on Maritime Security',
					ordinal: 5,
					participants: ['aino-lehtinen'],
					places: ['Helsinki'],
					planned: false,
				},
			],
		],
		[
			'Kenyan President Daniel Otieno will attend the East African Security Summit in Kampala, Interior Minister Joseph Mwangi confirmed.',
			[
				{
					name: 'East African Security Summit',
					key: 'african east security',
					participants: ['daniel-otieno'],
					places: ['Kampala'],
					planned: true,
				},
			],
		],
		[
			'Officials gathered for the 21st meeting of senior officials on regional security issues.',
			[{ name: '21st meeting of senior officials on regional security issues', ordinal: 21 }],
		],
		[
			'Leaders prepared for this year’s ASEAN summit in Vientiane and the G20 summit in Rio.',
			[
				{ name: 'ASEAN summit', places: ['Vientiane'] },
				{ name: 'G20 summit', places: ['Rio'] },
			],
		],
		['The ministers held a meeting in Geneva.', []],
	])('reads %j', (sentence, expected) => {
		const found = findConferences(line(sentence));
		expect(found).toHaveLength(expected.length);
		expected.forEach((fields, i) => expect(found[i]).toMatchObject({ kind: 'conference', ...fields }));
	});
});

describe('topicKey', () => {
	test.each([
		[
			'12th International Meeting of High Representatives for Security Issues',
			'12th high representative security',
		],
		[
			'Sino-Russian law enforcement and security cooperation mechanism',
			'cooperation enforcement law mechanism security',
		],
		[
			'China-Russia law enforcement and security cooperation mechanism',
			'cooperation enforcement law mechanism security',
		],
		['the Pacific Trade Forum', 'pacific trade'],
	])('keys %j as %j', (name, key) => expect(topicKey(name)).toBe(key));
});
