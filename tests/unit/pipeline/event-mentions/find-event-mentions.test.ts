import { describe, expect, test } from 'vitest';
import { findEventMentions } from '../../../../scripts/pipeline/extract/event-mentions.ts';
import { article, factLines } from '../extract-helpers.ts';

/** Each event the made-up article's sentences report, with how it is dated. */
const dated = (paragraphs: string[], published = '2024-03-14') =>
	findEventMentions(factLines([article('a', published, paragraphs)])).map((m) => [
		m.kind,
		m.name,
		m.start?.date ?? null,
		m.end?.date ?? null,
		m.during?.date ?? null,
		m.planned,
	]);

describe('findEventMentions', () => {
	test.each([
		[
			'a date to the event named before it',
			['Kenyan President Daniel Otieno began a thirteen-day trip to Japan on Monday.'],
			[['trip', 'a thirteen-day trip', '2024-03-11', null, null, false]],
		],
		[
			'a range as the start and end',
			['Foreign Minister Aino Lehtinen will visit Chile from Sunday to 22 March.'],
			[['visit', 'will visit', '2024-03-17', '2024-03-22', null, true]],
		],
		[
			'a date to the event after it when none is named before',
			['Officials condemned last month’s attack on a police station near Nairobi.'],
			[['attack', 'Attack on a police station near Nairobi', '2024-02', null, null, false]],
		],
		[
			'no date of reporting ("said on Friday")',
			['Foreign Minister Aino Lehtinen said on Friday that her visit to Chile in February went well.'],
			[['visit', 'her visit', '2024-02', null, null, false]],
		],
		[
			'no date of what came before or after the event ("her trip had been preceded by a call on 2 March")',
			[
				'Foreign Minister Aino Lehtinen’s trip to Chile had been preceded by a telephone call between the two presidents on 2 March.',
				'Trade Minister Rafael Duarte’s visit to Peru came on the heels of elections there on 3 March.',
			],
			[
				['trip', 'trip', null, null, null, false],
				['visit', 'visit', null, null, null, false],
			],
		],
		[
			'a day within a trip from a sentence that says it coincided with something dated',
			[
				'Foreign Minister Aino Lehtinen began a trip to Chile that coincided with a visit by Trade Minister Rafael Duarte to Peru this week.',
			],
			[
				['trip', 'a trip', null, null, '2024-W11', false],
				['visit', 'a visit', '2024-W11', null, null, false],
			],
		],
		[
			'a day within a visit from the sentence before',
			[
				'Foreign Minister Aino Lehtinen arrived in Santiago on Monday.',
				'During her visit, she met mine workers.',
			],
			[
				['visit', 'arrived in', '2024-03-11', null, null, false],
				['visit', 'her visit', null, null, '2024-03-11', false],
			],
		],
		[
			'an event dated after publication as planned',
			['Foreign Minister Aino Lehtinen begins a visit to Chile next Tuesday.'],
			[['visit', 'a visit', '2024-03-19', null, null, true]],
		],
		[
			'one date for two conferences joined by "and"',
			['Leaders prepared for this year’s ASEAN summit in Vientiane and the G20 summit in Rio.'],
			[
				['conference', 'ASEAN summit', '2024', null, null, false],
				['conference', 'G20 summit', '2024', null, null, false],
			],
		],
		[
			'an election or invasion only when the sentence dates it',
			[
				'Officials discussed Russia’s invasion of Ukraine.',
				'Kenyan President Daniel Otieno won a landslide re-election in August.',
			],
			[['other', 'landslide re-election', '2023-08', null, null, false]],
		],
	])('gives %s', (_, paragraphs, expected) => expect(dated(paragraphs)).toEqual(expected));
});
