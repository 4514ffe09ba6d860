import { describe, expect, test } from 'vitest';
import { resolvePeople, nameKey } from '../../../scripts/pipeline/extract/officials.ts';
import { findPersonMentions } from '../../../scripts/pipeline/extract/people.ts';
import { storySentences } from '../../../scripts/pipeline/extract/sentences.ts';
import { article, seedArticles, sentence } from './extract-helpers.ts';

const names = (text: string) =>
	findPersonMentions(sentence(text))
		.filter((m) => m.evidence)
		.map((m) => m.name);

describe('findPersonMentions', () => {
	test.each([
		[
			'Russian Security Council Secretary Nikolai Patrushev said so.',
			'Nikolai Patrushev',
			'Security Council Secretary',
			'Russia',
		],
		['He met Russian spy chief Sergey Naryshkin in Moscow.', 'Sergey Naryshkin', 'spy chief', 'Russia'],
		['China’s top security official Chen Wenqing met him.', 'Chen Wenqing', 'top security official', 'China'],
		[
			'It came as Chinese special envoy for Eurasian affairs Li Hui toured Europe.',
			'Li Hui',
			'special envoy for Eurasian affairs',
			'China',
		],
		[
			'US Secretary of State Antony Blinken landed in Shanghai.',
			'Antony Blinken',
			'Secretary of State',
			'United States',
		],
		[
			'Hungarian Interior Minister Sandor Pinter welcomed him.',
			'Sandor Pinter',
			'Interior Minister',
			'Hungary',
		],
	])('reads the name and title in %j', (text, name, title, country) => {
		const mention = findPersonMentions(sentence(text)).find((m) => m.name === name);
		expect(mention).toMatchObject({ name, title, country, evidence: true });
		expect(text.slice(mention!.start, mention!.end)).toBe(name);
	});

	test.each([
		'The Shanghai Cooperation Organisation met in Moscow.',
		'The Wall Street Journal reported on Tuesday.',
		'Bilateral trade jumped by 26.3 per cent.',
		'Officials from the Global Security Initiative attended.',
		'The Central Political and Legal Affairs Commission oversees the police.',
		'He said the “Anglo-Saxons” should deal with their conflicts.',
	])('finds no person in %j', (text) => {
		expect(names(text)).toEqual([]);
	});
});

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

	test('joins a surname alone to the person of that name in the same article', () => {
		const { people } = resolve([
			article('a', '2024-04-24', [
				'Russian Security Council Secretary Nikolai Patrushev met the delegation.',
				'Patrushev said the talks went well.',
			]),
		]);
		expect(people.map((p) => [p.id, p.mentions.length])).toEqual([['nikolai-patrushev', 2]]);
	});

	test('joins no lone word spelt otherwise, though its key matches ("Jingang" is not Tian Jinggang)', () => {
		const { people } = resolve([
			article('a', '2024-04-24', ['Chinese Vice-Minister of Public Security Tian Jinggang met the envoy.']),
			article('b', '2024-05-02', ['Residents of Jingang said they were not asked.']),
		]);
		expect(people.map((p) => [p.id, p.mentions.length])).toEqual([['tian-jinggang', 1]]);
	});

	test('makes one person of a lone word said in several articles when it could be several full names', () => {
		const { people } = resolve([
			article('a', '2024-04-24', ['Chinese Security Council Secretary Xiao Hongrui met the envoy.']),
			article('b', '2024-05-02', ['Chinese Vice-Minister of Public Security Xu Hongrui met the envoy.']),
			article('c', '2024-05-09', [
				'China’s emergencies minister He Hongrui said on Tuesday that China was watching.',
			]),
			article('d', '2024-05-16', [
				'China’s emergencies minister He Hongrui said on Wednesday that China had not been consulted.',
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

	test('reads a family name first when the text uses it alone ("Chen" for Chen Wenqing)', () => {
		const { people } = resolve([
			article('a', '2024-04-24', ['China’s top security official Chen Wenqing met him.', 'Chen said so.']),
		]);
		expect(people.map((p) => [p.id, p.mentions.length])).toEqual([['chen-wenqing', 2]]);
	});

	test('takes a spelling and a country from the curated file, and keeps apart whom it says to', () => {
		const text = ['In a meeting with his counterpart Sergei Shoigu, Chen Wenqing spoke.'];
		const { people } = resolve(
			[article('a', '2025-05-31', text)],
			[{ name: 'Sergei Shoigu', country: 'Russia', aliases: [], notSameAs: [] }],
		);
		expect(people.find((p) => p.id === 'sergei-shoigu')?.country).toBe('Russia');
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
