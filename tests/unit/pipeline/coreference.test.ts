import { describe, expect, test } from 'vitest';
import { peopleBySentence } from '../../../scripts/pipeline/extract/coreference.ts';
import { resolvePeople } from '../../../scripts/pipeline/extract/officials.ts';
import { findPersonMentions } from '../../../scripts/pipeline/extract/people.ts';
import { storySentences } from '../../../scripts/pipeline/extract/sentences.ts';
import { article } from './extract-helpers.ts';

/** Each sentence of some articles (id → paragraphs, one sentence each) with whom its pronoun refers to. */
function pronouns(articles: Record<string, readonly string[]>): string[] {
	const stories = Object.entries(articles).map(([id, paragraphs]) => article(id, '2024-04-24', paragraphs));
	const sentences = storySentences(stories);
	const mentions = sentences.flatMap(findPersonMentions);
	const { people, personOf } = resolvePeople(mentions);
	const others = new Set(people.filter((p) => p.kind !== 'official').map((p) => p.id));
	return peopleBySentence(sentences, mentions, personOf, others).map(
		(s) => `${s.sentence.article}: ${s.sentence.text} → ${s.pronoun ?? '-'}`,
	);
}

const PATRUSHEV = 'Russian Security Council Secretary Nikolai Patrushev met the envoy.';
const LAVROV = 'Russian Foreign Minister Sergei Lavrov arrived on Monday.';
const CHEN = 'Chinese security chief Chen Wenqing arrived in Moscow on Monday.';
const BOTH = 'Chen Wenqing met Nikolai Patrushev.';
const ANALYST = '“It was expected,” said Tomasz Wrona, a researcher at a Warsaw institute.';
const FILLER = ['The talks lasted two hours.', 'Trade was discussed.', 'Energy was discussed.'];

