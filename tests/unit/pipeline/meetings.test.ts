import { describe, expect, test } from 'vitest';
import { findMeetings, mergeMeetings } from '../../../scripts/pipeline/extract/meetings.ts';
import { article, factLines } from './extract-helpers.ts';

/** Each meeting the made-up sentences report: who, held or planned, when, how it is dated, where. */
const meetings = (paragraphs: string[]) =>
	findMeetings(factLines([article('a', '2024-03-14', paragraphs)])).map((m) => [
		m.participants.join('+'),
		m.status,
		m.date.date,
		m.dateBasis,
		m.place,
	]);

const LEHTINEN = 'Finnish Foreign Minister Aino Lehtinen';
const ZHAO = 'Chinese Foreign Minister Zhao Minghui';
const PAIR = 'aino-lehtinen+zhao-minghui';

describe('findMeetings', () => {
	test.each([
		[
			'"A met B" on a day',
			[`${LEHTINEN} met ${ZHAO} in Beijing on Tuesday.`],
			[[PAIR, 'held', '2024-03-12', 'stated', 'Beijing']],
		],
		[
			'"A will meet B"',
			[`${LEHTINEN} will meet ${ZHAO} in Beijing on Friday.`],
			[[PAIR, 'planned', '2024-03-15', 'stated', 'Beijing']],
		],
		[
			'"is slated to hold talks" as planned, some time in the rest of the year',
			[`${LEHTINEN} is slated to hold talks with ${ZHAO} in Beijing.`],
			[[PAIR, 'planned', '2024', 'publication', 'Beijing']],
		],
		[
			'"plans to meet" as planned',
			[`${LEHTINEN} plans to meet ${ZHAO}.`],
			[[PAIR, 'planned', '2024', 'publication', null]],
		],
		[
			'"agreed to meet" as planned',
			[`${LEHTINEN} and ${ZHAO} agreed to meet again.`],
			[[PAIR, 'planned', '2024', 'publication', null]],
		],
		[
			'an undated meeting in the week of the report',
			[`${LEHTINEN} held talks with ${ZHAO} in Beijing.`],
			[[PAIR, 'held', '2024-W11', 'publication', 'Beijing']],
		],
		[
			'"A and B signed" as a meeting',
			[`${LEHTINEN} and ${ZHAO} signed a visa accord on Wednesday.`],
			[[PAIR, 'held', '2024-03-13', 'stated', null]],
		],
		[
			'"she met B and C" as two meetings, dated and placed by the sentence before',
			[
				`${LEHTINEN} arrived in Santiago on Monday.`,
				'She met Chilean Foreign Minister Pablo Rojas and Chilean Trade Minister Sofia Vidal.',
			],
			[
				['aino-lehtinen+pablo-rojas', 'held', '2024-03-11', 'context', 'Santiago'],
				['aino-lehtinen+sofia-vidal', 'held', '2024-03-11', 'context', 'Santiago'],
			],
		],
		[
			'talks held with someone named further on, after a description',
			[`${LEHTINEN} held talks in Beijing on Tuesday with her Chinese counterpart, Zhao Minghui.`],
			[[PAIR, 'held', '2024-03-12', 'stated', 'Beijing']],
		],
		[
			'a round of consultations co-chaired with someone',
			[`${LEHTINEN} co-chaired the fifth round of strategic consultations with ${ZHAO} on Monday.`],
			[[PAIR, 'held', '2024-03-11', 'stated', null]],
		],
		[
			'"was co-chaired by A and B"',
			[`The dialogue was co-chaired by ${LEHTINEN} and ${ZHAO} in Helsinki on Monday.`],
			[[PAIR, 'held', '2024-03-11', 'stated', 'Helsinki']],
		],
		[
			'"A was received by B"',
			[`${LEHTINEN} was received by ${ZHAO} in Beijing on Wednesday.`],
			[[PAIR, 'held', '2024-03-13', 'stated', 'Beijing']],
		],
		[
			'"a meeting between A and B"',
			[`A meeting between ${LEHTINEN} and ${ZHAO} is scheduled for Friday.`],
			[[PAIR, 'planned', '2024-03-15', 'stated', null]],
		],
		[
			'"A, B and C met" as one meeting of the three',
			[`${LEHTINEN}, ${ZHAO} and Indian Foreign Minister Ravi Menon met over lunch on Tuesday.`],
			[['aino-lehtinen+ravi-menon+zhao-minghui', 'held', '2024-03-12', 'stated', null]],
		],
		[
			'"he and B" with "he" the person named before it in the sentence',
			[
				`${ZHAO} spoke first.`,
				`Finnish President Eero Salo paid a state visit to China on Monday, during which he and ${ZHAO} signed a trade accord.`,
			],
			[['eero-salo+zhao-minghui', 'held', '2024-03-11', 'stated', 'China']],
		],
		[
			'a counterpart described before the name ("the city’s mayor, B")',
			[`${LEHTINEN} flew to Shanghai on Tuesday and held talks with the city’s mayor, Li Wenhai.`],
			[['aino-lehtinen+li-wenhai', 'held', '2024-03-12', 'stated', 'Shanghai']],
		],
		[
			'a date in a relative clause dating something else, and "later in the day"',
			[
				`${LEHTINEN}, who took office only last week, landed at Vantaa airport and held talks with ${ZHAO} later in the day.`,
			],
			[[PAIR, 'held', '2024-03-14', 'publication', 'Vantaa']],
		],
		[
			'the meeting’s date over an agreement’s named after it ("a treaty signed in 2001")',
			[
				`In February, ${LEHTINEN} and ${ZHAO} spoke by video link to extend a friendship treaty signed in 2001.`,
			],
			[[PAIR, 'held', '2024-02', 'stated', null]],
		],
		[
			'the earlier meeting a count of a pair’s meetings names ("their first meeting since B came to …")',
			[
				`${LEHTINEN} met ${ZHAO} in Oslo on Monday.`,
				'It would be their first encounter since Zhao travelled to Helsinki in January for a forum.',
				'It was their second meeting this year, after Lehtinen attended a summit in Beijing in February.',
				'It was their first meeting since the pandemic began in 2020.',
			],
			[
				[PAIR, 'held', '2024-03-11', 'stated', 'Oslo'],
				[PAIR, 'held', '2024-01', 'stated', 'Helsinki'],
				[PAIR, 'held', '2024-02', 'stated', 'Beijing'],
			],
		],
		[
			'the earlier meeting "the first meeting between A and B since" a date names, besides the one it is',
			[
				`${LEHTINEN} met ${ZHAO} in Oslo on Monday.`,
				'It was the first face-to-face meeting between Lehtinen and Zhao since November 2022.',
			],
			[
				[PAIR, 'held', '2024-03-11', 'stated', 'Oslo'],
				[PAIR, 'held', '2024-03-11', 'context', 'Oslo'],
				[PAIR, 'held', '2022-11', 'stated', null],
			],
		],
		[
			'a summit or a call held with someone',
			[
				`${LEHTINEN} had flown in from Lima, where she held an informal summit with ${ZHAO} on Monday.`,
				'Finnish President Eero Salo held a phone call with Chilean President Gabriel Rojas on Tuesday.',
			],
			[
				[PAIR, 'held', '2024-03-11', 'stated', 'Lima'],
				['eero-salo+gabriel-rojas', 'held', '2024-03-12', 'stated', null],
			],
		],
		[
			'a telephone call between two people',
			[`The visit followed a telephone call between ${LEHTINEN} and ${ZHAO} on 2 March.`],
			[[PAIR, 'held', '2024-03-02', 'stated', null]],
		],
		[
			'"the two leaders" as the two the article names most, when it never names them together',
			[
				'Finnish President Eero Salo arrived in Astana on Monday.',
				'Chilean President Gabriel Rojas flew in on Tuesday.',
				'Salo toured a factory.',
				'Officials said on Wednesday that the two leaders would meet on Friday.',
			],
			[['eero-salo+gabriel-rojas', 'planned', '2024-03-15', 'stated', null]],
		],
		[
			'the same people’s meeting on another day a clause after theirs gives ("and before that on …")',
			[`${LEHTINEN} met ${ZHAO} in Oslo on 4 March, and before that on 21 January.`],
			[
				[PAIR, 'held', '2024-03-04', 'stated', 'Oslo'],
				[PAIR, 'held', '2024-01-21', 'stated', 'Oslo'],
			],
		],
		[
			'"the host" as a noun, and guests a host has "for a meeting" as one meeting',
			[
				`${LEHTINEN} will join ${ZHAO} and the host, Chilean President Gabriel Rojas, at the summit on Friday.`,
				'On Thursday, Rojas will host Lehtinen, Zhao and Indian Foreign Minister Ravi Menon for a meeting of the group.',
			],
			[
				['aino-lehtinen+gabriel-rojas+zhao-minghui', 'planned', '2024-03-15', 'stated', null],
				['aino-lehtinen+gabriel-rojas+ravi-menon+zhao-minghui', 'planned', '2024-03-14', 'stated', null],
			],
		],
		[
			'the subject before a clause set off by commas, not one named inside it',
			[`${LEHTINEN}, an economist who replaced Ravi Menon in May, was welcomed by ${ZHAO} on Monday.`],
			[[PAIR, 'held', '2024-03-11', 'stated', null]],
		],
		[
			'the guest received by a host going on to meet another ("was received by B, and held talks with C")',
			[
				`${LEHTINEN} came to Lima from Quito, where she was received by Chilean President Gabriel Rojas on Wednesday, and held talks with ${ZHAO} on Thursday.`,
			],
			[
				['aino-lehtinen+gabriel-rojas', 'held', '2024-03-13', 'stated', 'Quito'],
				[PAIR, 'held', '2024-03-14', 'stated', 'Quito'],
			],
		],
		[
			'no date of the saying ("officials said last week that the two would meet")',
			[
				`${LEHTINEN} will attend the summit in Oslo.`,
				`${ZHAO} will also attend it.`,
				'Officials said last week that the two ministers would meet on the sidelines.',
			],
			[[PAIR, 'planned', '2024', 'publication', 'Oslo']],
		],
		[
			'those at an occasion together: "alongside B, C", "which B and C also attended", "attended by B and C"',
			[
				`${LEHTINEN} watched the parade in Oslo on Monday alongside ${ZHAO} and Indian Foreign Minister Ravi Menon.`,
				'The offer came at the forum in Bergen on Tuesday, which Chilean President Gabriel Rojas and Estonian President Kadri Tamm also attended.',
				'The summit in Tromsø on Wednesday was attended by Rojas, Tamm and Menon.',
			],
			[
				['aino-lehtinen+ravi-menon+zhao-minghui', 'held', '2024-03-11', 'stated', 'Oslo'],
				['gabriel-rojas+kadri-tamm', 'held', '2024-03-12', 'stated', 'Bergen'],
				['gabriel-rojas+kadri-tamm+ravi-menon', 'held', '2024-03-13', 'stated', 'Tromsø'],
			],
		],
		[
			'the place "there" stands for, named in the sentence before',
			[
				`${LEHTINEN} flew in on Friday from Tallinn, where she had attended a summit.`,
				`She also held talks with ${ZHAO} there on Wednesday.`,
				'There were no agreements.',
			],
			[[PAIR, 'held', '2024-03-13', 'stated', 'Tallinn']],
		],
		[
			'the place a "where" clause follows',
			[`${LEHTINEN} flew on from Oslo, where she held talks with ${ZHAO} on Monday.`],
			[[PAIR, 'held', '2024-03-11', 'stated', 'Oslo']],
		],
		[
			'"the city of X" and a place with a particle in its name',
			[
				`${LEHTINEN} met ${ZHAO} in the Tanzanian city of Dar es Salaam on Monday.`,
				`${LEHTINEN} met Chilean Foreign Minister Pablo Rojas in the port city of Valparaiso on Tuesday.`,
			],
			[
				[PAIR, 'held', '2024-03-11', 'stated', 'Dar es Salaam'],
				['aino-lehtinen+pablo-rojas', 'held', '2024-03-12', 'stated', 'Valparaiso'],
			],
		],
		[
			'a meeting in a clause about the future is planned, however far the marker',
			[
				`${LEHTINEN} would spend two days in China and fit in a dozen engagements, among them a meeting with ${ZHAO}.`,
			],
			[[PAIR, 'planned', '2024', 'publication', 'China']],
		],
		[
			'"A will join B and C" as one meeting of them all',
			[
				`${LEHTINEN} will join ${ZHAO} and Indian Foreign Minister Ravi Menon at a summit in Delhi on Friday.`,
			],
			[['aino-lehtinen+ravi-menon+zhao-minghui', 'planned', '2024-03-15', 'stated', 'Delhi']],
		],
		[
			'"the two met" for the two people the sentence before names, where the story is set',
			[`${LEHTINEN} flew to Beijing to see ${ZHAO}.`, 'The two met over dinner on Wednesday.'],
			[[PAIR, 'held', '2024-03-13', 'stated', 'Beijing']],
		],
		[
			'"they held talks" for the two of the meeting the sentences before report',
			[
				`${LEHTINEN} met ${ZHAO} in Beijing on Tuesday.`,
				'It was a warm meeting, officials said.',
				'They held talks by video link in December.',
			],
			[
				[PAIR, 'held', '2024-03-12', 'stated', 'Beijing'],
				[PAIR, 'held', '2023-12', 'stated', null],
			],
		],
		[
			'"the two leaders" for the pair the article is about, when no one near it could be meant',
			[
				`${LEHTINEN} met ${ZHAO} in Beijing on Tuesday.`,
				'The statement covered trade.',
				'Officials welcomed it.',
				'Markets rose.',
				'The two leaders had held talks in Oslo in January, their fifth meeting.',
			],
			[
				[PAIR, 'held', '2024-03-12', 'stated', 'Beijing'],
				[PAIR, 'held', '2024-01', 'stated', 'Oslo'],
			],
		],
		[
			'"he … and the two men met" for him and the one named before it',
			[
				`${LEHTINEN} met Indian Foreign Minister Ravi Menon in Delhi on Monday.`,
				`${ZHAO} spoke later.`,
				'He held a video call with Menon in January, and the two men met at a summit in February.',
			],
			[
				['aino-lehtinen+ravi-menon', 'held', '2024-03-11', 'stated', 'Delhi'],
				['ravi-menon+zhao-minghui', 'held', '2024-01', 'stated', null],
				['ravi-menon+zhao-minghui', 'held', '2024-02', 'stated', null],
			],
		],
		[
			'the subject past a possessive in an apposition ("A, one of B’s closest allies, held talks with B")',
			[`${LEHTINEN}, one of ${ZHAO}’s closest allies, held talks with Zhao in Oslo on Monday.`],
			[[PAIR, 'held', '2024-03-11', 'stated', 'Oslo']],
		],
		[
			'"A’s trip began in X, where she met B": the possessive before "she"',
			[
				`${ZHAO} spoke in Beijing.`,
				`Foreign Minister Kadri Tamm’s trip began on Tuesday in Tallinn, where she met ${LEHTINEN}.`,
			],
			[['aino-lehtinen+kadri-tamm', 'held', '2024-03-12', 'stated', 'Tallinn']],
		],
		[
			'"since the pair last met in X": another meeting, and not the place of the first',
			[
				`${LEHTINEN} and ${ZHAO} sat down on Thursday, their first contact since the pair last met in Oslo in December.`,
			],
			[
				[PAIR, 'held', '2024-03-14', 'stated', null],
				[PAIR, 'held', '2023-12', 'stated', 'Oslo'],
			],
		],
		[
			'"A will meet B, and he is expected to hold talks with C": A meets both',
			[
				`There ${LEHTINEN} will meet ${ZHAO} on Friday, and she is expected to hold her first talks with Indian Foreign Minister Ravi Menon.`,
			],
			[
				[PAIR, 'planned', '2024-03-15', 'stated', null],
				['aino-lehtinen+ravi-menon', 'planned', '2024-03-15', 'stated', null],
			],
		],
		[
			'"for a summit of … hosted by B": the subject meets the host',
			[`${LEHTINEN} was in Delhi last month for a summit of the bloc’s leaders hosted by ${ZHAO}.`],
			[[PAIR, 'held', '2024-02', 'stated', 'Delhi']],
		],
		[
			'"called on B" as a courtesy call, "called on B to …" as no meeting',
			[
				`${LEHTINEN} called on ${ZHAO} in Beijing on Monday.`,
				`${LEHTINEN} called on Indian Foreign Minister Ravi Menon to release the prisoners.`,
			],
			[[PAIR, 'held', '2024-03-11', 'stated', 'Beijing']],
		],
		[
			'"A met B, and C called on him": "him" is the first named before',
			[
				`${LEHTINEN} spoke in Delhi.`,
				`Indian Foreign Minister Ravi Menon met Estonian Foreign Minister Kadri Tamm on Monday, and ${ZHAO} called on him later in the day.`,
			],
			[
				['kadri-tamm+ravi-menon', 'held', '2024-03-11', 'stated', 'Delhi'],
				['ravi-menon+zhao-minghui', 'held', '2024-03-11', 'stated', 'Delhi'],
			],
		],
		[
			'"the two presidents" for the pair of presidents the article is about, not the last met',
			[
				`President ${LEHTINEN} arrived in Beijing on Tuesday at the invitation of President ${ZHAO}.`,
				'The visit went well.',
				`The same day, ${LEHTINEN} met Premier Li Wenbo.`,
				'Trade was discussed.',
				'The two presidents last met in Oslo in July last year.',
			],
			[
				['aino-lehtinen+li-wenbo', 'held', '2024-03-12', 'context', 'Beijing'],
				[PAIR, 'held', '2023-07', 'stated', 'Oslo'],
			],
		],
		[
			'"the two presidents" for a president and his counterpart, not another president named since',
			[
				'Finnish President Eero Salo and his Chilean counterpart Gabriel Rojas held talks by video link on Monday.',
				'Salo said he had met Estonian President Kadri Tamm in Tallinn on Friday.',
				'Trade was discussed.',
				'The two presidents last met in Oslo in July last year.',
			],
			[
				['eero-salo+gabriel-rojas', 'held', '2024-03-11', 'stated', null],
				['eero-salo+kadri-tamm', 'held', '2024-03-08', 'stated', 'Tallinn'],
				['eero-salo+gabriel-rojas', 'held', '2023-07', 'stated', 'Oslo'],
			],
		],
		[
			'not dated by an earlier occasion the sentence before names ("last met in March", "in 2011")',
			[
				`${LEHTINEN} landed in Goa on Thursday.`,
				`The last minister to make the journey was Kadri Tamm in 2011.`,
				`${LEHTINEN} met ${ZHAO} soon after her arrival.`,
				`${LEHTINEN} and Indian Foreign Minister Ravi Menon had last met in January.`,
				`${LEHTINEN} also held talks with Menon.`,
			],
			[
				[PAIR, 'held', '2024-03-14', 'context', 'Goa'],
				['aino-lehtinen+ravi-menon', 'held', '2024-01', 'stated', null],
				['aino-lehtinen+ravi-menon', 'held', '2024-03-14', 'context', 'Goa'],
			],
		],
		[
			'"A and B announced", and "the two leaders signed" on the occasion reported before them',
			[
				`${LEHTINEN} and ${ZHAO} announced a partnership in Oslo on Tuesday.`,
				'Trade was discussed.',
				'The two leaders signed a joint statement.',
				'On Wednesday the two leaders opened a gas field.',
			],
			[
				[PAIR, 'held', '2024-03-12', 'stated', 'Oslo'],
				[PAIR, 'held', '2024-03-12', 'context', 'Oslo'],
				[PAIR, 'held', '2024-03-13', 'stated', 'Oslo'],
			],
		],
		[
			'"received three other guests: B, C and D", each described before the name',
			[
				`On Wednesday, ${LEHTINEN} received three other guests: Chile’s foreign minister, Pablo Rojas, Indian Foreign Minister Ravi Menon and Estonian Foreign Minister Kadri Tamm.`,
			],
			[
				['aino-lehtinen+pablo-rojas', 'held', '2024-03-13', 'stated', null],
				['aino-lehtinen+ravi-menon', 'held', '2024-03-13', 'stated', null],
				['aino-lehtinen+kadri-tamm', 'held', '2024-03-13', 'stated', null],
			],
		],
		[
			'no meeting that is denied ("no bilateral meeting between A and B had been arranged")',
			[`Officials said no bilateral meeting between ${LEHTINEN} and ${ZHAO} had been arranged.`],
			[],
		],
		[
			'"met her" for the person the sentence before names',
			[
				`${LEHTINEN} flew to Kabul on Monday.`,
				`${ZHAO}, who was also in the city, met her there on Tuesday.`,
			],
			[[PAIR, 'held', '2024-03-12', 'stated', 'Kabul']],
		],
		[
			'"A and B, a description, co-chaired", then "C also took part in the talks": one meeting of the three',
			[
				`${LEHTINEN} and ${ZHAO}, a member of the party's Political Bureau, co-chaired the fourth meeting of the security mechanism in Beijing on Thursday.`,
				'Chinese Public Security Minister Li Wenbo also took part in the talks.',
			],
			[
				['aino-lehtinen+li-wenbo+zhao-minghui', 'held', '2024-03-14', 'stated', 'Beijing'],
				['aino-lehtinen+li-wenbo+zhao-minghui', 'held', '2024-03-14', 'stated', 'Beijing'],
			],
		],
		[
			'"A represented her country at a meeting", then "B and C also attended the meeting"',
			[
				`Security Council Secretary ${LEHTINEN} represented Finland at the 14th meeting of the group's security council secretaries in Bishkek on Wednesday.`,
				`${ZHAO} and Estonian Security Secretary Kadri Tamm also attended the meeting.`,
			],
			[
				['aino-lehtinen+kadri-tamm+zhao-minghui', 'held', '2024-03-13', 'stated', 'Bishkek'],
				['aino-lehtinen+kadri-tamm+zhao-minghui', 'held', '2024-03-13', 'stated', 'Bishkek'],
			],
		],
		[
			'"A is chairing a meeting, attended by B and C": one meeting of the three',
			[
				`${ZHAO} chaired the third meeting of the region's foreign ministers in Tunxi on Wednesday, attended by ${LEHTINEN} and Estonian Foreign Minister Kadri Tamm.`,
			],
			[['aino-lehtinen+kadri-tamm+zhao-minghui', 'held', '2024-03-13', 'stated', 'Tunxi']],
		],
		[
			'"A and B are scheduled to speak together" as planned',
			[`${LEHTINEN} and ${ZHAO} are scheduled to speak together at the forum on Friday.`],
			[[PAIR, 'planned', '2024-03-15', 'stated', null]],
		],
		[
			'"is expected to be received by B" as planned',
			[`${LEHTINEN} will visit Beijing on Saturday, where she is expected to be received by ${ZHAO}.`],
			[[PAIR, 'planned', '2024-03-16', 'stated', 'Beijing']],
		],
		[
			'"where she will see B again" as planned',
			[`${LEHTINEN} will then fly to Durban for a summit on March 26-27, where she will see ${ZHAO} again.`],
			[[PAIR, 'planned', '2024-03-26', 'stated', 'Durban']],
		],
		[
			'a signing "with A and her counterpart B watching"',
			[
				`The deal was signed in Shanghai on Wednesday by the two firms' chiefs, with ${LEHTINEN} and her Chinese counterpart Zhao Minghui watching.`,
			],
			[[PAIR, 'held', '2024-03-13', 'stated', 'Shanghai']],
		],
		[
			'dated and placed by the sentence before, not by its "since" phrase',
			[
				'Officials held security talks in Fuzhou on Monday, the first since the two leaders met in Samarkand last week.',
				`${LEHTINEN} co-chaired the round with ${ZHAO}.`,
			],
			[[PAIR, 'held', '2024-03-11', 'context', 'Fuzhou']],
		],
		[
			'"on the same day" as the meeting reported just before',
			[
				`${LEHTINEN} met ${ZHAO} in Fuzhou on Monday.`,
				'The talks covered drugs and cross-border crime.',
				`On the same day, Chinese Public Security Minister Li Wenbo held talks with ${LEHTINEN}.`,
			],
			[
				[PAIR, 'held', '2024-03-11', 'stated', 'Fuzhou'],
				['aino-lehtinen+li-wenbo', 'held', '2024-03-11', 'context', 'Fuzhou'],
			],
		],
		[
			'"Talks between Mr A and Mr B", capitalised',
			[
				`${LEHTINEN} arrived on Friday.`,
				`Talks between Ms Lehtinen and Mr Zhao took place in Beijing on Saturday, after ${ZHAO} returned.`,
			],
			[[PAIR, 'held', '2024-03-09', 'stated', 'Beijing']],
		],
		[
			'"was received in Beijing on Tuesday by B"',
			[`${LEHTINEN} was received in Beijing on Tuesday by ${ZHAO}.`],
			[[PAIR, 'held', '2024-03-12', 'stated', 'Beijing']],
		],
		[
			'"came to Moscow for consultations with B"',
			[`In January, ${LEHTINEN} came to Moscow for strategic consultations with ${ZHAO}.`],
			[[PAIR, 'held', '2024-01', 'stated', 'Moscow']],
		],
		[
			'"the two leaders spoke by video link" and "a video call with B"',
			[
				`${LEHTINEN} met ${ZHAO} in Beijing on Tuesday.`,
				'In June, the two leaders spoke by video link to extend a treaty.',
				'Lehtinen also recalled her video call with Indian Foreign Minister Ravi Menon last week.',
			],
			[
				[PAIR, 'held', '2024-03-12', 'stated', 'Beijing'],
				[PAIR, 'held', '2023-06', 'stated', null],
				['aino-lehtinen+ravi-menon', 'held', '2024-W10', 'stated', null],
			],
		],
		[
			'"could meet", "will sit down with", "will host B", "is to receive him"',
			[
				`${LEHTINEN} and ${ZHAO} could meet briefly at the summit.`,
				`${LEHTINEN} will sit down with Indian Foreign Minister Ravi Menon on Sunday.`,
				`${ZHAO} will host Menon in Beijing on 3 September.`,
				'Menon flies home on Monday.',
				'He then leaves for Minsk, where Belarusian Foreign Minister Olga Sidorova is to receive him on Tuesday.',
			],
			[
				[PAIR, 'planned', '2024', 'publication', null],
				['aino-lehtinen+ravi-menon', 'planned', '2024-03-17', 'stated', null],
				['ravi-menon+zhao-minghui', 'planned', '2024-09-03', 'stated', 'Beijing'],
				['olga-sidorova+ravi-menon', 'planned', '2024-03-19', 'stated', 'Minsk'],
			],
		],
		[
			'"will see each other again", "spent two days together"',
			[
				`${LEHTINEN} met ${ZHAO} in Tianjin on Monday.`,
				'They spent two days together in Moscow last month.',
				'The two will see each other again at the summit in Dushanbe on Saturday.',
			],
			[
				[PAIR, 'held', '2024-03-11', 'stated', 'Tianjin'],
				[PAIR, 'held', '2024-02', 'stated', 'Moscow'],
				[PAIR, 'planned', '2024-03-16', 'stated', 'Dushanbe'],
			],
		],
		[
			'"attended a meeting …, chaired by B"',
			[
				`${LEHTINEN} attended a meeting of security council secretaries in Beijing in May, chaired by ${ZHAO}.`,
			],
			[[PAIR, 'held', '2023-05', 'stated', 'Beijing']],
		],
		[
			'where it was over where someone went: "travelled to China … for talks … in Guilin"',
			[
				`${LEHTINEN} last travelled to China in March, for talks with ${ZHAO} in the southern city of Guilin.`,
			],
			[[PAIR, 'held', '2024-03', 'stated', 'Guilin']],
		],
		[
			'"St. Petersburg", an abbreviation in a place\'s name',
			[`${LEHTINEN} travelled to St. Petersburg on Aug. 9 for talks with ${ZHAO}.`],
			[[PAIR, 'held', '2023-08-09', 'stated', 'St Petersburg']],
		],
		[
			'the city of the dateline, for a meeting on its day that names no place',
			[
				`HELSINKI, March 13 (Reuters) - ${LEHTINEN} met ${ZHAO} on Wednesday.`,
				`${LEHTINEN} met ${ZHAO} in May.`,
			],
			[
				[PAIR, 'held', '2024-03-13', 'stated', 'Helsinki'],
				[PAIR, 'held', '2023-05', 'stated', null],
			],
		],
		[
			'"the two leaders" for the two the sentence names, before and after; "in May" a date, not a place',
			[
				'British Prime Minister Theresa May spoke.',
				`The route was settled in May, when ${LEHTINEN} came to Shanghai and the two leaders watched a signing with ${ZHAO}.`,
			],
			[[PAIR, 'held', '2023-05', 'stated', 'Shanghai']],
		],
		[
			'the city of a landmark it was at: "at the Kremlin"',
			[`${LEHTINEN} greeted ${ZHAO} at the Kremlin on Monday evening.`],
			[[PAIR, 'held', '2024-03-11', 'stated', 'Moscow']],
		],
		[
			'the city a "where" clause names over the country it follows',
			[
				`${LEHTINEN} flies on to South Africa, where she will join ${ZHAO} at a summit in Durban on March 26.`,
			],
			[[PAIR, 'planned', '2024-03-26', 'stated', 'Durban']],
		],
		[
			'a city over a country in one sentence',
			[`${LEHTINEN} met ${ZHAO} in China on Wednesday, in the eastern city of Tunxi.`],
			[[PAIR, 'held', '2024-03-13', 'stated', 'Tunxi']],
		],
		[
			"the place of the sentence before, for a meeting on the report's own day",
			[
				`Leaders gathered in Hangzhou on Thursday for the summit.`,
				`Earlier on Thursday, ${LEHTINEN} was received by ${ZHAO}.`,
			],
			[[PAIR, 'held', '2024-03-14', 'stated', 'Hangzhou']],
		],
		[
			'no place from what the talks were about: "the situation in Syria"',
			[`HELSINKI, March 13 (Reuters) - ${LEHTINEN} held talks with ${ZHAO} on the situation in Syria.`],
			[[PAIR, 'held', '2024-03-13', 'stated', 'Helsinki']],
		],
		[
			'no place from a "before" clause after the meeting',
			[`${LEHTINEN} and ${ZHAO} sat down for talks on Tuesday, before heading to Germany for the summit.`],
			[[PAIR, 'held', '2024-03-12', 'stated', null]],
		],
		[
			'the city the next sentence puts "the talks" in, over the country',
			[
				`${LEHTINEN} met ${ZHAO} on Wednesday, on her first trip to China this year.`,
				'The talks took place in Tunxi, a district of the city of Huangshan.',
			],
			[[PAIR, 'held', '2024-03-13', 'stated', 'Tunxi']],
		],
		[
			'the place of a meeting of one of them earlier the same day',
			[
				`${LEHTINEN} met ${ZHAO} at the Great Hall of the People on Saturday.`,
				'The two sides signed 30 agreements.',
				'Trade was the main subject.',
				`Later on Saturday, ${LEHTINEN} also met Chinese Premier Wu Tian.`,
			],
			[
				[PAIR, 'held', '2024-03-09', 'stated', 'Beijing'],
				['aino-lehtinen+wu-tian', 'held', '2024-03-09', 'stated', 'Beijing'],
			],
		],
		[
			'the city of a dateline that gives no day',
			[`MOSCOW — ${LEHTINEN} met ${ZHAO} on Wednesday.`],
			[[PAIR, 'held', '2024-03-13', 'stated', 'Moscow']],
		],
		[
			'where the story is set, from a lede that names no day, for a meeting of its days',
			[
				`${LEHTINEN} is on a state visit to Hanoi.`,
				'Trade and fisheries are on the agenda.',
				'Officials described the mood as warm.',
				`On Wednesday ${LEHTINEN} held talks with ${ZHAO}.`,
				`${LEHTINEN} and ${ZHAO} last met in November.`,
			],
			[
				[PAIR, 'held', '2024-03-13', 'stated', 'Hanoi'],
				[PAIR, 'held', '2023-11', 'stated', null],
			],
		],
		[
			'the city of a landmark the sentence before names',
			[
				`${LEHTINEN} greeted ${ZHAO} at the Kremlin on Monday evening.`,
				'The two ministers sat down for formal talks on Tuesday.',
			],
			[
				[PAIR, 'held', '2024-03-11', 'stated', 'Moscow'],
				[PAIR, 'held', '2024-03-12', 'stated', 'Moscow'],
			],
		],
		[
			'no place from the sentence before where a date puts it at another time',
			[
				`The talks went well; the two spent three days together only last month, when ${ZHAO} was in Moscow.`,
				`${LEHTINEN} also held talks with Wu Tian on Wednesday.`,
			],
			[['aino-lehtinen+wu-tian', 'held', '2024-03-13', 'stated', null]],
		],
		[
			'"flew into X" as where someone went',
			[`${LEHTINEN}, who flew into Dushanbe on Tuesday, met ${ZHAO} on Wednesday.`],
			[[PAIR, 'held', '2024-03-13', 'stated', 'Dushanbe']],
		],
		[
			'"his counterpart, Col. Gen. B": a rank before the name; a planned weekday after the meeting ahead',
			[
				`${LEHTINEN} flew in on Tuesday.`,
				'She is also expected to meet her Tajik counterpart, Col. Gen. Rustam Nazarov, on Wednesday.',
			],
			[['aino-lehtinen+rustam-nazarov', 'planned', '2024-03-20', 'stated', null]],
		],
		[
			'"A met B and was then received by C", "he met B and held separate talks with C": A in both',
			[
				`${LEHTINEN} met ${ZHAO} in Beijing on Tuesday and was then received by Chinese President Wu Tian.`,
				'She arrived in Astana on Wednesday, where she met Kazakh President Nur Bekov and held separate talks with Foreign Minister Ali Serikov.',
			],
			[
				[PAIR, 'held', '2024-03-12', 'stated', 'Beijing'],
				['aino-lehtinen+wu-tian', 'held', '2024-03-12', 'stated', 'Beijing'],
				['aino-lehtinen+nur-bekov', 'held', '2024-03-13', 'stated', 'Astana'],
				['aino-lehtinen+ali-serikov', 'held', '2024-03-13', 'stated', 'Astana'],
			],
		],
		[
			'"had separate meetings with B, C and D": a meeting with each; "a tense encounter … with B"',
			[
				`${LEHTINEN} later had separate meetings with Tajik Foreign Minister Rustam Nazarov, Turkmen Foreign Minister Daud Orazov and ${ZHAO}.`,
				'On Saturday she had a tense encounter on the sidelines with U.S. Secretary of State Tom Reed.',
			],
			[
				['aino-lehtinen+rustam-nazarov', 'held', '2024-W11', 'publication', null],
				['aino-lehtinen+daud-orazov', 'held', '2024-W11', 'publication', null],
				[PAIR, 'held', '2024-W11', 'publication', null],
				['aino-lehtinen+tom-reed', 'held', '2024-03-09', 'stated', null],
			],
		],
		[
			'"… met B last Tuesday and was received by C the next morning"; "over the weekend"',
			[
				`In Rome, ${LEHTINEN} met ${ZHAO} last Tuesday and was received by President Wu Tian the next morning.`,
				'A meeting between Lehtinen and Zhao also took place in Munich over the weekend.',
			],
			[
				[PAIR, 'held', '2024-03-12', 'stated', 'Rome'],
				['aino-lehtinen+wu-tian', 'held', '2024-03-13', 'stated', 'Rome'],
				[PAIR, 'held', '2024-W10', 'stated', 'Munich'],
			],
		],
		[
			'"A and B last met in X, when A hosted a summit with C": the pair as well as the host’s meeting',
			[
				`${LEHTINEN} and ${ZHAO} last met in Hanoi in May, when Lehtinen hosted a summit with Indian Foreign Minister Ravi Menon.`,
			],
			[
				['aino-lehtinen+ravi-menon', 'held', '2023-05', 'stated', 'Hanoi'],
				[PAIR, 'held', '2023-05', 'stated', 'Hanoi'],
			],
		],
		[
			'no meeting of one person: "A will join him", "him" being A',
			[`${LEHTINEN} arrived on Monday.`, 'Lehtinen will join him at the summit.'],
			[],
		],
		[
			'no place from the sentence before for a meeting on another occasion',
			[
				`Leaders gathered in Hangzhou on Thursday for the summit.`,
				`${LEHTINEN} and ${ZHAO} last met in May.`,
			],
			[[PAIR, 'held', '2023-05', 'stated', null]],
		],
		[
			'"A, who is also …, and B sat down": a description between the subjects',
			[`${LEHTINEN}, who is also a state councillor, and ${ZHAO} sat down in Dushanbe on Wednesday.`],
			[[PAIR, 'held', '2024-03-13', 'stated', 'Dushanbe']],
		],
		[
			'"A sat down with B … and is scheduled to hold talks with C": A in both',
			[
				`${LEHTINEN} sat down with ${ZHAO} on Wednesday and is scheduled to hold talks with Indian Foreign Minister Ravi Menon later in the day.`,
			],
			[
				[PAIR, 'held', '2024-03-13', 'stated', null],
				['aino-lehtinen+ravi-menon', 'planned', '2024-03-13', 'stated', null],
			],
		],
		[
			'"opened with a meeting of about 90 minutes with B"; "summoned B and C"',
			[
				`${LEHTINEN} opened her visit on Wednesday with a meeting of about 90 minutes with ${ZHAO}.`,
				`On Tuesday, ${ZHAO} summoned Indian envoy Ravi Menon and Estonian envoy Kadri Tamm.`,
			],
			[
				[PAIR, 'held', '2024-03-13', 'stated', null],
				['ravi-menon+zhao-minghui', 'held', '2024-03-12', 'stated', null],
				['kadri-tamm+zhao-minghui', 'held', '2024-03-12', 'stated', null],
			],
		],
		[
			'"the visiting Chinese president", "the Finnish President": descriptions',
			[
				'Chinese President Zhao Minghui and Finnish President Aino Lehtinen arrived in Delhi.',
				'Indian Prime Minister Ravi Menon held talks with the visiting Chinese president on Tuesday.',
				'Menon also received the Finnish President on Wednesday.',
			],
			[
				['ravi-menon+zhao-minghui', 'held', '2024-03-12', 'stated', 'Delhi'],
				['aino-lehtinen+ravi-menon', 'held', '2024-03-13', 'stated', 'Delhi'],
			],
		],
		[
			'no meeting where "A and B have not held talks"',
			[
				`${LEHTINEN} and ${ZHAO} have not held bilateral talks since 2019, and ${LEHTINEN} and ${ZHAO} had not held talks before.`,
			],
			[],
		],
		[
			'"they met" not when the sentence before names more than two',
			[
				`${LEHTINEN}, ${ZHAO} and Indian Foreign Minister Ravi Menon spoke at the forum.`,
				'They met again on Wednesday.',
			],
			[],
		],
		[
			'a date after "since" as not the meeting’s',
			[
				`Last week, ${LEHTINEN} and ${ZHAO} held talks in Oslo, their first contact since the dispute began in January.`,
			],
			[[PAIR, 'held', '2024-W10', 'stated', 'Oslo']],
		],
		[
			'"A and B last met" with an adverb before the verb',
			[`${LEHTINEN} and ${ZHAO} last met in Oslo on Monday.`],
			[[PAIR, 'held', '2024-03-11', 'stated', 'Oslo']],
		],
		[
			'a counterpart described without a determiner ("senior Chinese official B")',
			[`${LEHTINEN} held talks with senior Chinese official Zhao Minghui in Beijing on Tuesday.`],
			[[PAIR, 'held', '2024-03-12', 'stated', 'Beijing']],
		],
		[
			'a list of subjects with a title the people finder did not take ("she, Trade Secretary of Chile B and C")',
			[
				`${LEHTINEN} arrived on Monday.`,
				`She, ${ZHAO} and Indian Foreign Minister Ravi Menon are due to meet in Geneva on Friday.`,
			],
			[['aino-lehtinen+ravi-menon+zhao-minghui', 'planned', '2024-03-15', 'stated', 'Geneva']],
		],
		[
			'a place after "the resort of" the tagger does not know',
			[`${LEHTINEN} and ${ZHAO} last met in the seaside resort of Kuressaare on Monday.`],
			[[PAIR, 'held', '2024-03-11', 'stated', 'Kuressaare']],
		],
		[
			'an undated meeting far down a story on the day its lede names',
			[
				`${LEHTINEN} arrived in Beijing on Tuesday for two days of talks.`,
				'Officials described the mood as warm.',
				'Trade and fisheries were on the agenda.',
				`${LEHTINEN} also met ${ZHAO} at the ministry.`,
			],
			[[PAIR, 'held', '2024-03-12', 'context', 'Beijing']],
		],
		[
			'not on the day a lede gives for a report of it',
			[
				'The talks were reported by the Finnish news agency STT on Tuesday.',
				'Officials described the mood as warm.',
				'Trade and fisheries were on the agenda.',
				`${LEHTINEN} also met ${ZHAO} at the ministry.`,
			],
			[[PAIR, 'held', '2024-W11', 'publication', null]],
		],
	])('reads %s', (_, paragraphs, expected) => expect(meetings(paragraphs)).toEqual(expected));
});

