import { describe, expect, test } from 'vitest';
import { classifyLine, isCaption } from '../../../scripts/pipeline/classify.ts';

describe('classifyLine', () => {
	test.each([
		['Advertisement', 'furniture'],
		['Chen Wenqing was promoted in October. Photo: CCTV', 'caption'],
		['- Politburo member Chen Wenqing says Beijing supports Moscow', 'bullet'],
		['  • Top Chinese official meets Russian spy chief'.trim(), 'bullet'],
		['China has been Russia’s largest trading partner since 2010.', 'prose'],
		['“Opinions were exchanged,” it said.”', 'prose'],
		['No details of the talks were released?', 'prose'],
		['Xi and Putin to meet', 'headline'],
		['China-Russia trade has ‘plateaued’ despite ‘unprecedented high level’ relations', 'headline'],
		['The ministry listed three demands:', 'fragment'],
		['The two sides will meet again next year. Enditem', 'prose'],
		['and then the talks', 'fragment'],
	])('%j is %s', (line, kind) => {
		expect(classifyLine(line).kind).toBe(kind);
	});

	test('strips the list marker from a bullet', () => {
		expect(classifyLine('• Chen meets Patrushev').text).toBe('Chen meets Patrushev');
	});
});

describe('isCaption', () => {
	test.each([
		'China and Russia agreed to strengthen cooperation. Photo: Shutterstock Images',
		'Naryshkin accused the West. Photo: Reuters',
		'Xi Jinping speaks in Beijing. (AP Photo/Andy Wong)',
		'The delegation arrives. Photo by Jane Doe/Getty Images',
		'Chen meets the delegation in Beijing, March 12, 2025. (Xinhua/Zhang Ling)',
		'Delegates at the forum. [Photo/Xinhua]',
		'Getty Images',
		'Reuters/Tingshu Wang',
		'Border guards check papers at the crossing near Khorgos [AFP]',
		'Ministers pose before the talks in Astana [Interior Ministry Press Office/Handout via Reuters]',
		'Delegates at the opening session in Tashkent. Photo credit: gov.uz',
		'The two ministers shake hands in Ankara, June 3, 2021. (AA Photo)',
		'Image copyright Getty Images Image caption The two leaders met at the Great Hall of the People',
		'The two ministers shake hands in Ankara on Thursday. | REUTERS / POOL',
		'The ministers meet in Minsk on 3 June 2021. - Copyright Belarus Foreign Ministry via AP',
		'The minister has held the post since 2019. Defence Ministry press service',
		'The delegations meet in the Kremlin on Thursday. Maria Lopez / AFP',
		'The delegations meet in Beijing on June 3, 2021. REUTERS/Li Na/Pool',
		'The two envoys before their talks in Geneva. (Photo courtesy of the Swiss Foreign Ministry)',
		'Police officers at the border post near Almaty on Monday. (Reuters)',
		'The delegations in Tashkent, June 3, 2021. (Sputnik via AP)',
		'The minister at a briefing in Ankara (file photo)',
		'The two ministers in Beijing, June 3, 2021. /Xinhua',
		'The two ministers in Beijing on Thursday. AFP via Getty Images',
		'The two ministers in Beijing on Thursday © Jane Doe, AFP',
		'The two ministers before their talks in Minsk, June 3, 2021. Belarus Defence Ministry Press Service via AP',
		'The president receives the minister in the Kremlin, 16 April 2023 (Kremlin Pool/Getty Images)',
		'The two ministers at the talks on July 4. Photographer: Jane Doe/Pool via Getty Images',
		'The minister speaks as the delegates look on. (Pool photo)(Kyodo)',
		'The two leaders shake hands on Wednesday. (AP-Yonhap)',
		'The two ministers shake hands in Ankara on June 3, 2021. ( Foreign Ministry / Handout - Anadolu Agency )',
	])('recognises the caption %j', (line) => {
		expect(isCaption(line)).toBe(true);
	});

	test.each([
		'Xinhua published photos by its reporters on Tuesday.',
		'The ministry released a video on Monday showing the meeting.',
		'He posted a photo of the two leaders',
		'Reuters quoted an anonymous source as saying there were no plans.',
		'He said the agreement had been reached in Moscow [the capital].',
		'The ministry’s press service said talks went well.',
		'China, Russia hold talks on border security | XINHUA',
		'The talks ended late on Thursday. Both sides said they would meet again',
		'China hosts the summit of the Shanghai Cooperation Organisation (SCO)',
		'The alliance was founded in 1949 (NATO).',
		'The minister said the talks went well, according to a transcript (in Russian via Reuters and TASS).',
		'He said the deal was first reported by the Financial Times (paywalled).',
	])('does not take the sentence %j for a caption', (line) => {
		expect(isCaption(line)).toBe(false);
	});
});
