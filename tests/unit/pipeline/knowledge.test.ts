import { describe, expect, test } from 'vitest';
import { readArticle, recall } from '../../../scripts/pipeline/extract/article-reading.ts';
import { extractKnowledge } from '../../../scripts/pipeline/extract/index.ts';
import { findMeetings } from '../../../scripts/pipeline/extract/meetings.ts';
import { findRoles, mergeRoles, roleKey } from '../../../scripts/pipeline/extract/roles.ts';
import { storySentences } from '../../../scripts/pipeline/extract/sentences.ts';
import { article, factLines, seedArticles } from './extract-helpers.ts';

const CURATED = [{ name: 'Sergei Shoigu', country: 'Russia', aliases: [], notSameAs: [] }];

const lines = factLines;

describe('findRoles', () => {
	const roles = (paragraphs: string[]) =>
		findRoles(lines([article('a', '2024-04-19', paragraphs)])).map((r) => [
			r.title,
			r.from ?? null,
			r.former,
		]);

	test.each([
		[
			'a title before the name',
			['Russian Security Council Secretary Nikolai Patrushev met him.'],
			[['Security Council Secretary', null, false]],
		],
		[
			'an appositive',
			['He met Nikolai Patrushev, the secretary of Russia’s Security Council, on Monday.'],
			[['secretary of Russia’s Security Council', null, false]],
		],
		[
			'a relative clause',
			[
				'China’s top security official Chen Wenqing, who heads the Central Political and Legal Affairs Commission, spoke.',
			],
			[
				['top security official', null, false],
				['head of the Central Political and Legal Affairs Commission', null, false],
			],
		],
		[
			'two roles joined by "and"',
			['Chen Wenqing, a member of the Politburo and secretary of the Commission, spoke.'],
			[
				['member of the Politburo', null, false],
				['secretary of the Commission', null, false],
			],
		],
		[
			'an appointment with its date, and a former role through "he"',
			[
				'Chen Wenqing was promoted to China’s top security post in October 2022.',
				'He previously served as Minister of State Security.',
			],
			[
				['top security post', '2022-10', false],
				['Minister of State Security', null, true],
			],
		],
	])('reads %s', (_, paragraphs, expected) => {
		expect(roles(paragraphs)).toEqual(expected);
	});

	test('reads no role from a relation ("his counterpart")', () => {
		expect(roles(['In a meeting with his counterpart Sergei Shoigu, Chen Wenqing spoke.'])).toEqual([]);
	});
});

describe('roleKey and mergeRoles', () => {
	test.each([
		['Security Council Secretary', 'secretary of Russia’s Security Council'],
		['Minister of State Security', 'state security minister'],
		[
			'head of the Communist Party’s Central Political and Legal Affairs Commission',
			'secretary of the Central Political and Legal Affairs Commission',
		],
		['member of the Communist Party’s 24-member Politburo', 'member of the Politburo'],
		['top security official', 'top security post'],
	])('takes %j and %j for one role', (a, b) => expect(roleKey(a)).toBe(roleKey(b)));

	test('keeps different roles in one body apart', () => {
		expect(roleKey('member of the Security Council')).not.toBe(roleKey('secretary of the Security Council'));
	});

	test('ends a former role when the same article gives the next one’s start', () => {
		const found = findRoles(
			lines([
				article('a', '2024-04-19', [
					'Chen Wenqing was promoted to China’s top security post in October 2022.',
					'He previously served as Minister of State Security.',
				]),
			]),
		);
		expect(mergeRoles(found).map((r) => [r.title, r.from ?? null, r.to ?? null, r.former])).toEqual([
			['top security post', '2022-10', null, false],
			['Minister of State Security', null, '2022-10', true],
		]);
	});
});

