import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cleanArticle } from '../../../scripts/pipeline/clean.ts';
import { matchFurniture } from '../../../scripts/pipeline/furniture.ts';

const body = (text: string) => cleanArticle(text).paragraphs.map((p) => p.text);
const STORY =
	'Chen Wenqing met Russian Security Council Secretary Nikolai Patrushev in Moscow on Tuesday, the two sides said.';
const MORE =
	'Patrushev said Russia and China would deepen security cooperation in Moscow and Beijing this year.';

describe('cleanArticle: the top of the page', () => {
	test('takes the title-like line about the story as the headline, past section labels and promotions', () => {
		const result = cleanArticle(
			[
				'China-Russia relations',
				'Get more with myNEWS',
				'A personalised news feed of stories that matter to you',
				'Chen Wenqing meets Patrushev in Moscow',
				STORY,
			].join('\n'),
		);
		expect(result.title).toBe('Chen Wenqing meets Patrushev in Moscow');
		expect(result.standfirst).toEqual([]);
		expect(body(['SECTION', 'Chen Wenqing meets Patrushev in Moscow', STORY].join('\n'))).toEqual([STORY]);
	});

	test('passes over a promotion above the headline that shares no words with the story', () => {
		const result = cleanArticle(
			['Download the best stories of the week today', 'Chen Wenqing meets Patrushev in Moscow', STORY].join(
				'\n',
			),
		);
		expect(result.title).toBe('Chen Wenqing meets Patrushev in Moscow');
	});

	test('reads bullets and dek lines under the headline as the standfirst', () => {
		const result = cleanArticle(
			[
				'Chen meets Patrushev',
				'- Politburo member visits Moscow',
				'• Security ties deepen amid tensions',
				STORY,
			].join('\n'),
		);
		expect(result.standfirst).toEqual([
			'Politburo member visits Moscow',
			'Security ties deepen amid tensions',
		]);
	});

	test('leaves bylines, reporter datelines and short labels under the headline out of the standfirst', () => {
		const result = cleanArticle(
			[
				'Chen meets Patrushev in Moscow',
				'Pjotr Sauer in Moscow',
				'Jane Doe',
				'BBC News, Beijing',
				'By Staff Writer',
				STORY,
			].join('\n'),
		);
		expect(result.standfirst).toEqual([]);
		expect(result.removed.map((r) => r.text)).toEqual([
			'Pjotr Sauer in Moscow',
			'Jane Doe',
			'BBC News, Beijing',
			'By Staff Writer',
		]);
	});

	test('reads a subtitle in another script, and a sentence under the picture and the section’s name, as the standfirst', () => {
		const subtitle = cleanArticle(
			[
				'Home » World » Chen Wenqing meets Patrushev in Moscow',
				'Chen Wenqing meets Patrushev in Moscow',
				'Чэнь Вэньцин встретился с Патрушевым в Москве',
				'May 21, 2024',
				STORY,
				MORE,
			].join('\n'),
		);
		expect([subtitle.title, subtitle.standfirst, subtitle.paragraphs.length]).toEqual([
			'Chen Wenqing meets Patrushev in Moscow',
			['Чэнь Вэньцин встретился с Патрушевым в Москве'],
			2,
		]);
		const summary = 'China’s security chief and Russia’s security council secretary met for talks in Moscow.';
		const below = cleanArticle(
			[
				'Chen Wenqing meets Patrushev in Moscow',
				'Chen Wenqing and Nikolai Patrushev in Moscow. Photo: Reuters',
				'Asia & Pacific',
				'17:42 21.05.2024',
				summary,
				`MOSCOW (Reuters) — ${STORY}`,
				MORE,
			].join('\n'),
		);
		expect([below.standfirst, below.paragraphs.length]).toEqual([[summary], 2]);
	});

	test('reads a standfirst sentence with its byline and date right under it, past the page top that follows', () => {
		const summary =
			'China’s security chief and Russia’s security council secretary agree to meet again next year.';
		const result = cleanArticle(
			[
				'Chen Wenqing meets Patrushev in Moscow',
				summary,
				'By Jane Doe',
				'21 May 2024 10:47 pm',
				'Text Size: A- A+',
				'Chen Wenqing with Nikolai Patrushev at the Kremlin on Tuesday',
				STORY,
				MORE,
			].join('\n'),
		);
		expect([result.standfirst, result.paragraphs.map((p) => p.text)]).toEqual([[summary], [STORY, MORE]]);
	});

	test('accepts a question as a headline', () => {
		expect(cleanArticle(['Will Chen Wenqing meet Patrushev again?', STORY].join('\n')).title).toBe(
			'Will Chen Wenqing meet Patrushev again?',
		);
	});

	test('uses a headline given in the metadata and drops the matching line', () => {
		const result = cleanArticle(['Chen meets Patrushev', STORY].join('\n'), {
			title: 'Chen meets Patrushev',
		});
		expect(result.title).toBe('Chen meets Patrushev');
		expect(result.standfirst).toEqual([]);
	});

	test('finds no headline in text that has none', () => {
		expect(cleanArticle(`${STORY}\n${MORE}`).title).toBeNull();
	});
});

