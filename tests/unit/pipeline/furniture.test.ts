import { describe, expect, test } from 'vitest';
import { furnitureRules, matchFurniture } from '../../../scripts/pipeline/furniture.ts';

describe('matchFurniture', () => {
	test.each([
		['Advertisement', 'ad label'],
		['Advertisement · Scroll to continue', 'ad label'],
		['after newsletter promotion', 'ad label'],
		['Reading Time:2 minutes', 'reading time'],
		['4 minute read', 'reading time'],
		['Select Voice', 'listen widget'],
		['Choose your listening speed', 'listen widget'],
		['Get through articles 2x faster', 'listen widget'],
		['1.25x', 'listen widget'],
		['250 WPM', 'listen widget'],
		['Why you can trust SCMP', 'trust badge'],
		['Our Standards: The Thomson Reuters Trust Principles.', 'trust badge'],
		['Published', 'empty byline'],
		['on', 'empty byline'],
		['Published on', 'empty byline'],
		['By Jane Doe and Li Wei', 'byline'],
		['Wed 28 May 2025 14.02 BST', 'date stamp'],
		['2025-03-12 21:04:33', 'date stamp'],
		['May 28, 2025 at 2:02 PM EDT', 'date stamp'],
		['Source: Xinhua', 'source line'],
		['Reporting by Jane Doe; Editing by John Smith', 'credit line'],
		['No comments yet...', 'comment prompt'],
		['Leave a Reply', 'comment prompt'],
		['Comments', 'comment prompt'],
		['Read More', 'read more'],
		['Get more with myNEWS', 'subscription appeal'],
		['Sign up to Global Dispatch, our free newsletter', 'subscription appeal'],
		['Learn more', 'subscription appeal'],
		['Share', 'subscription appeal'],
		['Hashtags', 'section label'],
		['MOST READ', 'section label'],
		['Exit mobile version', 'section label'],
		['Copyright 2025. All rights reserved.', 'copyright notice'],
		['02:46', 'video duration'],
		['17', 'stray counter'],
		['an hour ago', 'relative time stamp'],
		['2 hours ago', 'relative time stamp'],
		['Updated 5 mins ago', 'relative time stamp'],
	])('recognises %j as %s', (line, rule) => {
		expect(matchFurniture(line)?.name).toBe(rule);
	});

	test.each([
		['JUNE 3, 2021 / 9:05 AM / 4 YEARS AGO', 'date stamp'],
		['Politics | Thu Jun 3, 2021 9:05am BST', 'date stamp'],
		['First published on 03/06/2021 - 09:05 • Updated 03/06/2021 - 11:20', 'date stamp'],
		['Last Updated: 3 Jun 2021 09:05', 'date stamp'],
		['Date 03.06.2021', 'date stamp'],
		['JUN 3, 2021 - 9:05 AM GMT+2', 'date stamp'],
		['updated at: June 3, 2021, 11:20', 'date stamp'],
		['By Maria Lopez in World on 3 June 2021', 'byline'],
		['By Tom Reed with Reuters', 'byline'],
		['Maria Lopez, Associated Press', 'byline'],
		['TOM REED, Asia staff writer', 'byline'],
		['We care about your privacy', 'consent notice'],
		['Reject all', 'consent notice'],
		[
			'This site and its partners use cookies to remember your settings. If you carry on, you accept their use.',
			'consent notice',
		],
		['Readers who sign up accept the Privacy Policy', 'consent notice'],
		['Select from 12 languages', 'language menu'],
		['Français', 'language menu'],
		['Türkçe', 'language menu'],
		['Версия на русском', 'language menu'],
		['International edition', 'language menu'],
		['Edition: Asia', 'language menu'],
		['Email this story', 'share widget'],
		['Tweet this Share this', 'share widget'],
		['Send Facebook Twitter LinkedIn', 'share widget'],
		['Back to top Close', 'share widget'],
		['Feedback: tell us what you think.', 'share widget'],
		['Permalink https://example.org/a/123', 'link line'],
		['Tags: police, Central Asia', 'tag line'],
		['Posted in: WORLD', 'tag line'],
		['Read more about: Kazakhstan, border', 'tag line'],
		['Keywords', 'tag line'],
		['Comments powered by Example', 'comment prompt'],
		['Your email will not be published. Required fields are marked *', 'comment prompt'],
		['Morning Briefing Newsletter', 'newsletter appeal'],
		['Support The Daily Planet!', 'newsletter appeal'],
		['The week’s best reads, straight to your inbox.', 'newsletter appeal'],
		[
			'Copyright 2021 Example Press. All rights reserved. This text may not be reprinted or redistributed.',
			'copyright notice',
		],
		['Example Wire reporter Li Na in Beijing contributed to this report.', 'credit line'],
		['(Additional reporting by Li Na; Editing by Tom Reed)', 'credit line'],
		['ab/cd (AFP, dpa)', 'sign-off'],
		['Story continues', 'ad label'],
		['Latest on Central Asia', 'section label'],
		['Published: 03 June ,2021: 08:15 AM GST', 'date stamp'],
		['Last Update: 03 June ,2021: 10:34 AM GST', 'date stamp'],
		['Issued on: 03/06/2021 - 10:05', 'date stamp'],
		['Updated on Jun 3, 2021 09:34 PM IST', 'date stamp'],
		['By Reuters', 'byline'],
		['(With inputs from PTI)', 'credit line'],
		['With inputs from IANS', 'credit line'],
		['Source(s): Xinhua', 'source line'],
		['Share on Facebook', 'share widget'],
		['Copy link copied', 'share widget'],
		['Enjoying this article? Click here to subscribe for full access.', 'subscription appeal'],
		['Source:', 'empty byline'],
	])('recognises %j as %s', (line, rule) => {
		expect(matchFurniture(line)?.name).toBe(rule);
	});

	test.each([
		'The advertisement ran in three newspapers on Monday.',
		'Chen said the newsletter was never published.',
		'By Tuesday, the talks had ended without a statement.',
		'At least 137 people were killed in the attack.',
		'Xi and Putin to meet',
		'China’s top security official',
		'Comments by the ministry were not available.',
		'Fast-growing trade',
		'In 2014',
		'Russian News Agency',
		'We agreed with our partners to meet again next year.',
		'You can see why the talks matter for the region.',
		'China tightens grip on the press',
		'Li Na, a spokeswoman for the ministry, said the talks would go on.',
		'Tags and labels were removed from the goods at the border.',
		'Share prices fell in Shanghai and Hong Kong on Monday.',
		'Back to the table',
		'Regulators said the firm broke its own privacy policy after users agreed to share their location data with partners.',
		'Security chiefs meet in Astana, says state news agency',
	])('leaves the story line %j alone', (line) => {
		expect(matchFurniture(line)).toBeNull();
	});

	test('every rule has a name and matches only whole lines', () => {
		for (const rule of furnitureRules) {
			expect(rule.name).not.toBe('');
			expect(rule.pattern.source.startsWith('^')).toBe(true);
			expect(rule.pattern.source.endsWith('$')).toBe(true);
		}
	});
});
