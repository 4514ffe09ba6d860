import { describe, expect, test } from 'vitest';
import { describedPeople, type NamedSoFar } from '../../../scripts/pipeline/extract/descriptions.ts';

/** Someone named so far: their id, country, title and name. */
const named = (person: string, country: string, title: string, name: string): NamedSoFar => ({
	person,
	countries: new Set([country]),
	titles: [title],
	appositives: [],
	nameParts: new Set(name.split(' ')),
});
const XI = named('xi-jinping', 'China', 'President', 'Xi Jinping');
const LI = named('li-qiang', 'China', 'Premier', 'Li Qiang');
const WANG = named('wang-yi', 'China', 'Foreign Minister', 'Wang Yi');
const TRUMP = named('donald-trump', 'United States', 'President', 'Donald Trump');
const MODI = named('narendra-modi', 'India', 'Prime Minister', 'Narendra Modi');
/** Named with no country or title: "Wang Yi's stop at the Kremlin". */
const UNKNOWN_WANG: NamedSoFar = {
	person: 'wang-yi',
	countries: new Set(),
	titles: [],
	appositives: [],
	nameParts: new Set(['Wang', 'Yi']),
};

/** Who each description in `text` stands for, as "words → person". */
const described = (
	text: string,
	named: readonly NamedSoFar[],
	mentions: { start: number; end: number; titleText: string | null }[] = [],
) => describedPeople(text, named, mentions).map((d) => `${text.slice(d.start, d.end)} → ${d.person}`);

describe('describedPeople', () => {
	test.each<[string, string, NamedSoFar[], string[]]>([
		[
			'"the Chinese leader" for the one Chinese president named',
			'Putin hosted the Chinese leader.',
			[XI, TRUMP],
			['the Chinese leader → xi-jinping'],
		],
		[
			'"China\'s top diplomat" for the foreign minister',
			"China's top diplomat flew in.",
			[XI, WANG],
			["China's top diplomat → wang-yi"],
		],
		[
			'"the U.S. president", a country with full stops',
			'He met the U.S. president.',
			[XI, TRUMP],
			['the U.S. president → donald-trump'],
		],
		['no one when two people fit', 'He met the Chinese leader.', [XI, LI], []],
		['no one of a country not named so far', 'He met the Russian president.', [XI, TRUMP], []],
		[
			'the surnames of "the Xi-Modi meeting"',
			'The Xi-Modi meeting lasted an hour.',
			[XI, MODI],
			['Xi → xi-jinping', 'Modi → narendra-modi'],
		],
		[
			'a possessive country after a lower-case verb, for the one person it could be',
			'Putin received China’s most senior diplomat at the Kremlin.',
			[UNKNOWN_WANG, named('vladimir-putin', 'Russia', 'President', 'Vladimir Putin')],
			['China’s most senior diplomat → wang-yi'],
		],
		[
			'of two holders, the one of no other country',
			'Modi will hold talks with the Chinese leader.',
			[{ ...TRUMP, countries: new Set(['United States', 'China']) }, XI, MODI],
			['the Chinese leader → xi-jinping'],
		],
		[
			'of two it could be, the one an appositive gave no other office',
			'Putin held talks with the Chinese leader.',
			[
				{ ...UNKNOWN_WANG, person: 'xi-jinping', nameParts: new Set(['Xi']) },
				{ ...UNKNOWN_WANG, person: 'wang-xiaohong', appositives: ['China’s minister of public security'] },
			],
			['the Chinese leader → xi-jinping'],
		],
		[
			'no one when two people of unknown country could be meant',
			'Putin received China’s most senior diplomat.',
			[UNKNOWN_WANG, { ...UNKNOWN_WANG, person: 'qin-gang' }],
			[],
		],
	])('%s', (_, text, named, expected) => expect(described(text, named)).toEqual(expected));

	test('not one the sentence itself names for the one it could be', () => {
		const text = 'Wang Yi met China’s top diplomat.';
		expect(describedPeople(text, [UNKNOWN_WANG], [], undefined, new Set(['wang-yi']))).toEqual([]);
	});

	test('not a title written before a name', () => {
		const text = 'Officials said the Chinese leader Xi Jinping arrived.';
		expect(
			described(
				text,
				[XI],
				[{ start: text.indexOf('Xi Jinping'), end: text.indexOf(' arrived'), titleText: null }],
			),
		).toEqual([]);
	});
});

describe('describedPeople: an office with no country opening a sentence', () => {
	test('stands for the protagonist among those holding it', () => {
		const text = 'The head of state also had a meeting with Zhao Leji.';
		const mentions = [{ start: 42, end: 51, titleText: null }];
		// XI is the story's protagonist here; MODI holds no head of state's title.
		const found = describedPeople(text, [TRUMP, XI, MODI], mentions, (people) =>
			people.includes('xi-jinping') ? 'xi-jinping' : people[0]!,
		);
		expect(found.map((d) => `${text.slice(d.start, d.end)} → ${d.person}`)).toEqual([
			'The head of state → xi-jinping',
		]);
	});

	test('is no one when nobody named holds it, or when a name follows at once', () => {
		expect(described('The Premier spoke on Monday.', [XI, TRUMP])).toEqual([]);
		expect(
			described('The President Xi Jinping spoke.', [XI], [{ start: 14, end: 25, titleText: 'President' }]),
		).toEqual([]);
	});
});