describe('cleanArticle: the body', () => {
	test('keeps a short subheading as a heading', () => {
		const result = cleanArticle(
			['Chen meets Patrushev', STORY, 'Patrushev and Chen to meet again', MORE].join('\n'),
		);
		expect(result.paragraphs).toEqual([
			{ text: STORY },
			{ text: 'Patrushev and Chen to meet again', kind: 'heading' },
			{ text: MORE },
		]);
	});

	test('keeps a short question on its own line as a heading', () => {
		const result = cleanArticle(['Chen meets Patrushev', STORY, 'What is on the agenda?', MORE].join('\n'));
		expect(result.paragraphs[1]).toEqual({ text: 'What is on the agenda?', kind: 'heading' });
	});

	test('splits a long title-like line between paragraphs off as a related teaser', () => {
		const teaser = 'Pancakes and dancing: how Russia and China are trying to boost cultural ties';
		const result = cleanArticle(['Chen meets Patrushev', STORY, teaser, MORE].join('\n'));
		expect(result.related).toEqual([{ title: teaser, text: '' }]);
		expect(result.paragraphs.map((p) => p.text)).toEqual([STORY, MORE]);
	});

	test('splits off a short teaser that has nothing to do with the story', () => {
		const result = cleanArticle(
			['Chen meets Patrushev', STORY, 'Ten best beaches in Thailand', MORE].join('\n'),
		);
		expect(result.related.map((r) => r.title)).toEqual(['Ten best beaches in Thailand']);
	});

	test('takes a video teaser shown twice after its running time as one related item', () => {
		const video = 'Russian prime minister travels to China';
		const result = cleanArticle(['Chen meets Patrushev', STORY, '02:46', video, video, MORE].join('\n'));
		expect(result.related).toEqual([{ title: video, text: '' }]);
		expect(body(['Chen meets Patrushev', STORY, '02:46', video, video, MORE].join('\n'))).toEqual([
			STORY,
			MORE,
		]);
	});

	test('reads "Read more: …" lines as related teasers', () => {
		const result = cleanArticle(
			['Chen meets Patrushev', STORY, 'Read more: Kazakhstan and China sign visa deal', MORE].join('\n'),
		);
		expect(result.related).toEqual([{ title: 'Kazakhstan and China sign visa deal', text: '' }]);
	});

	test('moves photo captions out of the body', () => {
		const caption = 'Chen Wenqing was promoted in October. Photo: CCTV';
		const result = cleanArticle(['Chen meets Patrushev', STORY, caption, MORE].join('\n'));
		expect(result.captions).toEqual([caption]);
		expect(result.paragraphs.map((p) => p.text)).toEqual([STORY, MORE]);
	});

	test('joins a credit line to the caption text under it', () => {
		const result = cleanArticle(
			['Chen meets Patrushev', STORY, 'Getty Images', 'Police stand guard outside the venue', MORE].join(
				'\n',
			),
		);
		expect(result.captions).toEqual(['Police stand guard outside the venue (Getty Images)']);
	});

	test('drops furniture between paragraphs and everything after the last paragraph', () => {
		const result = cleanArticle(
			[
				'Chen meets Patrushev',
				STORY,
				'Advertisement',
				MORE,
				'Select Voice',
				'Slow',
				'Fast',
				'Try Our AI Features',
				'Leave a Reply',
			].join('\n'),
		);
		expect(result.paragraphs.map((p) => p.text)).toEqual([STORY, MORE]);
	});

	test('drops a newsletter appeal together with its blurb', () => {
		const result = cleanArticle(
			[
				'Chen meets Patrushev',
				STORY,
				'Sign up to Global Dispatch, our free newsletter',
				'Get a different world view with a roundup of the best news',
				MORE,
			].join('\n'),
		);
		expect(result.paragraphs.map((p) => p.text)).toEqual([STORY, MORE]);
		expect(result.related).toEqual([]);
	});
});

