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
	])('recognises the caption %j', (line) => {
		expect(isCaption(line)).toBe(true);
	});

	test.each([
		'Xinhua published photos by its reporters on Tuesday.',
		'The ministry released a video on Monday showing the meeting.',
		'He posted a photo of the two leaders',
		'Reuters quoted an anonymous source as saying there were no plans.',
	])('does not take the sentence %j for a caption', (line) => {
		expect(isCaption(line)).toBe(false);
	});
});
