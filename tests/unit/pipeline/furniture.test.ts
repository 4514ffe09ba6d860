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
		'The advertisement ran in three newspapers on Monday.',
		'Chen said the newsletter was never published.',
		'By Tuesday, the talks had ended without a statement.',
		'At least 137 people were killed in the attack.',
		'Xi and Putin to meet',
		'China’s top security official',
		'Comments by the ministry were not available.',
		'Fast-growing trade',
		'In 2014',
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