describe('cleanArticle: related stories', () => {
	test('reads teasers after a "Related Articles" marker as title and text, without outlet labels and time stamps', () => {
		const result = cleanArticle(
			[
				'Chen meets Patrushev',
				STORY,
				'Related Articles',
				'Daily Planet',
				'an hour ago',
				'- Daily Planet',
				'Asean asserts agency at Shangri-La Dialogue',
				'Asean defence chiefs emphasised individual agency.',
				'Daily Planet',
				'2 hours ago',
				'- Daily Planet',
				'New liaison office chief visits community',
				'The director made his first visit on Sunday.',
			].join('\n'),
		);
		expect(result.related).toEqual([
			{
				title: 'Asean asserts agency at Shangri-La Dialogue',
				text: 'Asean defence chiefs emphasised individual agency.',
			},
			{
				title: 'New liaison office chief visits community',
				text: 'The director made his first visit on Sunday.',
			},
		]);
		expect(result.paragraphs.map((p) => p.text)).toEqual([STORY]);
	});
});

const LEDE =
	'ALMATY, June 3 (Example Wire) - Kazakh and Kyrgyz border officials agreed on Tuesday to patrol the frontier together, the two ministries said.';
const SECOND =
	'The joint patrols will start in the autumn along the stretch of border near the Kazakh city of Almaty, the ministries said.';
/** A story's first paragraph with no dateline, telling what the standfirst does not. */
const PLAIN_LEDE =
	'Kyrgyz guards fired warning shots near a disputed village last month, and officials in both capitals have since worked to calm the area.';
/** A first paragraph that tells again what the standfirst sums up, as a lede does. */
const RESTATING_LEDE =
	'Kazakhstan and Kyrgyzstan will share patrols along their frontier from the autumn, border officials of the two neighbours said on Tuesday.';
const HEADLINE = 'Kazakh and Kyrgyz border officials agree joint patrols';
const DEK = 'The two neighbours will share patrols along their frontier from the autumn, officials say.';

describe('cleanArticle: a related-stories block inside the story', () => {
	test('takes its teasers as related stories and reads on to the story’s end', () => {
		const result = cleanArticle(
			[
				HEADLINE,
				PLAIN_LEDE,
				SECOND,
				'Read More',
				'Kazakhstan opens new border post near Khorgos',
				'Why the frontier matters to both capitals',
				'The patrols will be reviewed after a year, and the ministries will publish a report on how they worked.',
				'Officials in both countries said they expected the number of incidents on the frontier to fall.',
				'Related Articles',
				'Kyrgyzstan names new border chief',
				'The appointment was announced on Monday.',
			].join('\n'),
		);
		expect(result.paragraphs.map((p) => p.text)).toEqual([
			PLAIN_LEDE,
			SECOND,
			'The patrols will be reviewed after a year, and the ministries will publish a report on how they worked.',
			'Officials in both countries said they expected the number of incidents on the frontier to fall.',
		]);
		expect(result.related.map((r) => r.title)).toEqual([
			'Kazakhstan opens new border post near Khorgos',
			'Why the frontier matters to both capitals',
			'Kyrgyzstan names new border chief',
		]);
	});
});

