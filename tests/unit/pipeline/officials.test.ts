import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { nameKey, resolvePeople } from '../../../scripts/pipeline/extract/officials.ts';
import { findPersonMentions } from '../../../scripts/pipeline/extract/people.ts';
import { storySentences } from '../../../scripts/pipeline/extract/sentences.ts';
import { CuratedOfficialSchema } from '../../../src/schemas/curated.ts';
import { article, seedArticles } from './extract-helpers.ts';

/** A curated entry as the file may write it, its lists left out when empty. */
type Curated = z.input<typeof CuratedOfficialSchema>;

/**
 * The people resolved from some articles (id → paragraphs), each as "Name: article:spelling, …"
 * listing every mention it took, in id order.
 */
function people(articles: Record<string, readonly string[]>, curated: readonly Curated[] = []): string[] {
	const stories = Object.entries(articles).map(([id, paragraphs]) => article(id, '2024-04-24', paragraphs));
	const mentions = storySentences(stories).flatMap(findPersonMentions);
	const resolved = resolvePeople(
		mentions,
		curated.map((entry) => CuratedOfficialSchema.parse(entry)),
	);
	return resolved.people.map(
		(p) => `${p.name}: ${p.mentions.map((m) => `${m.sentence.article}:${m.name}`).join(', ')}`,
	);
}

const SHOIGU = 'Russian Security Council Secretary Sergei Shoigu met the envoy.';
const SHOYGU = 'Kazakh official Sergey Shoygu arrived on Monday.';

describe('nameKey', () => {
	test.each([
		['Sergey', 'Sergei'],
		['Dmitry', 'Dmitri'],
		['Mikhail', 'Mihail'],
		['Aleksandr', 'Alexandr'],
	])('lets the transliterations %s and %s meet', (a, b) => expect(nameKey(a)).toBe(nameKey(b)));

	test('keeps different names apart', () => expect(nameKey('Sergei')).not.toBe(nameKey('Nikolai')));
});

