import { describe, expect, test } from 'vitest';
import {
	consistent,
	findAllFigures,
	findFigures,
	groupFigures,
	type FigureMention,
} from '../../../scripts/pipeline/extract/figures.ts';
import { storySentences, type Sentence } from '../../../scripts/pipeline/extract/sentences.ts';
import { FigureSchema } from '../../../src/schemas/figure.ts';
import { seedArticles } from './extract-helpers.ts';

/** A sentence that is a whole paragraph of its own. */
function sentence(
	text: string,
	options: { article?: string; published?: string; index?: number } = {},
): Sentence {
	return {
		article: options.article ?? '2024-04-24-test-story',
		published: options.published ?? '2024-04-24',
		paragraph: `p-${(options.index ?? 0) + 1}`,
		text,
		start: 0,
		end: text.length,
		index: options.index ?? 0,
	};
}

/** The sentences of one made-up article, in order. */
const story = (article: string, published: string, ...texts: string[]): Sentence[] =>
	texts.map((text, index) => sentence(text, { article, published, index }));

const pick = ({ value, unit, text }: FigureMention) => ({ value, unit, text });

/** A mention with only what `consistent` reads. */
const reported = (text: string, value: number, unit: string): FigureMention => ({
	value,
	unit,
	text,
	measure: 'm',
	key: `${unit}|m|`,
	source: { article: 'a', paragraph: 'p-1', quote: text },
});