describe('cleanArticle: what lies between the headline and the story', () => {
	test.each([
		['a byline and a date', ['By Ana Lopez', 'Jun 3, 2021 - 10:05 AM GMT+6']],
		[
			'a date, sharing buttons and the picture',
			['3 Jun 2021', 'Email this story', 'Border posts near Almaty [Reuters]'],
		],
		[
			'a byline, a comment count and the picture',
			['By Ana Lopez', 'Comments', 'Border posts near Almaty. Photo: Reuters'],
		],
	])('reads a sentence under the headline as the standfirst when %s come after it', (_, between) => {
		const result = cleanArticle([HEADLINE, DEK, ...between, LEDE, SECOND].join('\n'));
		expect(result.standfirst).toEqual([DEK]);
		expect(result.paragraphs.map((p) => p.text)).toEqual([LEDE, SECOND]);
	});

	test.each([
		['the story’s dateline', [HEADLINE, '3 Jun 2021', DEK, LEDE, SECOND]],
		[
			'a lede that tells it again',
			[HEADLINE, DEK, 'Border posts near Almaty [Reuters]', RESTATING_LEDE, SECOND],
		],
	])('reads a sentence under the headline as the standfirst above %s', (_, lines) => {
		const result = cleanArticle(lines.join('\n'));
		expect(result.standfirst).toEqual([DEK]);
		expect(result.paragraphs.map((p) => p.text)).toEqual(lines.slice(-2));
	});

	test.each([
		['nothing comes after it but the story', [HEADLINE, DEK, PLAIN_LEDE, SECOND], [DEK, PLAIN_LEDE, SECOND]],
		[
			'only a picture comes after it',
			[HEADLINE, DEK, 'Border posts near Almaty [Reuters]', PLAIN_LEDE],
			[DEK, PLAIN_LEDE],
		],
		['it opens with a dateline', [HEADLINE, LEDE, 'By Ana Lopez', SECOND], [LEDE, SECOND]],
	])('keeps a sentence under the headline in the story when %s', (_, lines, paragraphs) => {
		const result = cleanArticle(lines.join('\n'));
		expect(result.standfirst).toEqual([]);
		expect(result.paragraphs.map((p) => p.text)).toEqual(paragraphs);
	});

	test.each([
		['in capitals', 'THE STEPPE HERALD IN ALMATY'],
		['a credit with no caption', 'Reuters'],
	])('leaves a label %s under the headline out of the standfirst and the captions', (_, label) => {
		const result = cleanArticle([HEADLINE, label, LEDE, SECOND].join('\n'));
		expect(result.standfirst).toEqual([]);
		expect(result.captions).toEqual([]);
		expect(result.removed.map((r) => r.text)).toContain(label);
	});
});

describe('cleanArticle: captions whose credit stands on a line of its own', () => {
	test.each([
		[
			'before the text',
			['Getty Images', 'Border posts near Almaty'],
			'Border posts near Almaty (Getty Images)',
		],
		[
			'after the text',
			['Border posts near Almaty', 'Photo: Reuters'],
			'Border posts near Almaty Photo: Reuters',
		],
	])('joins a credit %s to the text', (_, caption, joined) => {
		const result = cleanArticle([HEADLINE, 'By Ana Lopez', ...caption, LEDE, SECOND].join('\n'));
		expect(result.captions).toEqual([joined]);
		expect(result.standfirst).toEqual([]);
		expect(result.paragraphs.map((p) => p.text)).toEqual([LEDE, SECOND]);
	});

	test('never takes the headline for a caption’s text: a photo’s credit alone is then its caption', () => {
		const result = cleanArticle([HEADLINE, 'Photo: Reuters', LEDE, SECOND].join('\n'));
		expect(result.title).toBe(HEADLINE);
		expect(result.captions).toEqual(['Photo: Reuters']);
	});

	test('drops a credit alone that names no picture', () => {
		const result = cleanArticle([HEADLINE, 'Reuters', LEDE, SECOND].join('\n'));
		expect(result.captions).toEqual([]);
	});
});

