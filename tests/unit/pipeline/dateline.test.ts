import { describe, expect, test } from 'vitest';
import { datelineDay, datelinePlace } from '../../../scripts/pipeline/extract/dateline.ts';

const story = (published: string, first: string) => ({ published, paragraphs: [{ id: 'p-1', text: first }] });

describe('datelineDay', () => {
	test.each([
		[
			'a wire dateline the day before publication',
			'2023-12-06',
			'MOSCOW, Dec 5 (Interfax) - Talks were held.',
			'2023-12-05',
		],
		[
			'a dateline with the day first and two dashes',
			'2024-07-04',
			'ASTANA, 3 July (Kazinform) -- The summit opened.',
			'2024-07-03',
		],
		[
			'a dateline with a state and a full month',
			'2024-03-14',
			'HELSINKI, Finland, March 12 - Ministers met.',
			'2024-03-12',
		],
		[
			'a dateline in the last days of the year before',
			'2025-01-02',
			'BEIJING, Dec. 30 (Xinhua) -- Officials said.',
			'2024-12-30',
		],
		[
			'the day of publication when the dateline gives it',
			'2024-03-14',
			'OSLO, March 14 (Reuters) - Talks.',
			'2024-03-14',
		],
		[
			'publication when the dateline is weeks away',
			'2024-03-14',
			'OSLO, Feb 1 (Reuters) - Talks.',
			'2024-03-14',
		],
		[
			'publication when the dateline is after it',
			'2024-03-14',
			'OSLO, March 16 (Reuters) - Talks.',
			'2024-03-14',
		],
		[
			'publication when there is no dateline',
			'2024-03-14',
			'Talks were held in Oslo on Tuesday.',
			'2024-03-14',
		],
		[
			'publication for a capitalised lede that is no dateline',
			'2024-03-14',
			'NATO, the alliance, met on Tuesday - again.',
			'2024-03-14',
		],
	])('reads %s', (_, published, first, day) => {
		expect(datelineDay(story(published, first))).toBe(day);
	});
});

describe('datelinePlace', () => {
	test.each([
		['a wire dateline', 'MOSCOW, Dec 5 (Interfax) - Talks were held.', 'Moscow'],
		["a state agency's dateline", 'BEIJING, July 27. /TASS/. Ministers met.', 'Beijing'],
		[
			'a dateline with a country after the city',
			'VLADIVOSTOK, Russia, Sept. 12 (Kyodo) -- Leaders met.',
			'Vladivostok',
		],
		['a city of two words and a hyphen', 'NUR-SULTAN, 3 July - The summit opened.', 'Nur-Sultan'],
		['a city with an abbreviation', 'ST. PETERSBURG, June 7 (AP) - The forum opened.', 'St. Petersburg'],
		['a dateline with no day', 'MOSCOW — Ministers met on Monday.', 'Moscow'],
		['a dateline with no day and an agency', 'KAZAN, Russia (AP) — Leaders met.', 'Kazan'],
		[
			'a dateline with no day and a hyphen',
			'VLADIVOSTOK, Russia - Russian President Ivan Orlov spoke.',
			'Vladivostok',
		],
		['capitals that open a sentence, not a dateline', 'NATO — the alliance — met.', null],
		['no dateline', 'Ministers met in Moscow on Tuesday.', null],
	])('%s', (_, text, expected) => expect(datelinePlace(text)).toBe(expected));
	test("a state agency's dateline gives its day too", () =>
		expect(datelineDay(story('2017-07-28', 'BEIJING, July 27. /TASS/. Ministers met.'))).toBe('2017-07-27'));
});