describe('findFigures', () => {
	test.each([
		['Bilateral trade reached a record US$240.1 billion.', 240_100_000_000, 'USD', 'US$240.1 billion'],
		['Trade reached $240 billion.', 240_000_000_000, 'USD', '$240 billion'],
		['Modi objected to the $46-billion corridor.', 46_000_000_000, 'USD', '$46-billion'],
		['The government signed a £1.2bn contract with Airbus.', 1_200_000_000, 'GBP', '£1.2bn'],
		['The EU approved aid worth €3 million for the region.', 3_000_000, 'EUR', '€3 million'],
		['The company earned HK$3.5bn.', 3_500_000_000, 'HKD', 'HK$3.5bn'],
		['Exports rose 12 per cent in March.', 12, 'percent', '12 per cent'],
		['Exports rose 12% in March.', 12, 'percent', '12%'],
		['Imports fell by 5.5 per cent last year.', -5.5, 'percent', '5.5 per cent'],
		['Some 1,200 troops were deployed to the border.', 1200, 'troops', 'Some 1,200 troops'],
		['More than 300 people were arrested in Paris on Saturday.', 300, 'people', 'More than 300 people'],
		['A record 1.5 million people visited the fair.', 1_500_000, 'people', '1.5 million people'],
		['Twenty-five countries attended the summit.', 25, 'countries', 'Twenty-five countries'],
		['Nine people were killed in the blast.', 9, 'people', 'Nine people'],
		['The prime minister began a two-week visit to Japan on Monday.', 14, 'days', 'two-week'],
		['He ended a nine-day trip to Russia.', 9, 'days', 'nine-day'],
		['The 15-member UN Security Council met on Friday.', 15, 'members', '15-member'],
		['The 27-nation bloc agreed the deal.', 27, 'members', '27-nation'],
	])('reads %j as one figure', (text, value, unit, written) => {
		expect(findFigures(sentence(text)).map(pick)).toEqual([{ value, unit, text: written }]);
	});

	test.each([
		['a year', 'The mechanism was established in 2014 and has met since 2010.'],
		['a day and month', 'His inauguration is expected to take place on May 7, after talks on 28 April.'],
		['a month and year', 'Chen was promoted in a leadership change in October 2022.'],
		['an ordinal', 'He co-chaired the 10th meeting and attended the 12th International Meeting.'],
		['an anniversary', 'Putin will mark the 75th anniversary of diplomatic relations.'],
		['a ranking', 'Russia became mainland China’s sixth largest trading partner.'],
		['"the two countries"', 'Officials of the two countries meet regularly.'],
		['"the two sides"', 'The two sides agreed to deepen cooperation.'],
		['"the two leaders"', 'The two leaders discussed the war in Ukraine.'],
		['"the two nations"', 'They agreed for the two nations to continue high-level dialogue.'],
		['"the two men"', 'The two men shook hands.'],
		['"the two" with no noun', 'In their talks, the two pledged to defend a multipolar world.'],
		['a multiplier', 'Output grew 2x in a year.'],
		['a time', 'The vote took place at 7.30pm and again at 10:30.'],
		['a name with a number', 'The G20 met during the Covid-19 pandemic.'],
		['an age', 'A 45-year-old man was questioned.'],
		['a span of time', 'Talks lasted three days and ended two weeks ago.'],
	])('ignores %s', (_, text) => {
		expect(findFigures(sentence(text))).toEqual([]);
	});

	test.each([
		['Some 1,200 troops were deployed to the border.', 'troops deployed to the border'],
		['Police arrested more than 300 people in Paris.', 'people arrested in Paris'],
		['The blast killed 12 people.', 'people killed in the blast'],
		['Two people were injured in the explosion.', 'people injured in the explosion'],
		['Twenty-five countries attended the summit.', 'countries attending the summit'],
		['About 40 per cent of voters backed the plan.', 'share of voters'],
		['Sino-Russian trade grew 5 per cent this year.', 'China–Russia trade growth'],
		['Trade between China and Brazil reached $150 billion in 2023.', 'Brazil–China trade'],
		['Unemployment fell to 12% last year.', 'Unemployment'],
		['The government signed a £1.2bn contract.', 'value of the contract'],
		['Macron’s three-day state visit to China ends on Friday.', 'length of Macron’s state visit to China'],
		['The 27-nation bloc agreed the deal.', 'members of the bloc'],
	])('describes what %j measures', (text, measure) => {
		expect(findFigures(sentence(text)).map((m) => m.measure)).toEqual([measure]);
	});

	test('counts each of two figures in one phrase and keeps "more than" in the text', () => {
		const text =
			'Leaders attended the Global Forum, along with officials from more than 100 countries and six organisations.';
		expect(findFigures(sentence(text)).map((m) => [m.text, m.unit, m.measure])).toEqual([
			['more than 100 countries', 'countries', 'countries attending the Global Forum'],
			['six organisations', 'organisations', 'organisations attending the Global Forum'],
		]);
	});

	test('lets a second count share the verb of the first: "fired 40 missiles and 30 drones"', () => {
		const found = findFigures(sentence('Russia fired 40 missiles and 30 drones overnight.'));
		expect(found.map((m) => m.measure)).toEqual(['missiles fired', 'drones fired']);
	});

	test('reads what "the attack" was from an earlier sentence of the article', () => {
		const [first, second] = story(
			'a',
			'2024-04-24',
			'Officials condemned last month’s attack on a market in Kabul.',
			'At least 20 people were killed in the attack.',
		) as [Sentence, Sentence];
		expect(findFigures(second, [first]).map((m) => m.measure)).toEqual([
			'people killed in the attack on a market in Kabul',
		]);
		expect(findFigures(second).map((m) => m.measure)).toEqual(['people killed in the attack']);
	});

	test('names the traveller in full when the article did earlier', () => {
		const sentences = story(
			'a',
			'2024-04-24',
			'Foreign Minister Wang Yi met his counterpart on Monday.',
			'Wang, a member of the Politburo, began a five-day trip to Brazil on Tuesday.',
		);
		expect(findAllFigures(sentences).map((m) => m.measure)).toEqual(['length of Wang Yi’s trip to Brazil']);
	});

	test('quotes the whole sentence as it stands in the paragraph', () => {
		const text = 'Exports rose 12% in March.';
		expect(findFigures(sentence(text))[0]?.source).toEqual({
			article: '2024-04-24-test-story',
			paragraph: 'p-1',
			quote: text,
		});
	});
});