describe('cleanArticle: a wire lede above its headline', () => {
	test('takes the title under a dateline lede, not a section label above it', () => {
		const lede =
			'ASTANA. STEPPE WIRE - Leaders of the regional bloc will open their summit in Astana today, with two new members set to join, after a day of bilateral talks.';
		const headline = 'Regional leaders gather in Astana as two new members set to join';
		const second =
			'The leaders are expected to adopt a declaration and to approve the accession of the two new members, the first enlargement of the bloc since it was founded.';
		const result = cleanArticle(
			['Steppe Wire', 'Politics', 'Summit Astana 2017', lede, headline, second].join('\n'),
		);
		expect(result.title).toBe(headline);
		expect(result.paragraphs.map((p) => p.text)).toEqual([lede, second]);
	});

	test('keeps the headline above when the line under the lede is a picture’s text', () => {
		const lede =
			'BEIJING, July 24 (Steppe Wire) -- Kenya’s chief prosecutor Ngozi Tshikwe and Chinese general Lu Zizi agreed on Wednesday to expand cooperation in satellite navigation.';
		const picture = 'Ngozi Tshikwe (R) meets Lu Zizi in Beijing on July 20, 2016. (Steppe Wire/Li Na)';
		const second =
			'Kenya will train 700 Chinese officers over the next three years, and the two sides signed four agreements on satellite navigation.';
		const headline = 'What Tshikwe’s talks with Lu mean for Kenya and China';
		const result = cleanArticle([headline, 'Source: Steppe Wire', lede, picture, second].join('\n'));
		expect(result.title).toBe(headline);
	});
});

describe('cleanArticle: finding the headline', () => {
	test('drops the headline printed again with the site’s name', () => {
		const result = cleanArticle(
			[HEADLINE, 'By Ana Lopez', `${HEADLINE} | The Steppe Herald`, LEDE, SECOND].join('\n'),
		);
		expect(result.title).toBe(HEADLINE);
		expect(result.standfirst).toEqual([]);
	});

	test.each([
		[
			'an outlet’s tagline over its menu',
			['The Steppe Herald', 'Independent news from Central Asia', 'Politics', 'Business', 'Culture'],
		],
		['a language menu', ['Choose from 12 languages', 'English', 'Français']],
		[
			'a cookie banner',
			[
				'We care about your privacy',
				'This site uses cookies to personalise content; by using it you agree.',
				'OK',
			],
		],
	])('passes over %s above the headline', (_, above) => {
		const result = cleanArticle(
			[
				...above,
				'News',
				HEADLINE,
				LEDE,
				`${SECOND} Kazakh news agencies and Central Asian outlets reported it.`,
			].join('\n'),
		);
		expect(result.title).toBe(HEADLINE);
		expect(result.paragraphs[0]!.text).toBe(LEDE);
	});

	test('takes the title-like line sharing the most words with the story, not the line under it', () => {
		const result = cleanArticle(
			[
				'Kazakh news',
				HEADLINE,
				'Border officials of Kazakhstan and Kyrgyzstan agree on Tuesday to joint patrols in autumn',
				LEDE,
				SECOND,
			].join('\n'),
		);
		expect(result.title).toBe(HEADLINE);
		expect(result.standfirst).toHaveLength(1);
	});

	test('finds the headline under a lede scraped above it, with the page top after it', () => {
		const result = cleanArticle(
			[
				LEDE,
				'WORLD',
				HEADLINE,
				'EXAMPLE WIRE',
				'JUN 3, 2021 - 10:05 AM GMT+6',
				'Border posts near Almaty [Reuters]',
				SECOND,
			].join('\n'),
		);
		expect(result.title).toBe(HEADLINE);
		expect(result.paragraphs.map((p) => p.text)).toEqual([LEDE, SECOND]);
		expect(result.captions).toEqual(['Border posts near Almaty [Reuters]']);
		expect(result.standfirst).toEqual([]);
	});

	test('finds no headline among section names that share a word or none with the story', () => {
		const result = cleanArticle(
			['Example News Agency', 'World Politics', 'Business & Economy', LEDE, SECOND].join('\n'),
		);
		expect(result.title).toBeNull();
	});
});