describe('findMeetings', () => {
	const meetings = (published: string, paragraphs: string[]) =>
		findMeetings(lines([article('a', published, paragraphs)])).map((m) => [
			m.participants.join('+'),
			m.status,
			m.date.date,
			m.dateBasis,
			m.place,
		]);

	test.each([
		[
			'"A met B" with a date and place',
			'2024-04-19',
			['Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow in March last year.'],
			[['vladimir-putin+xi-jinping', 'held', '2023-03', 'stated', 'Moscow']],
		],
		[
			'"during a meeting on Tuesday, A told B"',
			'2024-04-24',
			[
				'During a meeting on Tuesday, China’s top security official Chen Wenqing told Russian Security Council Secretary Nikolai Patrushev that Beijing supports Moscow.',
			],
			[['chen-wenqing+nikolai-patrushev', 'held', '2024-04-23', 'stated', null]],
		],
		[
			'a planned meeting through "he"',
			'2023-05-25',
			[
				'Chinese special envoy Li Hui is touring Europe.',
				'He is expected to meet Russian Foreign Minister Sergey Lavrov on Friday.',
			],
			[['li-hui+sergey-lavrov', 'planned', '2023-05-26', 'stated', null]],
		],
		[
			'"A met B and C" as two meetings, dated and placed by the sentence before',
			'2024-04-19',
			[
				'Chinese security chief Chen Wenqing spoke in Moscow in May 2023.',
				'During his visit, he met with Russian intelligence chief Sergei Naryshkin and Russian Security Council Secretary Nikolai Patrushev.',
			],
			[
				['chen-wenqing+sergei-naryshkin', 'held', '2023-05', 'context', 'Moscow'],
				['chen-wenqing+nikolai-patrushev', 'held', '2023-05', 'context', 'Moscow'],
			],
		],
		[
			'"A and B pledged"',
			'2023-05-25',
			[
				'Russian Prime Minister Mikhail Mishustin visited Beijing this week, when Mishustin and Chinese President Xi Jinping pledged to cooperate.',
			],
			[['mikhail-mishustin+xi-jinping', 'held', '2023-W21', 'stated', 'Beijing']],
		],
	])('reads %s', (_, published, paragraphs, expected) => {
		expect(meetings(published, paragraphs)).toEqual(expected);
	});

	test('reads no meeting from two people attending one conference', () => {
		expect(
			meetings('2023-05-25', [
				'Chinese security chief Chen Wenqing and Russian spy chief Sergey Naryshkin both attended the meeting in Moscow.',
			]),
		).toEqual([]);
	});
});