describe('keys', () => {
	const keyOf = (text: string, published = '2024-04-24') =>
		findFigures(sentence(text, { published }))[0]?.key;

	test.each([
		[
			'Bilateral trade between China and Russia jumped 5% last year.',
			'Sino-Russian trade grew 5 per cent in 2023.',
		],
		[
			'China’s total trade with Russia reached $240 billion last year.',
			'China-Russia trade hit US$240.1 billion in 2023.',
		],
		['Some 300 people were arrested in Paris.', 'Police arrested 300 people in Paris.'],
		['The 27-member council met.', 'The 27-nation council met.'],
		['The premier made a three-day visit to Japan.', 'The premier ended a three-day trip to Japan.'],
	])('meet for %j and %j', (a, b) => {
		expect(keyOf(a)).toBeDefined();
		expect(keyOf(a)).toBe(keyOf(b));
	});

	test.each([
		[
			'trade in two different years',
			'Trade with Russia reached $240 billion last year.',
			'Trade with Russia reached $200 billion in 2022.',
		],
		[
			'people killed and people injured',
			'Nine people were killed in Kabul.',
			'Nine people were injured in Kabul.',
		],
		[
			'trade with two different partners',
			'China’s trade with Russia grew 5%.',
			'China’s trade with Brazil grew 5%.',
		],
		[
			'the trips of two travellers',
			'Antony Blinken began a three-day visit to China.',
			'Olaf Scholz began a three-day visit to China.',
		],
	])('keep %s apart', (_, a, b) => {
		expect(keyOf(a)).not.toBe(keyOf(b));
	});

	test('date "last year" from the day of publication', () => {
		expect(keyOf('Trade with Russia reached $240 billion last year.', '2024-04-19')).toMatch(/@2023$/);
		expect(keyOf('Trade with Russia reached $240 billion last year.', '2025-01-02')).toMatch(/@2024$/);
	});
});

describe('consistent', () => {
	test.each([
		['US$240.1 billion', '$240 billion', true, 240.1e9, 240e9, 'USD'],
		['26.3 per cent', '26 per cent', true, 26.3, 26, 'percent'],
		['12%', '12.4 per cent', true, 12, 12.4, 'percent'],
		['more than 100 countries', '100 countries', true, 100, 100, 'countries'],
		['more than 100 countries', '120 countries', true, 100, 120, 'countries'],
		['At least 137 people', '140 people', true, 137, 140, 'people'],
		['About 40 per cent', '43 per cent', true, 40, 43, 'percent'],
		['Some 1,200 troops', '1,300 troops', true, 1200, 1300, 'troops'],
		['At least 137 people', '133 people', false, 137, 133, 'people'],
		['133 people', '137 people', false, 133, 137, 'people'],
		['26.3 per cent', '27 per cent', false, 26.3, 27, 'percent'],
		['up to 50 people', '60 people', false, 50, 60, 'people'],
		['1,200 troops', '1,300 troops', false, 1200, 1300, 'troops'],
	])('says %j and %j agree: %s', (aText, bText, expected, aValue, bValue, unit) => {
		const a = reported(aText, aValue, unit);
		const b = reported(bText, bValue, unit);
		expect(consistent(a, b)).toBe(expected);
		expect(consistent(b, a)).toBe(expected);
	});

	test('says amounts in two currencies never agree', () => {
		expect(consistent(reported('$240 billion', 240e9, 'USD'), reported('£240bn', 240e9, 'GBP'))).toBe(false);
	});
});