describe('mergeMeetings', () => {
	test('gives a meeting two reports place differently the city over the country', () => {
		const found = findMeetings(
			factLines([
				article('a', '2024-03-14', [`${LEHTINEN} met ${ZHAO} in China on Tuesday.`]),
				article('b', '2024-03-14', [`${LEHTINEN} met ${ZHAO} in Shanghai on Tuesday.`]),
			]),
		);
		const merged = mergeMeetings(found, new Map());
		expect(merged.map((m) => [m.participants.join('+'), m.date, m.place])).toEqual([
			[PAIR, '2024-03-12', 'Shanghai'],
		]);
	});

	test('makes a planned and a held report of one meeting one held record that cites the announcement', () => {
		const found = findMeetings(
			factLines([
				article('a', '2024-03-08', [`${LEHTINEN} will meet ${ZHAO} in Oslo on Tuesday.`]),
				article('b', '2024-03-14', [`${LEHTINEN} met ${ZHAO} in Oslo on Tuesday.`]),
			]),
		);
		const [meeting, ...others] = mergeMeetings(found, new Map());
		expect(others).toEqual([]);
		expect([meeting!.status, meeting!.date, meeting!.sources.map((s) => s.article)]).toEqual([
			'held',
			'2024-03-12',
			['a', 'b'],
		]);
		expect(meeting!.announcements.map((s) => s.article)).toEqual(['a']);
	});
});
