import { afterEach, describe, expect, test } from 'vitest';
import { findDates, isoWeek, tenseAt, type DateMention } from '../../../scripts/pipeline/extract/dates.ts';

// Sentences quoted verbatim from the corpus.
const DURING_A_MEETING =
	'During a meeting on Tuesday, China’s top security official Chen Wenqing, who heads the Communist Party’s Central Political and Legal Affairs Commission, told Russian Security Council Secretary Nikolai Patrushev that Beijing supports Moscow in its efforts to ensure national security.';
const NINE_DAY_TRIP =
	'Chen, who also holds a seat on the Communist Party’s 24-member Politburo, began a nine-day trip to Russia on Saturday.';
const RUNS_FROM =
	'The Chinese foreign ministry said he was invited to pay an official visit to the country and to attend the 12th International Meeting of High Representatives for Security Issues in St Petersburg, which runs from Tuesday to Thursday.';
const BLINKEN =
	'US Secretary of State Antony Blinken, who landed in Shanghai on Wednesday for a three-day visit to China, is expected to press Chinese officials on a wide range of issues, including Beijing’s continued supply of key technologies and products that US officials say enable Moscow to replenish its military industries.';
const MINISTRY_SAID =
	'Chen, a member of the Communist Party’s Politburo and secretary of the Central Political and Legal Affairs Commission, has been invited to attend the 12th meeting of senior officials on international security issues, the Chinese Foreign Ministry said on Friday.';
const WILL_VISIT = 'Chen will visit Russia from Sunday to 28 April, it said.';
const EXPECTED_TO_MEET = 'He is expected to meet Russian Foreign Minister Sergey Lavrov on Friday.';
const REPORTED_BY =
	'The meeting, reported by Chinese state news agency Xinhua on Thursday, was their first since Chen was promoted to the top security job overseeing police and intelligence in October.';
const SHOIGU =
	"In a meeting on Tuesday with his counterpart Sergei Shoigu, Chen told him that 'we are fighting together against attempts to harm sovereignty, security and development issues', according to Russia's news agency Tass.";
const TALKS_IN_MARCH =
	'During talks in Moscow in March, Chinese President Xi Jinping and Russian leader Vladimir Putin agreed for the two nations to continue high-level dialogue based on “mutual trust” under this mechanism, to provide “firm support” on security issues and to strengthen security cooperation to prevent “colour revolution”.';
const PLANNING_TO_VISIT =
	'Putin is reportedly planning to visit China in May to mark the 75th anniversary of diplomatic relations between the two countries, but Russian presidential press secretary Dmitry Peskov said last week that he could not confirm the timing of Putin’s visit.';
const LANDSLIDE =
	'Putin, who has been isolated from the West since Russia’s invasion of Ukraine in 2022, won a landslide re-election in March, and his inauguration is expected to take place on May 7.';
const PROMOTED_IN_OCTOBER = 'Chen Wenqing was promoted to China’s top security job in October.';
const OCTOBER_2022 =
	'Chen was promoted to China’s top security post, overseeing police and intelligence, in a leadership change in October 2022.';
const MAY_2023 =
	'Speaking at the 11th Meeting of Senior Officials on International Security Issues in Moscow in May 2023, Chen stressed that China would promote common international security while continuing to protect its own security.';
const SINCE_2010 = 'China has been Russia’s largest trading partner since 2010.';
const SET_UP_IN_2014 =
	'The pair met under the China-Russia law enforcement and security cooperation mechanism, which was set up in 2014.';
const LAST_MONTHS_ATTACK =
	'Chen said China condemns last month’s attack on a concert hall near Moscow and “resolutely opposes all manifestations of terrorism”, according to Russian news agency Tass.';
const EARLIER_THIS_MONTH =
	'Russian Foreign Minister Sergei Lavrov confirmed earlier this month that Xi and Putin would meet on the sidelines of this year’s Shanghai Cooperation Organisation meeting in Kazakhstan and the BRICS summit in Russia, which will be attended by the leaders of Brazil, Russia, India, China and South Africa.';