describe('extractKnowledge on the seeds', () => {
	const knowledge = extractKnowledge(seedArticles(), CURATED);
	const articles = new Map(seedArticles().map((a) => [a.id, a]));

	test('every source quotes words that are in the paragraph it names', () => {
		const sources = [
			...knowledge.officials.flatMap((o) => o.roles.flatMap((r) => r.sources)),
			...knowledge.meetings.flatMap((m) => m.sources),
			...knowledge.events.flatMap((e) => [...e.sources, ...e.conflicts.flatMap((c) => c.sources)]),
			...knowledge.figures.flatMap((f) => f.sources),
		];
		expect(sources.length).toBeGreaterThan(50);
		for (const source of sources) {
			const paragraph = articles.get(source.article)?.paragraphs.find((p) => p.id === source.paragraph);
			expect(paragraph?.text, JSON.stringify(source)).toContain(source.quote);
		}
	});

	test('reads nothing from a near-duplicate capture, captions or related teasers', () => {
		const cited = new Set(knowledge.meetings.flatMap((m) => m.sources.map((s) => s.article)));
		const duplicates = seedArticles()
			.filter((a) => a.duplicateOf !== null)
			.map((a) => a.id);
		expect(duplicates.some((id) => cited.has(id))).toBe(false);
		expect(knowledge.officials.some((o) => /hegseth|teodoro|zhou|rubio|trump/i.test(o.id))).toBe(false);
	});

	test('has one record per real meeting, citing each report of it', () => {
		expect(knowledge.meetings.map((m) => [m.id, m.status, m.place, m.sources.length])).toEqual([
			['2023-03-vladimir-putin-xi-jinping', 'held', 'Moscow', 2],
			['2023-w21-chen-wenqing-nikolai-patrushev', 'held', 'Moscow', 2],
			// Also "The pair met under the China-Russia law enforcement and security cooperation mechanism".
			['2023-w21-chen-wenqing-sergei-naryshkin', 'held', 'Moscow', 3],
			['2023-w21-mikhail-mishustin-xi-jinping', 'held', 'Beijing', 1],
			['2023-05-26-li-hui-sergey-lavrov', 'planned', 'Moscow', 1],
			['2024-vladimir-putin-xi-jinping', 'planned', 'Kazakhstan', 1],
			['2024-w15-sergey-lavrov-xi-jinping', 'held', 'Beijing', 2],
			['2024-04-23-chen-wenqing-nikolai-patrushev', 'held', 'St Petersburg', 1],
			['2025-05-27-chen-wenqing-sergei-shoigu', 'held', null, 1],
		]);
	});

	test('has Chen Wenqing’s three trips, with their meetings and conferences', () => {
		const trips = knowledge.events.filter(
			(e) => e.kind === 'trip' && e.participants.includes('chen-wenqing'),
		);
		expect(trips.map((t) => [t.start, t.end, t.places, t.meetings.length, t.related.length])).toEqual([
			['2023-W21', null, ['Moscow'], 2, 1],
			['2024-04-20', '2024-04-28', ['Russia'], 1, 1],
			['2025-W21', '2025-W22', ['Hungary', 'Russia'], 1, 1],
		]);
	});

	test('keeps both start days of the April 2024 trip, each with its source', () => {
		const trip = knowledge.events.find((e) => e.kind === 'trip' && e.start.startsWith('2024-04'))!;
		expect(trip.conflicts.map((c) => [c.field, c.value, c.sources.map((s) => s.article)])).toEqual([
			['start', '2024-04-20', ['2024-04-24-china-and-russia-eye-stronger-intelligence-and-law']],
			['start', '2024-04-21', ['2024-04-19-cpcs-security-chief-to-visit-russia']],
		]);
	});

	test('makes one conference of the two names outlets give the 12th meeting', () => {
		const conference = knowledge.events.find((e) => e.kind === 'conference' && e.title.startsWith('12th'))!;
		expect(conference.title).toBe('12th International Meeting of High Representatives for Security Issues');
		expect(conference.aliases).toEqual(['12th meeting of senior officials on international security issues']);
		expect(conference.places).toEqual(['St Petersburg']);
	});

	test('has the other dated events the articles state', () => {
		const titles = knowledge.events
			.filter((e) => e.kind !== 'trip' && e.kind !== 'visit')
			.map((e) => `${e.kind}: ${e.title} (${e.start})`);
		expect(titles).toEqual(
			expect.arrayContaining([
				'other: Founding of the Sino-Russian law enforcement and security cooperation mechanism (2014)',
				'appointment: Chen Wenqing promoted to top security post (2022-10)',
				'attack: Attack on a concert hall near Moscow (2024-03)',
				'conference: Shanghai Cooperation Organisation meeting (2024)',
			]),
		);
	});

	test('finds 133 and 137 killed in conflict, and 240 and 240.1 billion consistent', () => {
		const group = (pattern: RegExp) => knowledge.figures.filter((f) => pattern.test(f.measure));
		expect(group(/killed/).map((f) => [f.value, f.agreement])).toEqual([
			[133, 'conflicting'],
			[137, 'conflicting'],
		]);
		expect(group(/trade$/).map((f) => [f.value, f.agreement])).toEqual([
			[240_000_000_000, 'consistent'],
			[240_100_000_000, 'consistent'],
		]);
	});
});