describe('peopleBySentence', () => {
	test.each<[string, Record<string, readonly string[]>, string[]]>([
		[
			'"he" is the person named in the sentence before',
			{ a: [PATRUSHEV, 'He said the talks went well.'] },
			[`a: ${PATRUSHEV} → -`, 'a: He said the talks went well. → nikolai-patrushev'],
		],
		[
			'"his" is the person named in the nearest earlier sentence that names anyone',
			{ a: [LAVROV, PATRUSHEV, FILLER[0]!, 'Officials praised his work.'] },
			[
				`a: ${LAVROV} → -`,
				`a: ${PATRUSHEV} → -`,
				`a: ${FILLER[0]} → -`,
				'a: Officials praised his work. → nikolai-patrushev',
			],
		],
		[
			'of several in that sentence, "he" is the one the article names most',
			{ a: [CHEN, BOTH, 'He said the talks went well.'] },
			[`a: ${CHEN} → -`, `a: ${BOTH} → -`, 'a: He said the talks went well. → chen-wenqing'],
		],
		[
			'of several, the one the article names most even when named second',
			{ a: [PATRUSHEV, BOTH, 'He said the talks went well.'] },
			[`a: ${PATRUSHEV} → -`, `a: ${BOTH} → -`, 'a: He said the talks went well. → nikolai-patrushev'],
		],
		[
			'"he" reaches no person named in another article',
			{ a: [PATRUSHEV], b: ['He said the talks went well.'] },
			[`a: ${PATRUSHEV} → -`, 'b: He said the talks went well. → -'],
		],
		[
			'"he" reaches three sentences back',
			{ a: [PATRUSHEV, FILLER[0]!, FILLER[1]!, 'He left.'] },
			[
				`a: ${PATRUSHEV} → -`,
				...FILLER.slice(0, 2).map((f) => `a: ${f} → -`),
				'a: He left. → nikolai-patrushev',
			],
		],
		[
			'"he" reaches no further than three sentences back',
			{ a: [PATRUSHEV, ...FILLER, 'He left.'] },
			[`a: ${PATRUSHEV} → -`, ...FILLER.map((f) => `a: ${f} → -`), 'a: He left. → -'],
		],
		[
			'"he" after a quoted analyst refers to the analyst, so to no official',
			{ a: [PATRUSHEV, ANALYST, 'He added that the talks went well.'] },
			[`a: ${PATRUSHEV} → -`, `a: ${ANALYST} → -`, 'a: He added that the talks went well. → -'],
		],
		[
			'"he" goes on being who the sentence before’s subject "he" was',
			{ a: [CHEN, 'In Moscow he will meet Nikolai Patrushev.', 'After that he travels to Minsk.'] },
			[
				`a: ${CHEN} → -`,
				'a: In Moscow he will meet Nikolai Patrushev. → chen-wenqing',
				'a: After that he travels to Minsk. → chen-wenqing',
			],
		],
		[
			'words that only contain "he" are no pronoun',
			{ a: [PATRUSHEV, 'Then the heads of the delegations left.'] },
			[`a: ${PATRUSHEV} → -`, 'a: Then the heads of the delegations left. → -'],
		],
	])('%s', (_, articles, expected) => {
		expect(pronouns(articles)).toEqual(expected);
	});

	test('lines up each sentence with the officials it names, not the people who are none', () => {
		const stories = [article('a', '2024-04-24', [PATRUSHEV, ANALYST])];
		const sentences = storySentences(stories);
		const mentions = sentences.flatMap(findPersonMentions);
		const { personOf } = resolvePeople(mentions);
		const lines = peopleBySentence(sentences, mentions, personOf, new Set(['tomasz-wrona']));
		expect(lines.map((s) => s.people.map((p) => p.person))).toEqual([['nikolai-patrushev'], []]);
	});

	test('reads "the Russian president" by the country the corpus gives one the article names bare', () => {
		const text = [
			'Vladimir Putin spoke with Chen Wenqing about Xi Jinping.',
			'The same day, the Russian president received Nikolai Patrushev.',
		];
		const stories = [article('a', '2024-04-24', text)];
		const sentences = storySentences(stories);
		const mentions = sentences.flatMap(findPersonMentions);
		const { personOf } = resolvePeople(mentions);
		const corpus = new Map([
			['vladimir-putin', 'Russia'],
			['chen-wenqing', 'China'],
			['xi-jinping', 'China'],
		]);
		const described = (countryOf?: (id: string) => string | null) =>
			peopleBySentence(sentences, mentions, personOf, new Set(), countryOf)[1]!.people.map((p) => p.person);
		expect(described((id) => corpus.get(id) ?? null)).toEqual(['vladimir-putin', 'nikolai-patrushev']);
		// Without it, "the Russian president" could be any of the three, named with no country: no one.
		expect(described()).toEqual(['nikolai-patrushev']);
	});

	test('reads "the Chinese leader" as the one it can be, not one an appositive gives another office', () => {
		const text = [
			'Kolokoltsev was received by Wang Xiaohong, China’s minister of public security, on Tuesday.',
			'In October, Vladimir Putin flew to Beijing for a forum marking ten years of Xi Jinping’s signature initiative and held talks with the Chinese leader there.',
		];
		// Another article shows that Xi Jinping is a person.
		const stories = [
			article('a', '2024-04-24', text),
			article('b', '2024-04-24', ['President Xi Jinping spoke.']),
		];
		const sentences = storySentences(stories);
		const mentions = sentences.flatMap(findPersonMentions);
		const { personOf } = resolvePeople(mentions);
		const country = new Map([['xi-jinping', 'China']]);
		const lines = peopleBySentence(sentences, mentions, personOf, new Set(), (id) => country.get(id) ?? null);
		expect(lines[1]!.people.map((p) => p.person)).toEqual(['vladimir-putin', 'xi-jinping', 'xi-jinping']);
	});

	test('reads a description as one the headline or standfirst named, with the story naming no one it could be', () => {
		const stories = [
			article('a', '2024-04-24', [
				'Russian President Vladimir Putin received China’s most senior diplomat at the Kremlin on Wednesday.',
			]),
		];
		const sentences = storySentences(stories);
		const mentions = sentences.flatMap(findPersonMentions);
		const { personOf } = resolvePeople(mentions);
		const country = (id: string) => ({ 'wang-yi': 'China' })[id] ?? null;
		const described = (introduced: { person: string; nameParts: string[] }[]) =>
			peopleBySentence(sentences, mentions, personOf, new Set(), country, introduced)[0]!.people.map(
				(p) => p.person,
			);
		expect(described([{ person: 'wang-yi', nameParts: ['Wang', 'Yi'] }])).toEqual([
			'vladimir-putin',
			'wang-yi',
		]);
		expect(described([])).toEqual(['vladimir-putin']);
	});

	test('reads "he" in the lede as the one the standfirst named first, and never as a transcript’s speaker', () => {
		const stories = [
			article('a', '2024-04-24', [
				'He landed on Thursday.',
				'HADLEY: Russian President Vladimir Putin flew on. HADLEY: He met the governor.',
			]),
		];
		const sentences = storySentences(stories);
		const mentions = sentences.flatMap(findPersonMentions);
		const { personOf } = resolvePeople(mentions);
		const introduced = [{ person: 'chen-wenqing', nameParts: ['Chen', 'Wenqing'] }];
		const lines = peopleBySentence(
			sentences,
			mentions,
			personOf,
			new Set(['hadley']),
			() => null,
			introduced,
		);
		expect(lines.map((l) => l.pronoun)).toEqual(['chen-wenqing', null, 'vladimir-putin']);
	});

	test('lines up each sentence with the people it names, in order', () => {
		const stories = [article('a', '2024-04-24', [CHEN, BOTH])];
		const sentences = storySentences(stories);
		const mentions = sentences.flatMap(findPersonMentions);
		const { personOf } = resolvePeople(mentions);
		expect(
			peopleBySentence(sentences, mentions, personOf).map((s) =>
				s.people.map((p) => `${p.mention.name} = ${p.person}`),
			),
		).toEqual([
			['Chen Wenqing = chen-wenqing'],
			['Chen Wenqing = chen-wenqing', 'Nikolai Patrushev = nikolai-patrushev'],
		]);
	});
});
