import { describe, expect, test } from 'vitest';
import { eventItem, meetingItem } from '../../../src/lib/timeline/items.ts';
import { countItems, fitText, itemLabel, itemPrecision, listWords } from '../../../src/lib/timeline/text.ts';
import { event } from '../lib/records.ts';
import { events, meetings, names } from './corpus.ts';

describe('fitText', () => {
	test('keeps a label that fits and cuts one that does not at a word, with an ellipsis', () => {
		expect(fitText('Trip to Russia', 200, 13)).toBe('Trip to Russia');
		expect(fitText('12th International Meeting of High Representatives', 200, 13)).toBe(
			'12th International…',
		);
	});
});

describe('listWords', () => {
	test.each([
		[['Moscow'], 'Moscow'],
		[['Hungary', 'Russia'], 'Hungary and Russia'],
		[['A', 'B', 'C'], 'A, B and C'],
	])('writes %o as "%s"', (words, expected) => {
		expect(listWords(words)).toBe(expected);
	});
});

describe('itemLabel', () => {
	test.each([
		[
			'the official’s trip by its places',
			eventItem(events[6]!),
			'chen-wenqing',
			'Trip to Hungary and Russia',
		],
		[
			'a meeting by whom the official met, and where',
			meetingItem(meetings[2]!),
			'chen-wenqing',
			'With Nikolai Patrushev · St Petersburg',
		],
		[
			'a meeting on the timeline of everything by everyone in it',
			meetingItem(meetings[3]!),
			null,
			'Chen Wenqing and Sergei Shoigu',
		],
		[
			'another’s visit by its title and the places the title leaves out',
			eventItem(events[5]!),
			'chen-wenqing',
			'Antony Blinken’s visit to China · Shanghai',
		],
		[
			'a planned event as planned',
			eventItem(event({ title: 'BRICS summit', planned: true })),
			null,
			'BRICS summit (planned)',
		],
	])('names %s', (_, item, official, expected) => {
		expect(itemLabel(item, names, official)).toBe(expected);
	});
});

describe('itemPrecision', () => {
	test('names the precision of each end when they differ, and any dispute', () => {
		const item = eventItem(event({ start: '2024-04-20', end: '2024-W18', latest: '2024-05-05' }));
		expect(itemPrecision(item)).toBe('day to week');
		expect(itemPrecision(eventItem(events[3]!))).toBe(
			'day; the sources disagree on the start: 20 April 2024 or 21 April 2024',
		);
	});
});

describe('countItems', () => {
	test('counts each kind in words, meetings last', () => {
		const items = [...events.map(eventItem), ...meetings.map(meetingItem)];
		expect(countItems(items)).toBe('3 trips, 1 visit, 2 conferences, 1 other event and 5 meetings');
	});
});