describe('recall', () => {
	test('gives back the sentences and names of a reading as the text gives them, headings skipped', () => {
		const story = {
			...article('a', '2024-04-24', [
				'Chen Wenqing met Nikolai Patrushev in Moscow on Tuesday. Gen. Li attended.',
				'Talks in Moscow',
				'He said the U.S. was not invited.  ',
			]),
		};
		story.paragraphs[1] = { ...story.paragraphs[1]!, kind: 'heading' };
		const { sentences, mentions } = recall(story, JSON.parse(JSON.stringify(readArticle(story))));
		expect(sentences).toEqual(storySentences([story]));
		expect(sentences.map((s) => [s.paragraph, s.text])).toEqual([
			['p-1', 'Chen Wenqing met Nikolai Patrushev in Moscow on Tuesday.'],
			['p-1', 'Gen. Li attended.'],
			['p-3', 'He said the U.S. was not invited.'],
		]);
		expect(mentions.map((m) => [m.name, m.sentence.index])).toEqual([
			['Chen Wenqing', 0],
			['Nikolai Patrushev', 0],
			['Li', 1],
		]);
	});
});

describe('extractKnowledge on people who are no officials', () => {
	const knowledge = extractKnowledge([
		article('a', '2024-04-24', [
			'Kenyan Interior Minister Joseph Mwangi met Ugandan Interior Minister Grace Okello in Kampala on Tuesday.',
			'“It was expected,” said Tomasz Wrona, a researcher at a Warsaw institute. He added that more talks would follow.',
			'Nordgas chief executive Piet Aalders attended.',
			'Associated Press writer Ines Moreau contributed to this report.',
		]),
	]);

	test('publishes only the officials', () => {
		expect(knowledge.officials.map((o) => o.id)).toEqual(['grace-okello', 'joseph-mwangi']);
	});

	test('puts no one who is not an official in a meeting', () => {
		expect(knowledge.meetings.map((m) => m.participants)).toEqual([['grace-okello', 'joseph-mwangi']]);
	});
});

describe('extractKnowledge on the visits meetings imply', () => {
	/** Each trip or visit: who, where, when, and the meetings held during it. */
	const visits = (paragraphs: string[]) => {
		const { events, meetings } = extractKnowledge([article('a', '2024-04-24', paragraphs)]);
		const meetingIds = new Map(meetings.map((m) => [m.id, m.participants.join('+')]));
		return events
			.filter((e) => e.kind === 'trip' || e.kind === 'visit')
			.map((e) => [e.participants.join('+'), e.places, e.start, e.meetings.map((id) => meetingIds.get(id))]);
	};

	test.each([
		[
			'a guest of the host’s country visits its city, with the meeting in the visit',
			[
				'Russian Foreign Minister Sergei Volkov held talks with Chinese Foreign Minister Zhao Minghui in Beijing on Tuesday.',
			],
			[['sergei-volkov', ['Beijing'], '2024-04-23', ['sergei-volkov+zhao-minghui']]],
		],
		[
			'one visit for meetings abroad on days close together',
			[
				'Russian Foreign Minister Sergei Volkov held talks with Chinese Foreign Minister Zhao Minghui in Beijing on Monday.',
				'On Tuesday, Volkov was received in Beijing by Chinese President Wu Tian.',
			],
			[['sergei-volkov', ['Beijing'], '2024-04-22', ['sergei-volkov+zhao-minghui', 'sergei-volkov+wu-tian']]],
		],
		[
			'no visit for leaders meeting abroad whom the story does not follow',
			[
				'Finnish President Aino Lehtinen opened the summit in Helsinki on Monday.',
				'Lehtinen called for calm. Lehtinen later left for Oslo.',
				'On the sidelines, Kenyan President John Mwangi met Ugandan President Grace Okello in Helsinki on Tuesday.',
			],
			[],
		],
		[
			'a visit for a leader the lede names, meeting abroad with no host',
			[
				'Kenyan President John Mwangi met Ugandan President Grace Okello in Helsinki on Tuesday.',
				'The two discussed trade.',
			],
			[
				['grace-okello', ['Helsinki'], '2024-04-23', ['grace-okello+john-mwangi']],
				['john-mwangi', ['Helsinki'], '2024-04-23', ['grace-okello+john-mwangi']],
			],
		],
		[
			'no visit for an ambassador, who lives where he meets',
			['Chinese Foreign Minister Zhao Minghui met Russian Ambassador Ivan Petrov in Beijing on Tuesday.'],
			[],
		],
		[
			'no visit to a place the gazetteer does not know, nor for a meeting dated only to its year',
			[
				'Russian Foreign Minister Sergei Volkov met Chinese Foreign Minister Zhao Minghui in Tunxi on Tuesday.',
				'The two had met in Beijing in 2019.',
			],
			[],
		],
	])('%s', (_, paragraphs, expected) => expect(visits(paragraphs)).toEqual(expected));
	test('says a visit no report names is known from its meetings, and one a report names is stated', () => {
		const { events } = extractKnowledge([
			article('a', '2024-04-24', [
				'Russian Foreign Minister Sergei Volkov held talks with Chinese Foreign Minister Zhao Minghui in Beijing on Tuesday.',
				'Chinese Foreign Minister Zhao Minghui began a three-day visit to Moscow on Monday.',
			]),
		]);
		expect(events.map((e) => [e.participants.join('+'), e.basis])).toEqual([
			['zhao-minghui', 'stated'],
			['sergei-volkov', 'meetings'],
		]);
	});
});