describe('cleanArticle: the end of the story', () => {
	test('keeps the last paragraph of a capture cut off mid-sentence', () => {
		const cut =
			'The two ministries did not say how many officers would take part in the patrols or when the first of them would';
		expect(cleanArticle([HEADLINE, LEDE, SECOND, cut].join('\n')).paragraphs.at(-1)!.text).toBe(cut);
	});

	test('does not keep a title-like line at the very end as a cut-off paragraph', () => {
		expect(
			cleanArticle([HEADLINE, LEDE, SECOND, 'More stories from Central Asia'].join('\n')).paragraphs.at(-1)!
				.text,
		).toBe(SECOND);
	});

	test('keeps a wire story’s last paragraph that ends with its end mark', () => {
		const last = 'Kazakhstan and Kyrgyzstan share a border more than 1,200 km long. Enditem';
		expect(
			cleanArticle(
				[HEADLINE, LEDE, SECOND, last, 'Related:', 'Teaser about something else entirely'].join('\n'),
			).paragraphs.at(-1)!.text,
		).toBe(last);
	});
});

describe('cleanArticle: related stories, tags and the page bottom', () => {
	test.each(['Keep reading', 'Related Posts', 'EXAMPLE RECOMMENDS', 'Editor’s picks'])(
		'starts the related stories at %j',
		(marker) => {
			const result = cleanArticle(
				[
					HEADLINE,
					LEDE,
					SECOND,
					marker,
					'Tajikistan opens new crossing with China',
					'Uzbek rail link to Kyrgyzstan moves ahead',
				].join('\n'),
			);
			expect(result.related.map((r) => r.title)).toEqual([
				'Tajikistan opens new crossing with China',
				'Uzbek rail link to Kyrgyzstan moves ahead',
			]);
		},
	);

	test('reads the lines after a tags or keywords label as topics, not stories', () => {
		const result = cleanArticle(
			[
				HEADLINE,
				LEDE,
				SECOND,
				'Read more',
				'Tajikistan opens new crossing with China',
				'Keywords',
				'Kazakhstan, Kyrgyzstan, border, police, patrols',
				'Related Subjects',
				'Central Asia border security',
			].join('\n'),
		);
		expect(result.related.map((r) => r.title)).toEqual(['Tajikistan opens new crossing with China']);
	});

	test('ends the related stories at a "Show more" button', () => {
		const result = cleanArticle(
			[
				HEADLINE,
				LEDE,
				SECOND,
				'Read also',
				'Tajikistan opens new crossing with China',
				'Show more',
				'Example is a registered news agency of the republic',
				'Reuse of this page requires a reference to Example',
			].join('\n'),
		);
		expect(result.related.map((r) => r.title)).toEqual(['Tajikistan opens new crossing with China']);
	});

	test('gives a teaser only the summary printed straight under its title', () => {
		const result = cleanArticle(
			[
				HEADLINE,
				LEDE,
				SECOND,
				'More from Example',
				'Tajikistan opens new crossing with China',
				'Apps',
				'All quotes are delayed by fifteen minutes.',
			].join('\n'),
		);
		expect(result.related).toEqual([{ title: 'Tajikistan opens new crossing with China', text: '' }]);
	});
});

const seedsDir = new URL('../../../content/raw/', import.meta.url);
const seeds = readdirSync(seedsDir)
	.filter((f) => f.endsWith('.txt'))
	.sort();