describe('resolvePeople', () => {
	const resolve = (
		articles: Parameters<typeof storySentences>[0],
		curated: Parameters<typeof resolvePeople>[1] = [],
	) => resolvePeople(storySentences(articles).flatMap(findPersonMentions), curated);

	test.each<[string, Record<string, readonly string[]>, Curated[], string[]]>([
		[
			'transliterations meet ("Sergey"/"Sergei")',
			{
				a: ['Russian Foreign Minister Sergey Lavrov arrived on Monday.'],
				b: ['Russian Foreign Minister Sergei Lavrov said so.'],
			},
			[],
			['Sergei Lavrov: a:Sergey Lavrov, b:Sergei Lavrov'],
		],
		[
			'a surname alone joins the person of that name in the article',
			{ a: ['Russian Security Council Secretary Nikolai Patrushev met the envoy.', 'Patrushev said so.'] },
			[],
			['Nikolai Patrushev: a:Nikolai Patrushev, a:Patrushev'],
		],
		[
			'a surname alone joins the namesake in its own article, not the one elsewhere',
			{
				a: ['Russian Foreign Minister Sergei Lavrov said so.'],
				b: ['Russian diplomat Ivan Lavrov arrived on Monday.', 'Lavrov said so.'],
			},
			[],
			['Ivan Lavrov: b:Ivan Lavrov, b:Lavrov', 'Sergei Lavrov: a:Sergei Lavrov'],
		],
		[
			'a family name written first joins its person when the text uses it alone ("Chen")',
			{ a: ['China’s top security official Chen Wenqing met him.', 'Chen said so.'] },
			[],
			['Chen Wenqing: a:Chen Wenqing, a:Chen'],
		],
		[
			'a family name written first meets the same name written last, whatever its letters ("Yang")',
			{
				a: ['Chinese Vice Premier Yang Minghua met the envoy.'],
				b: ['Vice Premier Minghua Yang of China said so.'],
			},
			[],
			['Minghua Yang: a:Yang Minghua, b:Minghua Yang'],
		],
		[
			'a lone word spelt otherwise joins no one, though its key matches ("Jingang", "Tian Jinggang")',
			{
				a: ['Chinese Vice-Minister of Public Security Tian Jinggang met the envoy.'],
				b: ['Residents of Jingang said they were not asked.'],
			},
			[],
			['Tian Jinggang: a:Tian Jinggang'],
		],
		[
			'a surname alone joins the only person of that name in the corpus',
			{
				a: ['Russian Security Council Secretary Nikolai Patrushev met the envoy.'],
				b: ['Patrushev said so.'],
			},
			[],
			['Nikolai Patrushev: a:Nikolai Patrushev, b:Patrushev'],
		],
		[
			'a surname alone joins neither of two namesakes in other articles',
			{
				a: ['Russian Foreign Minister Sergei Lavrov said so.'],
				b: ['Russian diplomat Ivan Lavrov arrived on Monday.'],
				c: ['Lavrov said so.'],
			},
			[],
			['Ivan Lavrov: b:Ivan Lavrov', 'Sergei Lavrov: a:Sergei Lavrov'],
		],
		[
			'news agencies and party organs never become people',
			{
				a: [
					'Xinhua said the talks went well.',
					'Russian state news agency Tass reported that he left.',
					'The ruling party organ Qiushi wrote that the party was strong.',
					'Pravda wrote that the party was strong.',
				],
			},
			[],
			[],
		],
		[
			'without a curated entry, a transliteration of a curated name merges into it',
			{ a: [SHOIGU], b: [SHOYGU] },
			[{ name: 'Sergei Shoigu' }],
			['Sergei Shoigu: a:Sergei Shoigu, b:Sergey Shoygu'],
		],
		[
			'aliases merge spellings that are no transliteration of the name',
			{ a: [SHOIGU], b: ['Russian Defence Minister Sergei Kuzhugetovich Shoigu met the envoy.'] },
			[{ name: 'Sergei Shoigu', aliases: ['Sergei Kuzhugetovich Shoigu'] }],
			['Sergei Shoigu: a:Sergei Shoigu, b:Sergei Kuzhugetovich Shoigu'],
		],
		[
			'notSameAs keeps apart a full name spelt as a transliteration of the curated one',
			{ a: [SHOIGU], b: [SHOYGU] },
			[{ name: 'Sergei Shoigu', notSameAs: ['Sergey Shoygu'] }],
			['Sergei Shoigu: a:Sergei Shoigu', 'Sergey Shoygu: b:Sergey Shoygu'],
		],
		[
			'notSameAs keeps apart a variant spelling of the surname only, written in any case',
			{ a: [SHOIGU], b: ['Kazakh official Sergei Shoygu arrived on Monday.'] },
			[{ name: 'Sergei Shoigu', notSameAs: ['sergei SHOYGU'] }],
			['Sergei Shoigu: a:Sergei Shoigu', 'Sergei Shoygu: b:Sergei Shoygu'],
		],
		[
			'notSameAs keeps apart a transliteration of an alias',
			{ a: [SHOIGU], b: ['Kazakh official Sergey Kuzhugetovich Shoygu arrived on Monday.'] },
			[
				{
					name: 'Sergei Shoigu',
					aliases: ['Sergei Kuzhugetovich Shoigu'],
					notSameAs: ['Sergey Kuzhugetovich Shoygu'],
				},
			],
			['Sergei Shoigu: a:Sergei Shoigu', 'Sergey Kuzhugetovich Shoygu: b:Sergey Kuzhugetovich Shoygu'],
		],
		[
			'notSameAs keeps apart a surname alone it lists',
			{ a: [SHOIGU], b: ['Shoigu said so.'] },
			[{ name: 'Sergei Shoigu', notSameAs: ['Shoigu'] }],
			['Sergei Shoigu: a:Sergei Shoigu'],
		],
		[
			'a surname alone joins the kept-apart person spelt like it, in their article',
			{ a: [SHOIGU, 'Shoigu said so.'], b: [SHOYGU, 'Shoygu said so.'] },
			[{ name: 'Sergei Shoigu', notSameAs: ['Sergey Shoygu'] }],
			['Sergei Shoigu: a:Sergei Shoigu, a:Shoigu', 'Sergey Shoygu: b:Sergey Shoygu, b:Shoygu'],
		],
		[
			'a surname alone in the kept-apart person’s article never joins the curated one, however spelt',
			{ a: [SHOIGU], b: [SHOYGU, 'Shoigu said so.'] },
			[{ name: 'Sergei Shoigu', notSameAs: ['Sergey Shoygu'] }],
			['Sergei Shoigu: a:Sergei Shoigu', 'Sergey Shoygu: b:Sergey Shoygu'],
		],
		[
			'a kept-apart spelling needs evidence of its own that it names a person',
			{ a: ['Russian official Ayas Shoigu met the envoy.'], b: ['Talks with Ayas Shoygu ended.'] },
			[{ name: 'Ayas Shoigu', notSameAs: ['Ayas Shoygu'] }],
			['Ayas Shoigu: a:Ayas Shoigu'],
		],
		[
			'two curated people whose names transliterate alike stay two',
			{ a: [SHOIGU], b: [SHOYGU] },
			[
				{ name: 'Sergei Shoigu', notSameAs: ['Sergey Shoygu'] },
				{ name: 'Sergey Shoygu', notSameAs: ['Sergei Shoigu'] },
			],
			['Sergei Shoigu: a:Sergei Shoigu', 'Sergey Shoygu: b:Sergey Shoygu'],
		],
		[
			'a spelling written as one curated name is that entry’s, not another’s it transliterates',
			{ a: [SHOIGU], b: [SHOYGU] },
			[{ name: 'Sergei Shoigu' }, { name: 'Sergey Shoygu' }],
			['Sergei Shoigu: a:Sergei Shoigu', 'Sergey Shoygu: b:Sergey Shoygu'],
		],
	])('%s', (_, articles, curated, expected) => {
		expect(people(articles, curated)).toEqual(expected);
	});

	test.each([
		['an official by a title', ['Kenyan Interior Minister Joseph Mwangi spoke.'], 'official'],
		[
			'an analyst by an appositive',
			['“It holds,” said Tomasz Wrona, a researcher at a Warsaw institute.'],
			'analyst',
		],
		['a journalist by a byline', ['By Hana Kovacs, Reuters'], 'journalist'],
		[
			'an official when any mention says so, though another says otherwise',
			['Former ambassador Ilona Sebo spoke.', 'Ilona Sebo, a professor at a Budapest university, agreed.'],
			'official',
		],
		['an official when nothing says what they are', ['Ilona Sebo said so.'], 'official'],
		[
			'what a surname alone says of them',
			['Ilona Sebo said so.', 'Sebo, a historian at a Budapest university, agreed.'],
			'analyst',
		],
	])('tells what a person is: %s', (_, paragraphs, kind) => {
		const { people } = resolve([article('a', '2024-04-24', paragraphs)]);
		expect(people.map((p) => p.kind)).toEqual([kind]);
	});

	test('takes a country from a surname alone’s words too', () => {
		const { people } = resolve([
			article('a', '2024-04-24', [
				'Security Council Secretary Aino Lehtinen spoke.',
				'Lehtinen previously served as Finland’s interior minister.',
			]),
		]);
		expect(people.map((p) => [p.id, p.country])).toEqual([['aino-lehtinen', 'Finland']]);
	});

	test('makes one person of a lone word said in several articles when it could be several full names', () => {
		const { people } = resolve([
			article('a', '2024-04-24', ['Chinese Security Council Secretary Xiao Hongrui met the envoy.']),
			article('b', '2024-05-02', ['Chinese Vice-Minister of Public Security Xu Hongrui met the envoy.']),
			article('c', '2024-05-09', [
				'China’s emergencies minister Hongrui said on Tuesday that China was watching.',
			]),
			article('d', '2024-05-16', [
				'China’s emergencies minister Hongrui said on Wednesday that China had not been consulted.',
			]),
		]);
		const ids = people.map((p) => p.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(people.find((p) => p.id === 'hongrui')?.mentions.map((m) => m.sentence.article)).toEqual([
			'c',
			'd',
		]);
	});

	test('merges transliterations of one name across articles and keeps each spelling’s articles', () => {
		const { people } = resolve([
			article('a', '2024-04-24', ['Russian Foreign Minister Sergey Lavrov arrived on Monday.']),
			article('b', '2024-04-19', ['Russian Foreign Minister Sergei Lavrov said so.', 'Lavrov left.']),
		]);
		expect(people).toHaveLength(1);
		expect(people[0]!.spellings).toEqual([
			{ name: 'Sergei Lavrov', articles: ['b'] },
			{ name: 'Sergey Lavrov', articles: ['a'] },
		]);
		expect(people[0]!.country).toBe('Russia');
	});

	test('takes a spelling and a country from the curated file', () => {
		const text = ['In a meeting with his counterpart Sergey Shoigu, Chen Wenqing spoke.'];
		const { people } = resolve(
			[article('a', '2025-05-31', text)],
			[{ name: 'Sergei Shoigu', country: 'Russia', aliases: [], notSameAs: [] }],
		);
		expect(people.find((p) => p.id === 'sergei-shoigu')).toMatchObject({
			name: 'Sergei Shoigu',
			country: 'Russia',
		});
	});

	test('gives a kept-apart person a country from their own titles, not the curated entry’s', () => {
		const { people } = resolve(
			[article('a', '2024-04-24', [SHOIGU]), article('b', '2024-04-24', [SHOYGU])],
			[{ name: 'Sergei Shoigu', country: 'Russia', aliases: [], notSameAs: ['Sergey Shoygu'] }],
		);
		expect(people.map((p) => [p.id, p.country])).toEqual([
			['sergei-shoigu', 'Russia'],
			['sergey-shoygu', 'Kazakhstan'],
		]);
	});

	test('finds the seeds’ eleven officials and no news agency, party organ, bloc or group', () => {
		const { people } = resolve(seedArticles());
		expect(people.map((p) => p.id)).toEqual([
			'antony-blinken',
			'chen-wenqing',
			'dmitry-peskov',
			'li-hui',
			'mikhail-mishustin',
			'nikolai-patrushev',
			'sergei-naryshkin',
			'sergei-shoigu',
			'sergey-lavrov',
			'vladimir-putin',
			'xi-jinping',
		]);
	});
});