const LAST_WEEK = 'Lavrov met Xi in Beijing last week.';
const LAST_YEAR =
	'Last year, China’s total trade with Russia reached a record $240 billion, up 26 per cent from the previous year, making Russia mainland China’s sixth largest trading partner after the US, Japan, South Korea, Hong Kong and Taiwan.';
const MARCH_LAST_YEAR =
	'Chinese President Xi Jinping met Putin in Moscow in March last year and the two leaders discussed issues ranging from bilateral cooperation to the war in Ukraine and Beijing’s proposed peace plan.';
const WRAPPED_UP =
	"Chen Wenqing pledged Beijing's law enforcement cooperation with Moscow on terrorism, separatism, extremism and drug trafficking, as he wrapped up a seven-day trip that began in Hungary, followed by Russia.";
const LAST_DAY =
	"Chen also committed China to working with Russia to 'upgrade law enforcement and security cooperation and inject strong impetus into the development and modernisation of the two countries', according to a report by Chinese state news agency Xinhua, released on the last day of his trip.";

const WIRE =
	'BEIJING, June 3 (Reuters) - China’s top security official pledged on Tuesday to deepen law enforcement cooperation with Moscow.';
const SAID_THAT_WILL = 'The ministry said on Friday that Chen will visit Moscow on Sunday.';
const SPEAKING = 'Xi, speaking on Tuesday, said he would visit Paris in May.';

/** The one mention whose words are `text`. */
function mention(sentence: string, published: string, text: string): DateMention {
	const found = findDates(sentence, published).filter((m) => m.text === text);
	expect(found, `one mention "${text}" in: ${sentence}`).toHaveLength(1);
	return found[0]!;
}

/** A FuzzyDate from its `date` and bounds, the precision read from the date's shape. */
function fuzzy(date: string, earliest: string, latest: string) {
	const datePrecision = date.includes('W')
		? 'week'
		: ({ 4: 'year', 7: 'month', 10: 'day' } as const)[date.length];
	return { date, datePrecision, earliest, latest };
}
const day = (date: string) => fuzzy(date, date, date);
const month = (date: string) => {
	const [y, m] = date.split('-').map(Number) as [number, number];
	return fuzzy(date, `${date}-01`, new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10));
};
const year = (date: string) => fuzzy(date, `${date}-01-01`, `${date}-12-31`);

describe('isoWeek', () => {
	test.each([
		['2024-04-24', '2024-W17'],
		['2025-01-02', '2025-W01'],
		['2024-12-30', '2025-W01'],
		['2021-01-03', '2020-W53'],
		['2026-12-31', '2026-W53'],
	])('puts %s in week %s', (input, week) => expect(isoWeek(input)).toBe(week));

	test('rejects what is not a calendar day', () => {
		expect(() => isoWeek('2024-02-30')).toThrow(RangeError);
	});
});

