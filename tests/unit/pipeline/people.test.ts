import { describe, expect, test } from 'vitest';
import { findPersonMentions } from '../../../scripts/pipeline/extract/people.ts';
import { sentence } from './extract-helpers.ts';

const names = (text: string) =>
	findPersonMentions(sentence(text))
		.filter((m) => m.evidence)
		.map((m) => m.name);

/** Each person named with evidence: name, title, country and what they are. */
const people = (text: string) =>
	findPersonMentions(sentence(text))
		.filter((m) => m.evidence)
		.map((m) => [m.name, m.title, m.country, m.kind]);

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
		[
			'the end of a title is not glued to the name',
			'Chinese State Councilor Lin Baozhen arrived.',
			[['Lin Baozhen', 'State Councilor', 'China', 'official']],
		],
		[
			'an agent noun ending a title is the title’s, not a third word of the name',
			'Deputy Comptroller Marta Vogel toured the port.',
			[['Marta Vogel', null, null, null]],
		],
		[
			'the complement of "Minister of" is the title’s, not the name’s',
			'Minister of Commerce Liu Jianhong signed it.',
			[['Liu Jianhong', 'Minister of Commerce', null, 'official']],
		],
		[
			'a complement of two joined by "and" as the title’s, and a place’s name as no one’s',
			'At Lakeside International Airport he was welcomed by Minister of Culture and Tourism Liu Jianhong.',
			[['Liu Jianhong', 'Minister of Culture and Tourism', null, 'official']],
		],
		[
			'a plural noun ending a complement as the title’s ("Foreign Affairs")',
			'Minister of Foreign Affairs Ivo Kranjec met him.',
			[['Ivo Kranjec', 'Minister of Foreign Affairs', null, 'official']],
		],
		[
			'a three-word name after a body’s word ending a complement',
			'Chief of General Staff Tran Van Hieu met him.',
			[['Tran Van Hieu', 'Chief of General Staff', null, 'official']],
		],
		[
			'a title’s complement with "of the" and a country ending it',
			'Secretary of the National Defence Council of Armenia Levon Sargsyan attended.',
			[['Levon Sargsyan', 'Secretary of the National Defence Council of Armenia', 'Armenia', 'official']],
		],
		[
			'two titles joined by "and" before one name',
			'Vice Premier and Minister of Finance Oksana Hryb spoke.',
			[['Oksana Hryb', 'Vice Premier and Minister of Finance', null, 'official']],
		],
		[
			'a parenthesised acronym inside a title',
			'Director of the Northern Fisheries Agency (NFA) Ruth Amadi spoke.',
			[['Ruth Amadi', 'Director of the Northern Fisheries Agency (NFA)', null, 'official']],
		],
		[
			'hyphenated titles and names as one word each',
			'UN Secretary-General Min Ki-seok spoke.',
			[['Min Ki-seok', 'UN Secretary-General', null, 'official']],
		],
		[
			'a title set off by commas before the name',
			'Norway’s new prime minister, Ingrid Dahl, flew to Oslo.',
			[['Ingrid Dahl', 'new prime minister', 'Norway', 'official']],
		],
		[
			'a plural title shared by the names listed after it',
			'Former presidents Tomas Varga and Ilona Sebo attended.',
			[
				['Tomas Varga', 'Former presidents', null, 'official'],
				['Ilona Sebo', 'Former presidents', null, 'official'],
			],
		],
		[
			'a plural title’s countries given to its names in turn',
			'The foreign ministers of Chile and Peru, Ana Rojas and Luis Quispe, met in Lima.',
			[
				['Ana Rojas', 'foreign ministers of Chile and Peru', 'Chile', 'official'],
				['Luis Quispe', 'foreign ministers of Chile and Peru', 'Peru', 'official'],
			],
		],
		[
			'an appositive with no article, its country after "of"',
			'Aino Lehtinen, secretary of the Security Council of Finland, spoke.',
			[['Aino Lehtinen', null, 'Finland', 'official']],
		],
		[
			'an appositive opening with a country’s possessive',
			'Rania Haddad, Lebanon’s minister of energy, spoke.',
			[['Rania Haddad', null, 'Lebanon', 'official']],
		],
		[
			'a relative clause ("who also serves as")',
			'Aino Lehtinen, who also serves as deputy head of the Nordic Council, spoke.',
			[['Aino Lehtinen', null, null, 'official']],
		],
		[
			'a predicate after a surname alone, its country a possessive',
			'Lehtinen previously served as Finland’s interior minister.',
			[['Lehtinen', null, 'Finland', 'official']],
		],
		[
			'a country’s possessive right before a two-word name',
			'Chile’s Camila Vera and Peru’s Luis Quispe also spoke.',
			[
				['Camila Vera', null, 'Chile', null],
				['Luis Quispe', null, 'Peru', null],
			],
		],
		[
			'a country written after the name with "of"',
			'Vice Premier Minghua Yang of China said so.',
			[['Minghua Yang', 'Vice Premier', 'China', 'official']],
		],
		[
			'an institution’s country when the title names no country',
			'On Monday, Kremlin aide Oleg Marin spoke.',
			[['Oleg Marin', 'Kremlin aide', 'Russia', 'official']],
		],
		[
			'a short last word of a name the tagger reads as a verb',
			'North Korean leader Kim Jong Un greeted him at the airport.',
			[['Kim Jong Un', 'leader', 'North Korea', 'official']],
		],
		[
			'the country of the city an office is of',
			'Mayor of Hanoi Tran Minh met the delegation.',
			[['Tran Minh', 'Mayor of Hanoi', 'Vietnam', 'official']],
		],
		[
			'the country of a counterpart described before the name and its rank',
			'She will meet her Tajik counterpart, Col. Gen. Rustam Nazarov, on Thursday.',
			[['Rustam Nazarov', null, 'Tajikistan', null]],
		],
		[
			'the first word of a sentence as part of a title, whatever its capital',
			'Ministry spokeswoman Ana Rojas said so.',
			[['Ana Rojas', 'Ministry spokeswoman', null, 'official']],
		],
		[
			'a country shared by a title with none joined to it by "and"',
			'US Trade Representative Ann Lee and national security adviser Tom Reed spoke.',
			[
				['Ann Lee', 'Trade Representative', 'United States', 'official'],
				['Tom Reed', 'national security adviser', 'United States', 'official'],
			],
		],
		[
			'no country shared with a title that has a name of its own',
			'US Trade Representative Ann Lee and European Union trade chief Tom Reed spoke.',
			[
				['Ann Lee', 'Trade Representative', 'United States', 'official'],
				['Tom Reed', 'European Union trade chief', null, 'official'],
			],
		],
		[
			'a capitalised "He" inside a sentence as a family name',
			'Chinese vice premier He Weidong met him.',
			[['He Weidong', 'vice premier', 'China', 'official']],
		],
		[
			'a given name and a surname that is also a direction',
			'US envoy James North arrived.',
			[['James North', 'envoy', 'United States', 'official']],
		],
		[
			'an analyst by the appositive after a quote',
			'“It is a signal,” said Tomasz Wrona, a researcher at a Warsaw institute.',
			[['Tomasz Wrona', null, null, 'analyst']],
		],
		[
			'the head of a place of study as an analyst',
			'Jia Ruolan, who heads Asian studies at the Pacific Institute, said so.',
			[['Jia Ruolan', null, null, 'analyst']],
		],
		[
			'a company’s chief executive as a businessman',
			'Nordgas chief executive Piet Aalders signed it.',
			[['Piet Aalders', 'Nordgas chief executive', null, 'business']],
		],
		[
			'the chairman of a company the sentence spells out',
			'The deal between Helios Energy Corporation (HEC) and the city was signed by HEC chairman Omar Baig.',
			[['Omar Baig', 'HEC chairman', null, 'business']],
		],
		[
			'an investor',
			'American investor Dale Harmon was detained.',
			[['Dale Harmon', 'investor', 'United States', 'business']],
		],
		[
			'a writer credited for the report',
			'Associated Press writer Ines Moreau contributed to this report.',
			[['Ines Moreau', 'Associated Press writer', null, 'journalist']],
		],
		['a byline', 'By Hana Kovacs, Reuters', [['Hana Kovacs', null, null, 'journalist']]],
		[
			'a byline of a name and an outlet',
			'Hana Kovacs, Associated Press',
			[['Hana Kovacs', null, null, 'journalist']],
		],
		[
			'a reporting and an editing credit',
			'Reporting by Sam Odell; Editing by Liv Berg',
			[
				['Sam Odell', null, null, 'journalist'],
				['Liv Berg', null, null, 'editor'],
			],
		],
		[
			'a photo credit slashed to an agency',
			'Photo: Jon Ekberg/AFP',
			[
				['Jon Ekberg', null, null, 'photographer'],
				['AFP', null, null, 'photographer'],
			],
		],
		[
			'a person described by age and trade as no official',
			'“Prices keep rising,” said Dirk Vollmer, a 43-year-old beekeeper.',
			[['Dirk Vollmer', null, null, 'other']],
		],
		[
			'a word the tagger reads as a plural noun as no name ("Foreign Affairs")',
			'She previously served as Minister of Foreign Affairs.',
			[],
		],
		[
			'animals named after their kind',
			'The pandas, Bao Bao and Mei Mei, arrived.',
			[
				['Bao Bao', 'pandas', null, 'other'],
				['Mei Mei', 'pandas', null, 'other'],
			],
		],
		[
			'a given name after a family name written first, though the tagger takes it for a month or a city',
			'Defence Minister Dong Jun met Party Secretary Huang Kunming.',
			[
				['Dong Jun', 'Defence Minister', null, 'official'],
				['Huang Kunming', 'Party Secretary', null, 'official'],
			],
		],
		[
			'a name’s particles ("bin", "von der")',
			'President Sheikh Mohamed bin Zayed hosted Commission President Ursula von der Leyen.',
			[
				['Mohamed bin Zayed', 'President Sheikh', null, 'official'],
				['Ursula von der Leyen', 'Commission President', null, 'official'],
			],
		],
		[
			'initials before a name, and an initial glued to one',
			'Prime Minister KP Sharma Oli met President of Mongolia Ts.Elbegdorj.',
			[
				['KP Sharma Oli', 'Prime Minister', null, 'official'],
				['Ts.Elbegdorj', 'President of Mongolia', 'Mongolia', 'official'],
			],
		],
		[
			'a Korean name of three words, each of which may be a family name',
			'He was greeted by Defence Minister Kang Sun Nam.',
			[['Kang Sun Nam', 'Defence Minister', null, 'official']],
		],
		[
			'a name before "there" or "here", which are no nouns it describes',
			'He met Kim there, and Maria here.',
			[
				['Kim', null, null, null],
				['Maria', null, null, null],
			],
		],
		[
			'a parliament’s speaker as an official',
			'He held talks with Riksdag speaker Marta Vogel.',
			[['Marta Vogel', 'Riksdag speaker', null, 'official']],
		],
		[
			'the second of two titled people after "and", with a title of their own only',
			'President of Chile Gabriel Rojas and President of Peru Marta Vogel arrived.',
			[
				['Gabriel Rojas', 'President of Chile', 'Chile', 'official'],
				['Marta Vogel', 'President of Peru', 'Peru', 'official'],
			],
		],
		[
			'an initial with its full stop as part of the name',
			'Foreign Secretary S. Jaishankar met George W. Bush.',
			[
				['S. Jaishankar', 'Foreign Secretary', null, 'official'],
				['George W. Bush', null, null, null],
			],
		],
	])('reads %s', (_, text, expected) => expect(people(text)).toEqual(expected));

	test.each([
		'The Shanghai Cooperation Organisation met in Moscow.',
		'The Wall Street Journal reported on Tuesday.',
		'Bilateral trade jumped by 26.3 per cent.',
		'Officials from the Global Security Initiative attended.',
		'The Central Political and Legal Affairs Commission oversees the police.',
		'He said the “Anglo-Saxons” should deal with their conflicts.',
		'Serbia’s official news agency Tanjug reported the vote.',
		'The Minister of Justice, who was absent, sent a deputy.',
		'He chairs the meeting of Senior Representatives for Security Issues.',
		'She is the secretary of the Central Political and Legal Affairs Commission.',
		'The first day of the visit ended at the Interpol General Assembly.',
		'He is a former director of the Federal Customs Service (FCS).',
		'Beijing hosts leaders of the Asia-Pacific Economic Cooperation forum next month.',
		'The deal was first reported by RIA Novosti on Monday.',
	])('finds no person in %j', (text) => {
		expect(names(text)).toEqual([]);
	});

	test('takes no word capitalised for opening a sentence into a name', () => {
		expect(findPersonMentions(sentence('There Xi will meet Putin.')).map((m) => m.name)).toEqual([
			'Xi',
			'Putin',
		]);
	});

	test('glues no word of a title before a name written family name first', () => {
		const text = 'He was welcomed by Minister of Culture and Tourism Sun Yeli.';
		expect(findPersonMentions(sentence(text)).map((m) => m.name)).toEqual(['Sun Yeli']);
	});

	test.each([
		['The route was settled in May, when the leaders met.', []],
		['Talks began on June 5 and ended since August.', []],
		['British Prime Minister Theresa May spoke in April.', ['Theresa May']],
	])('takes a month for a date, not a surname, in %j', (text, expected) => {
		expect(findPersonMentions(sentence(text)).map((m) => m.name)).toEqual(expected);
	});
});