describe('groupFigures', () => {
	const two = [
		...story(
			'2024-04-19-one-outlet',
			'2024-04-19',
			'Trade with Russia reached $240 billion last year, up 26 per cent.',
		),
		...story(
			'2024-04-24-another-outlet',
			'2024-04-24',
			'Trade with Russia jumped 26.3% to US$240.1 billion last year.',
		),
	];

	test('puts one measure from two articles in one group and calls it consistent', () => {
		const figures = groupFigures(findAllFigures(two));
		expect(figures.map((f) => [f.group, f.text, f.agreement])).toEqual([
			['trade-with-russia', '$240 billion', 'consistent'],
			['trade-with-russia', 'US$240.1 billion', 'consistent'],
			['trade-with-russia-growth', '26 per cent', 'consistent'],
			['trade-with-russia-growth', '26.3%', 'consistent'],
		]);
		for (const figure of figures) expect(FigureSchema.parse(figure)).toEqual(figure);
	});

	test('calls a group with one report single and one whose reports disagree conflicting', () => {
		const figures = groupFigures(
			findAllFigures([
				...story('a-one', '2024-04-19', '133 people were killed at a market in Kabul.'),
				...story('b-two', '2024-04-24', 'At least 137 people were killed at a market in Kabul.'),
				...story('c-three', '2024-04-24', 'Some 1,200 troops were deployed to the border.'),
			]),
		);
		expect(figures.map((f) => [f.group, f.agreement])).toEqual([
			['people-killed-market-kabul', 'conflicting'],
			['people-killed-market-kabul', 'conflicting'],
			['troops-deployed-border', 'single'],
		]);
	});

	test('joins a report with no date to the only dated group of its measure', () => {
		const figures = groupFigures(
			findAllFigures([
				...story('a-one', '2024-04-19', 'Trade with Russia reached $240 billion last year.'),
				...story('b-two', '2024-04-24', 'Trade with Russia reached $240 billion.'),
			]),
		);
		expect(new Set(figures.map((f) => f.group)).size).toBe(1);
	});

	test('gives ids from the group and a short article id, with a suffix for a second report in one article', () => {
		const figures = groupFigures(
			findAllFigures(
				story(
					'2024-04-24-china-and-russia-eye-stronger-intelligence-and-law',
					'2024-04-24',
					'1,200 troops were deployed to the border.',
					'1,300 troops were deployed to the border.',
				),
			),
		);
		expect(figures.map((f) => f.id)).toEqual([
			'troops-deployed-border-2024-04-24-china-and-russia',
			'troops-deployed-border-2024-04-24-china-and-russia-2',
		]);
		expect(figures[0]?.agreement).toBe('conflicting');
	});
});

describe('on the seed articles', () => {
	const articles = seedArticles();
	const sentences = storySentences(articles);
	const figures = groupFigures(findAllFigures(sentences));
	const group = (text: string) => {
		const figure = figures.find((f) => f.text === text);
		expect(figure, text).toBeDefined();
		return figures.filter((f) => f.group === figure!.group);
	};

	test('133 and at least 137 killed near Moscow form one conflicting group', () => {
		const killed = group('133 people');
		expect(killed.map((f) => f.text).sort()).toEqual(['133 people', 'At least 137 people']);
		expect(killed.every((f) => f.agreement === 'conflicting')).toBe(true);
		expect(killed[0]?.measure).toMatch(/^people killed in the attack .*concert hall near Moscow$/);
	});

	test.each([
		['US$240.1 billion', '$240 billion', 'USD'],
		['26.3 per cent', '26 per cent', 'percent'],
	])('%j and %j form one consistent group', (a, b, unit) => {
		const reports = group(a);
		expect(reports.map((f) => f.text).sort()).toEqual([a, b].sort());
		expect(reports.every((f) => f.agreement === 'consistent' && f.unit === unit)).toBe(true);
	});

	test.each([
		['24-member', 24, 'members', /Politburo/],
		['nine-day', 9, 'days', /trip to Russia/],
		['seven-day', 7, 'days', /trip/],
		['three-day', 3, 'days', /visit to China/],
		['more than 100 countries', 100, 'countries', /International Meeting of High Representatives/],
		['six international organisations', 6, 'organisations', /International Meeting of High Representatives/],
	])('finds %j', (text, value, unit, measure) => {
		const [figure] = group(text);
		expect(figure).toMatchObject({ value, unit, agreement: 'single' });
		expect(figure?.measure).toMatch(measure);
	});

	test('finds no years, dates, ordinals or "the two countries"', () => {
		expect(figures.map((f) => f.text).sort()).toEqual(
			[
				'$240 billion',
				'133 people',
				'24-member',
				'26 per cent',
				'26.3 per cent',
				'At least 137 people',
				'US$240.1 billion',
				'more than 100 countries',
				'nine-day',
				'seven-day',
				'six international organisations',
				'three-day',
			].sort(),
		);
	});

	test('keeps the trips of 2024 and 2025 apart', () => {
		expect(group('nine-day')[0]?.group).not.toBe(group('seven-day')[0]?.group);
	});

	test('quotes every source exactly as its paragraph has it, and every record fits the schema', () => {
		const paragraphs = new Map(articles.flatMap((a) => a.paragraphs.map((p) => [`${a.id}#${p.id}`, p.text])));
		for (const figure of figures) {
			FigureSchema.parse(figure);
			for (const source of figure.sources) {
				expect(paragraphs.get(`${source.article}#${source.paragraph}`)).toContain(source.quote);
			}
		}
		expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
	});
});