describe('tenseAt', () => {
	test.each([
		// Past: past verbs and participles, also when the clause's main verb is elsewhere.
		['Tuesday', 'past', DURING_A_MEETING],
		['Saturday', 'past', NINE_DAY_TRIP],
		['March', 'past', TALKS_IN_MARCH],
		['Thursday', 'past', REPORTED_BY],
		['Wednesday', 'past', BLINKEN],
		['March', 'past', LANDSLIDE],
		['last week', 'past', PLANNING_TO_VISIT],
		['Friday', 'past', SAID_THAT_WILL],
		['Tuesday', 'past', SPEAKING],
		['Monday', 'past', 'A police officer was killed in the attack on Monday.'],
		// No verb at all, as in a dateline: the default of news reports.
		['June', 'past', WIRE],
		// Future markers, before the date or after it in its clause.
		['Friday', 'future', EXPECTED_TO_MEET],
		['sidelines', 'future', EARLIER_THIS_MONTH],
		['May', 'future', PLANNING_TO_VISIT],
		['May 7', 'future', LANDSLIDE],
		['Sunday', 'future', WILL_VISIT],
		['Sunday', 'future', SAID_THAT_WILL],
		['May', 'future', SPEAKING],
		['Friday', 'future', 'On Friday, Chen, who heads the commission, will meet Lavrov.'],
		['Sunday', 'future', 'On Sunday the two sides will sign a new agreement.'],
		['Monday', 'future', 'The summit is due to open on Monday.'],
		['Thursday', 'future', 'Talks to be held on Thursday will cover drug trafficking.'],
		['Sunday', 'future', 'Chen is set to arrive in Moscow on Sunday.'],
		['May', 'future', 'Xi plans to travel to Paris in May.'],
		['Friday', 'future', 'Officials discussed the upcoming summit on Friday.'],
		// Present: a running event.
		['Tuesday', 'present', RUNS_FROM],
		['Thursday', 'present', 'Chen is touring the Far East on Thursday.'],
	])('reads "%s" as %s in: %s', (word, tense, sentence) => {
		expect(tenseAt(sentence, sentence.indexOf(word))).toBe(tense);
	});
});

