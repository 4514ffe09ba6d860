import { describe, expect, test } from 'vitest';
import { findMeetings } from '../../../scripts/pipeline/extract/meetings.ts';
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
			'"she met B and C" as two meetings, dated by the sentence before',
			[
				`${LEHTINEN} arrived in Santiago on Monday.`,
				'She met Chilean Foreign Minister Pablo Rojas and Chilean Trade Minister Sofia Vidal.',
			],
			[
				['aino-lehtinen+pablo-rojas', 'held', '2024-03-11', 'context', null],
				['aino-lehtinen+sofia-vidal', 'held', '2024-03-11', 'context', null],
			],
		],
	])('reads %s', (_, paragraphs, expected) => expect(meetings(paragraphs)).toEqual(expected));
});