describe('extractKnowledge on countries a dateline gives', () => {
	/** Each official's country, by id. */
	const countries = (first: string, ...rest: string[]) =>
		Object.fromEntries(
			extractKnowledge([article('a', '2024-04-24', [first, ...rest])]).officials.map((o) => [
				o.id,
				o.country,
			]),
		);

	test('gives a national office with no country in its title the country the story is filed from', () => {
		expect(
			countries(
				'SEOUL, April 23 (Example Wire) - Defense Minister Park Min-ho met U.S. National Security Adviser Tom Reed on Tuesday.',
			),
		).toEqual({ 'park-min-ho': 'South Korea', 'tom-reed': 'United States' });
	});

	test('gives none to an ambassador, nor where no dateline names a city', () => {
		expect(
			countries(
				'SEOUL, April 23 (Example Wire) - Ambassador Li Wei was summoned by Vice Minister Park Min-ho.',
			),
		).toEqual({ 'li-wei': null, 'park-min-ho': 'South Korea' });
		expect(countries('Defense Minister Park Min-ho met the press on Tuesday.')).toEqual({
			'park-min-ho': null,
		});
	});
});

describe('extractKnowledge on who a page top names', () => {
	test('reads a description in the story as one the standfirst named', () => {
		const story = {
			...article('a', '2023-02-22', [
				'Russian President Vladimir Putin received China’s most senior diplomat at the Kremlin on Wednesday.',
			]),
			standfirst: ['Wang Yi’s stop at the Kremlin after Paris and Rome dashes Western hopes.'],
		};
		const other = article('b', '2023-02-20', ['Chinese Foreign Minister Wang Yi arrived in Rome on Monday.']);
		const meetings = (articles: (typeof story)[]) =>
			extractKnowledge(articles).meetings.map((m) => `${m.participants.join('+')} ${m.date}`);
		expect(meetings([story, other])).toEqual(['vladimir-putin+wang-yi 2023-02-22']);
		// Named nowhere above the story, the diplomat is no one it can tell.
		expect(meetings([{ ...story, standfirst: [] }, other])).toEqual([]);
	});
});

describe('extractKnowledge on a national paper’s own officials', () => {
	test('gives a minister named without a country the country the outlet’s name places it in', () => {
		const story = {
			...article('a', '2025-04-22', [
				'Defence Minister Budi Santoso held talks with Chinese Defence Minister Dong Jun in Beijing on Monday.',
			]),
			outlet: 'The Jakarta Post',
		};
		const countryOfBudi = (outlet: string) =>
			extractKnowledge([{ ...story, outlet }]).officials.find((o) => o.id === 'budi-santoso')?.country ??
			null;
		expect(countryOfBudi('The Jakarta Post')).toBe('Indonesia');
		expect(countryOfBudi('Reuters')).toBeNull();
	});
});