describe('findDates', () => {
	test.each([
		['Tuesday', '2024-04-24', '2024-04-23', 'past', DURING_A_MEETING],
		['Saturday', '2024-04-24', '2024-04-20', 'past', NINE_DAY_TRIP],
		['Wednesday', '2024-04-24', '2024-04-24', 'past', BLINKEN],
		['Friday', '2024-04-19', '2024-04-19', 'past', MINISTRY_SAID],
		['Friday', '2023-05-25', '2023-05-26', 'future', EXPECTED_TO_MEET],
		['Thursday', '2023-05-25', '2023-05-25', 'past', REPORTED_BY],
		['Tuesday', '2025-05-31', '2025-05-27', 'past', SHOIGU],
		['Tuesday', '2025-06-03', '2025-06-03', 'past', WIRE],
		['Friday', '2024-04-24', '2024-04-19', 'past', 'Friday’s talks lasted four hours.'],
		// Future "on or after": published on a Friday, "will … on Friday" is that very day.
		['Friday', '2024-04-19', '2024-04-19', 'future', 'The two sides will sign the agreement on Friday.'],
		['Thursday', '2024-04-19', '2024-04-25', 'future', 'Chen will meet Lavrov on Thursday.'],
		// Present: the day of the publication day's Monday–Sunday week.
		['Monday', '2024-04-24', '2024-04-22', 'present', 'The forum opens on Monday.'],
		['Sunday', '2024-04-24', '2024-04-28', 'present', 'The forum closes on Sunday.'],
		['Monday', '2025-01-02', '2024-12-30', 'past', 'Chen met Lavrov on Monday.'],
		// "last"/"next" count from the day before/after publication, whatever the clause says.
		['last Tuesday', '2024-04-23', '2024-04-16', 'past', 'Chen met Lavrov last Tuesday.'],
		['next Friday', '2024-04-19', '2024-04-26', 'future', 'Chen will meet Lavrov next Friday.'],
		['Tuesday last week', '2024-04-24', '2024-04-16', 'past', 'The deal was signed on Tuesday last week.'],
	])('resolves the weekday "%s" published %s to %s (%s) in: %s', (text, published, date, tense, sentence) => {
		expect(mention(sentence, published, text)).toMatchObject({ ...day(date), until: null, tense });
	});

	const BETWEEN_DAYS = 'It will run between May 27 and 29.';
	const ACROSS_NEW_YEAR = 'It ran December 28 to January 3.';
	const BETWEEN_WEEKDAYS = 'He will visit between Tuesday and Thursday.';
	test.each([
		['Sunday to 28 April', '2024-04-19', '2024-04-21', '2024-04-28', 'future', WILL_VISIT],
		['Tuesday to Thursday', '2024-04-24', '2024-04-23', '2024-04-25', 'present', RUNS_FROM],
		['23 to 25 April', '2024-05-02', '2024-04-23', '2024-04-25', 'past', 'It ran from 23 to 25 April.'],
		['May 27 and 29', '2025-05-20', '2025-05-27', '2025-05-29', 'future', BETWEEN_DAYS],
		['May 27-29', '2025-05-31', '2025-05-27', '2025-05-29', 'past', 'The forum ran May 27-29.'],
		['December 28 to January 3', '2025-01-10', '2024-12-28', '2025-01-03', 'past', ACROSS_NEW_YEAR],
		['Tuesday and Thursday', '2024-04-19', '2024-04-23', '2024-04-25', 'future', BETWEEN_WEEKDAYS],
	])(
		'resolves the range "%s" published %s to %s until %s (%s) in: %s',
		(text, published, date, until, tense, sentence) => {
			expect(mention(sentence, published, text)).toMatchObject({ ...day(date), until: day(until), tense });
		},
	);

	test.each([
		// Past: the latest such month at or before publication; future: the earliest at or after.
		['October', '2023-05-25', '2022-10', PROMOTED_IN_OCTOBER],
		['October', '2023-05-25', '2022-10', REPORTED_BY],
		['March', '2023-05-25', '2023-03', TALKS_IN_MARCH],
		['May', '2024-04-19', '2024-05', PLANNING_TO_VISIT],
		['March', '2024-04-24', '2024-03', LANDSLIDE],
		['April', '2024-04-19', '2024-04', 'The summit will be held in April.'],
		['April', '2024-04-19', '2024-04', 'The summit was held in April.'],
		['May', '2025-06-03', '2025-05', 'Theresa May has chaired the panel since May.'],
		['mid-March', '2025-06-03', '2025-03', 'Chen visited Moscow in mid-March.'],
		['October 2022', '2023-05-25', '2022-10', OCTOBER_2022],
		['May 2023', '2024-04-19', '2023-05', MAY_2023],
		['late May 2023', '2025-06-03', '2023-05', 'The mechanism met in late May 2023.'],
		// "in March last year" is one mention; "last April" in April is the year before.
		['March last year', '2024-04-24', '2023-03', MARCH_LAST_YEAR],
		['last March', '2024-04-24', '2024-03', 'The two met last March.'],
		['last April', '2024-04-24', '2023-04', 'The two met last April.'],
		['next March', '2024-04-24', '2025-03', 'The two will meet next March.'],
	])('resolves the month "%s" published %s to %s in: %s', (text, published, date, sentence) => {
		expect(mention(sentence, published, text)).toMatchObject(month(date));
	});

	test.each([
		['May 7', '2024-04-24', '2024-05-07', LANDSLIDE],
		['28 April', '2024-04-24', '2023-04-28', 'The report was published on 28 April.'],
		['28 April', '2024-04-24', '2024-04-28', 'The envoy will arrive on 28 April.'],
		['Jan. 12', '2025-02-01', '2025-01-12', 'It said on Jan. 12 that talks had resumed.'],
		['12 January 2025', '2025-06-03', '2025-01-12', 'It was signed on 12 January 2025.'],
		['June 3', '2025-06-03', '2025-06-03', WIRE],
		['Sept. 5, 2023', '2025-06-03', '2023-09-05', 'The accord was signed on Sept. 5, 2023, in Geneva.'],
		['2024-04-23', '2024-04-24', '2024-04-23', 'The memo was dated 2024-04-23.'],
		['Tuesday, April 23', '2024-04-24', '2024-04-23', 'Chen arrived on Tuesday, April 23, in Moscow.'],
		['29 February', '2025-03-10', '2024-02-29', 'The law took effect on 29 February.'],
	])('resolves the day "%s" published %s to %s in: %s', (text, published, date, sentence) => {
		expect(mention(sentence, published, text)).toMatchObject(day(date));
	});

	test.each([
		['2014', '2014', SET_UP_IN_2014],
		['2010', '2010', SINCE_2010],
		['2022', '2022', LANDSLIDE],
		['late 2023', '2023', 'Talks stalled in late 2023.'],
		['mid-2023', '2023', 'The plan was drafted in mid-2023.'],
		['2024', '2024', 'The pipeline is due by the end of 2024.'],
		['2030', '2030', 'Trade will double by 2030, he said.'],
	])('resolves the year "%s" to %s in: %s', (text, date, sentence) => {
		expect(mention(sentence, '2024-04-24', text)).toMatchObject({ ...year(date), until: null });
	});

	test('resolves a range of years', () => {
		expect(mention('Trade grew every year from 2014 to 2016.', '2024-04-24', '2014 to 2016')).toMatchObject({
			...year('2014'),
			until: year('2016'),
		});
	});

	test.each([
		['last month', '2024-04-24', '2024-03', '2024-03-01', '2024-03-31', LAST_MONTHS_ATTACK],
		['last month', '2025-01-02', '2024-12', '2024-12-01', '2024-12-31', 'Officials met last month.'],
		['next month', '2024-12-15', '2025-01', '2025-01-01', '2025-01-31', 'Officials will meet next month.'],
		['this month', '2024-04-24', '2024-04', '2024-04-01', '2024-04-30', 'Officials meet this month.'],
		['earlier this month', '2024-04-24', '2024-04', '2024-04-01', '2024-04-24', EARLIER_THIS_MONTH],
		['last week', '2024-04-24', '2024-W16', '2024-04-15', '2024-04-21', LAST_WEEK],
		['last week', '2025-01-02', '2024-W52', '2024-12-23', '2024-12-29', LAST_WEEK],
		['this week', '2025-01-02', '2025-W01', '2024-12-30', '2025-01-05', 'Talks resume this week.'],
		['next week', '2024-04-24', '2024-W18', '2024-04-29', '2024-05-05', 'Talks resume next week.'],
		['earlier this week', '2024-04-24', '2024-W17', '2024-04-22', '2024-04-24', 'He came earlier this week.'],
		['Last year', '2024-04-24', '2023', '2023-01-01', '2023-12-31', LAST_YEAR],
		['last year', '2025-01-02', '2024', '2024-01-01', '2024-12-31', 'Trade grew last year.'],
		['this year', '2024-04-24', '2024', '2024-01-01', '2024-12-31', EARLIER_THIS_MONTH],
		['next year', '2024-04-24', '2025', '2025-01-01', '2025-12-31', 'It will be held next year.'],
		['earlier this year', '2024-04-24', '2024', '2024-01-01', '2024-04-24', 'They met earlier this year.'],
		['later this year', '2024-04-24', '2024', '2024-04-24', '2024-12-31', 'They meet later this year.'],
		['today', '2024-04-24', '2024-04-24', '2024-04-24', '2024-04-24', 'Chen meets Lavrov today.'],
		['over the weekend', '2024-04-24', '2024-W16', '2024-04-20', '2024-04-21', 'They met over the weekend.'],
		['over the weekend', '2024-04-21', '2024-W16', '2024-04-20', '2024-04-21', 'They met over the weekend.'],
		['last weekend', '2024-04-24', '2024-W16', '2024-04-20', '2024-04-21', 'They met last weekend.'],
		['this weekend', '2024-04-24', '2024-W17', '2024-04-27', '2024-04-28', 'They meet this weekend.'],
		[
			'this morning',
			'2024-04-24',
			'2024-04-24',
			'2024-04-24',
			'2024-04-24',
			'Chen plans to meet Lavrov this morning.',
		],
		[
			'yesterday evening',
			'2024-04-24',
			'2024-04-23',
			'2024-04-23',
			'2024-04-23',
			'Chen met Lavrov yesterday evening.',
		],
		['yesterday', '2024-03-01', '2024-02-29', '2024-02-29', '2024-02-29', 'Chen met Lavrov yesterday.'],
	])(
		'resolves "%s" published %s to %s (%s to %s) in: %s',
		(text, published, date, earliest, latest, sentence) => {
			expect(mention(sentence, published, text)).toMatchObject({
				...fuzzy(date, earliest, latest),
				until: null,
			});
		},
	);

	test('reads a past and a future weekday in one sentence by their own clauses', () => {
		expect(
			findDates(SAID_THAT_WILL, '2024-04-19').map(({ text, date, tense }) => ({ text, date, tense })),
		).toEqual([
			{ text: 'Friday', date: '2024-04-19', tense: 'past' },
			{ text: 'Sunday', date: '2024-04-21', tense: 'future' },
		]);
	});

	test('finds every date of a sentence in order', () => {
		expect(findDates(LANDSLIDE, '2024-04-24').map((m) => m.text)).toEqual(['2022', 'March', 'May 7']);
		expect(findDates(PLANNING_TO_VISIT, '2024-04-19').map((m) => m.text)).toEqual(['May', 'last week']);
	});

	test.each([
		[['Saturday'], NINE_DAY_TRIP],
		[['Wednesday'], BLINKEN],
		[[], WRAPPED_UP],
		[[], LAST_DAY],
		[[], 'The two countries mark the 75th anniversary of diplomatic relations.'],
		[[], 'Trade reached a record $240 billion, up 26 per cent from the previous year.'],
		[[], 'The attack killed 137 people.'],
		[[], 'He holds a seat on the 24-member Politburo.'],
		[[], 'Trade grew 2x over the decade.'],
		[[], 'The vote passed by 2000 votes, with a total of 2014 delegates present.'],
		[[], 'Now the talks resume at 3pm.'],
		[[], 'About a month after the attack, officials met again.'],
		[[], 'Trade has grown in the last year.'],
		[[], 'Theresa May said China was a partner.'],
		[[], 'Protesters march to the embassy, and talks may resume.'],
		[[], 'The Sun reported the talks.'],
		[[], 'The memo is dated 30 February 2024.'],
		[[], 'The 2024 election changed little.'],
		[[], 'The memo is dated 7/5.'],
	])('finds only %j in: %s', (texts, sentence) => {
		expect(findDates(sentence, '2024-04-24').map((m) => m.text)).toEqual(texts);
	});

	test('quotes every mention exactly as `sentence.slice(start, end)`', () => {
		for (const sentence of [
			DURING_A_MEETING,
			RUNS_FROM,
			LANDSLIDE,
			EARLIER_THIS_MONTH,
			MARCH_LAST_YEAR,
			WIRE,
		]) {
			for (const m of findDates(sentence, '2024-04-24')) expect(sentence.slice(m.start, m.end)).toBe(m.text);
		}
	});

	test('never gives a day where the text gives only a month or a year', () => {
		for (const m of findDates(`${TALKS_IN_MARCH} ${SINCE_2010} ${LAST_MONTHS_ATTACK}`, '2023-05-25')) {
			expect(m.datePrecision).not.toBe('day');
		}
	});

	test('rejects a publication day that is not a calendar day', () => {
		expect(() => findDates(LAST_WEEK, '24 April 2024')).toThrow(RangeError);
	});

	describe('in any local time zone', () => {
		const zone = process.env.TZ;
		afterEach(() => {
			if (zone === undefined) delete process.env.TZ;
			else process.env.TZ = zone;
		});

		test.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Shanghai'])(
			'gives the same dates in %s',
			(tz) => {
				process.env.TZ = tz;
				expect(findDates(WILL_VISIT, '2024-04-19')).toMatchObject([
					{ ...day('2024-04-21'), until: day('2024-04-28') },
				]);
				expect(mention(LAST_WEEK, '2025-01-02', 'last week')).toMatchObject({
					date: '2024-W52',
					earliest: '2024-12-23',
				});
				expect(mention(SHOIGU, '2025-05-31', 'Tuesday')).toMatchObject(day('2025-05-27'));
			},
		);
	});
});