const cleanSeed = (name: string) => cleanArticle(readFileSync(new URL(name, seedsDir), 'utf8'));

describe('cleanArticle on the seed articles', () => {
	test.each(seeds)('%s leaves no furniture line in its paragraphs', (name) => {
		const result = cleanSeed(name);
		for (const paragraph of result.paragraphs)
			expect(matchFurniture(paragraph.text), paragraph.text).toBeNull();
		expect(result.paragraphs.length).toBeGreaterThan(4);
	});

	test.each(seeds)('%s matches its reviewed clean output', async (name) => {
		const { removed: _, ...result } = cleanSeed(name);
		await expect(`${JSON.stringify(result, null, '\t')}\n`).toMatchFileSnapshot(
			`../../fixtures/seeds/${name.replace('.txt', '.json')}`,
		);
	});

	test('rejoins the first paragraph of 000, broken over two lines', () => {
		expect(cleanSeed('000_c456d7ed90dc46d1.txt').paragraphs[0]!.text).toMatch(
			/a seven-day trip that began in Hungary, followed by Russia\.$/,
		);
	});

	test('keeps 000’s three unrelated stories out of its body, as related items', () => {
		const result = cleanSeed('000_c456d7ed90dc46d1.txt');
		expect(result.related.map((r) => r.title)).toEqual([
			'‘Not mere pawns’ in big power rivalry: Asean asserts agency at Shangri-La Dialogue',
			'New liaison office chief in first public appearance with Hong Kong community visit',
			'US hostility to Chinese students prompts many parents to look elsewhere',
		]);
		expect(result.paragraphs.some((p) => /Hegseth|Zhou Ji|Harvard/.test(p.text))).toBe(false);
	});

	test('finds 002’s subheading and its headline under the section label and empty byline', () => {
		const result = cleanSeed('002_e8bc1a953be82026.txt');
		expect(result.title).toBe('CPC’s security chief to visit Russia');
		expect(result.paragraphs.filter((p) => p.kind === 'heading').map((p) => p.text)).toEqual([
			'Xi and Putin to meet',
		]);
	});

	test('splits the related headlines inline in 003 and 004 off the body', () => {
		expect(cleanSeed('003_d13c28472e234fa8.txt').related.map((r) => r.title)).toEqual([
			'Pancakes and dancing: how Russia and China are trying to boost cultural ties',
			'China rejects restraints on Russia trade as top US envoy travels to Beijing',
		]);
		expect(cleanSeed('004_26156e77c6c60180.txt').related.map((r) => r.title)).toEqual([
			'China-Russia trade has ‘plateaued’ despite ‘unprecedented high level’ relations',
			'Russian prime minister travels to China to ‘elevate cooperation’',
		]);
	});

	test('separates 004’s photo captions and standfirst bullets', () => {
		const result = cleanSeed('004_26156e77c6c60180.txt');
		expect(result.captions).toHaveLength(3);
		expect(result.captions.every((c) => /Photo: [A-Z]/.test(c))).toBe(true);
		expect(result.standfirst).toHaveLength(2);
		expect(result.title).toBe('China, Russia hold security talks in Moscow amid tensions with the West');
	});
});

const outletsDir = new URL('../../fixtures/outlets/', import.meta.url);
describe('cleanArticle on other outlets’ styles', () => {
	test.each(readdirSync(outletsDir).sort())('%s comes out as its reviewed clean output', async (name) => {
		const input = readFileSync(new URL(`${name}/input.txt`, outletsDir), 'utf8');
		const { removed: _, ...result } = cleanArticle(input);
		for (const paragraph of result.paragraphs)
			expect(matchFurniture(paragraph.text), paragraph.text).toBeNull();
		await expect(`${JSON.stringify(result, null, '\t')}\n`).toMatchFileSnapshot(
			`../../fixtures/outlets/${name}/expected.json`,
		);
	});
});
