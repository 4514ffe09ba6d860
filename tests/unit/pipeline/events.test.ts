import { describe, expect, test } from 'vitest';
import { findEventMentions, topicKey } from '../../../scripts/pipeline/extract/event-mentions.ts';
import type { EventMention } from '../../../scripts/pipeline/extract/event-mentions/mention.ts';
import { mergeEvents } from '../../../scripts/pipeline/extract/events.ts';
import { fuzzyFromDate } from '../../../scripts/pipeline/extract/toolkit/fuzzy-dates.ts';
import { resolvePeople } from '../../../scripts/pipeline/extract/officials.ts';
import { findPersonMentions } from '../../../scripts/pipeline/extract/people.ts';
import { storySentences } from '../../../scripts/pipeline/extract/sentences.ts';
import type { Article } from '../../../src/schemas/article.ts';
import { article, factLines } from './extract-helpers.ts';

function events(articles: readonly Article[]) {
	const { people } = resolvePeople(storySentences(articles).flatMap(findPersonMentions));
	const found = findEventMentions(factLines(articles));
	return { found, merged: mergeEvents(found, [], new Map(people.map((p) => [p.id, p.name]))) };
}

/** The trip or visit a sentence of an article published on `published` reports. */
function travelIn(published: string, sentence: string): EventMention {
	return events([article('a', published, [sentence])]).found.find(
		(m) => m.kind === 'visit' || m.kind === 'trip',
	)!;
}

/** A visit of `stated`'s traveller that a meeting on `day` implies (see `tripsFromMeetings`). */
function impliedBy(stated: EventMention, day: string, details: Partial<EventMention> = {}): EventMention {
	return {
		...stated,
		implied: true,
		start: null,
		end: null,
		startStated: false,
		during: fuzzyFromDate(day),
		...details,
	};
}

describe('findEventMentions', () => {
	test('reads a trip’s traveller, length, place and start day', () => {
		const { found } = events([
			article('a', '2024-04-24', [
				'Chinese security chief Chen Wenqing began a nine-day trip to Russia on Saturday.',
			]),
		]);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({
			kind: 'trip',
			person: 'chen-wenqing',
			lengthDays: 9,
			places: ['Russia'],
			startStated: true,
		});
		expect(found[0]!.start?.date).toBe('2024-04-20');
	});

	test('dates a trip by its last leg: it ends that day and began its length before', () => {
		const { merged } = events([
			article('a', '2023-02-22', [
				'Chinese Foreign Minister Wang Lin flew into Moscow on Tuesday for the last leg of an eight-day trip that had also taken him to France and Italy.',
			]),
		]);
		expect(merged.map((e) => [e.kind, e.earliest, e.latest])).toEqual([['trip', '2023-02-14', '2023-02-21']]);
	});

	test('reads a trip that is ending as the report is written, with its places in order', () => {
		const { merged } = events([
			article('a', '2025-05-31', [
				'Chinese security chief Chen Wenqing pledged cooperation, as he wrapped up a seven-day trip that began in Hungary, followed by Russia.',
			]),
		]);
		expect(merged.map((e) => [e.kind, e.places, e.earliest, e.latest])).toEqual([
			['trip', ['Hungary', 'Russia'], '2025-05-20', '2025-05-31'],
		]);
	});

	test('gives a conference the dates of its own clause, not of the trip or of a statement', () => {
		const { found } = events([
			article('a', '2024-04-24', [
				'The ministry said he was invited to attend the 12th International Meeting of High Representatives for Security Issues in St Petersburg, which runs from Tuesday to Thursday.',
			]),
		]);
		const conference = found.find((m) => m.kind === 'conference')!;
		expect(conference).toMatchObject({ ordinal: 12, places: ['St Petersburg'] });
		expect([conference.start?.date, conference.end?.date]).toEqual(['2024-04-23', '2024-04-25']);
	});

	test('reads the founding of a body and an attack with the date before it', () => {
		const { found } = events([
			article('a', '2024-04-24', [
				'The visits took place under the Sino-Russian law enforcement and security cooperation mechanism established in 2014.',
				'Chen condemned last month’s attack on a concert hall near Moscow and other attacks.',
			]),
		]);
		expect(found.map((m) => [m.kind, m.name, m.start?.date])).toEqual([
			['other', 'Founding of the Sino-Russian law enforcement and security cooperation mechanism', '2014'],
			['attack', 'Attack on a concert hall near Moscow', '2024-03'],
		]);
	});
});

describe('topicKey', () => {
	test('lets two outlets’ names of one mechanism meet', () => {
		expect(topicKey('Sino-Russian law enforcement and security cooperation mechanism')).toBe(
			topicKey('China-Russia law enforcement and security cooperation mechanism'),
		);
	});
});

describe('mergeEvents', () => {
	test('makes one trip of two reports that give different start days, keeping both as a conflict', () => {
		const { merged } = events([
			article('a', '2024-04-24', [
				'Chinese security chief Chen Wenqing began a nine-day trip to Russia on Saturday.',
			]),
			article('b', '2024-04-19', [
				'Chinese security chief Chen Wenqing will visit Russia from Sunday to 28 April, it said.',
			]),
		]);
		expect(merged).toHaveLength(1);
		expect(merged[0]).toMatchObject({
			kind: 'trip',
			start: '2024-04-20',
			end: '2024-04-28',
			places: ['Russia'],
		});
		expect(merged[0]!.conflicts.map((c) => [c.field, c.value, c.sources[0]!.article])).toEqual([
			['start', '2024-04-20', 'a'],
			['start', '2024-04-21', 'b'],
		]);
	});

	test('keeps one person’s trips in different years apart', () => {
		const { merged } = events([
			article('a', '2024-04-24', [
				'Chinese security chief Chen Wenqing began a nine-day trip to Russia on Saturday.',
			]),
			article('b', '2023-05-25', [
				'Chinese security chief Chen Wenqing’s trip to Moscow this week drew attention.',
			]),
		]);
		expect(merged.map((e) => e.start)).toEqual(['2023-W21', '2024-04-20']);
	});

	test('makes one tour of one report’s legs days apart, and keeps legs weeks apart as two trips', () => {
		const tour = (second: string) =>
			events([
				article('a', '2024-04-24', [
					'Finnish Foreign Minister Aino Lehtinen arrived in Tallinn on Monday for a tour of the Baltic states.',
					`${second} Lehtinen visited Riga, officials said.`,
				]),
			]).merged.filter((e) => e.kind === 'trip' || e.kind === 'visit');
		expect(tour('On Wednesday,').map((e) => [e.start, e.places])).toEqual([
			['2024-04-22', ['Tallinn', 'Riga']],
		]);
		expect(tour('On 1 April,')).toHaveLength(2);
	});

	test('makes one visit of an arrival with no end and another report’s talks in the days after it', () => {
		const arrival = travelIn(
			'2015-09-03',
			'Russian President Vladimir Putin arrived in Beijing on Wednesday for a state visit.',
		);
		const visitOn = (article: string, day: string) =>
			impliedBy(arrival, day, { source: { ...arrival.source, article } });
		const names = new Map([['vladimir-putin', 'Vladimir Putin']]);
		// The talks on Thursday, from the arrival's report and from another that announced them.
		const merged = mergeEvents([arrival, visitOn('a', '2015-09-03'), visitOn('b', '2015-09-03')], [], names);
		expect(merged.map((e) => [e.start, e.end, e.latest, e.sources.map((s) => s.article)])).toEqual([
			['2015-09-02', null, '2015-09-03', ['a', 'b']],
		]);
		// A visit of the same person weeks later is another.
		expect(mergeEvents([arrival, visitOn('b', '2015-09-25')], [], names)).toHaveLength(2);
	});

	test('puts talks within the days a report gives a tour in it, whichever country they are in', () => {
		const tour = travelIn(
			'2022-09-12',
			'Chinese President Xi Jinping will pay state visits to Kazakhstan and Uzbekistan from Wednesday to Friday.',
		);
		const talks = (day: string, place: string) => impliedBy(tour, day, { places: [place] });
		const names = new Map([['xi-jinping', 'Xi Jinping']]);
		// Talks in Samarkand on Friday, then in Astana on Wednesday: the second overlaps no day of the first.
		const merged = mergeEvents(
			[tour, talks('2022-09-16', 'Samarkand'), talks('2022-09-14', 'Astana')],
			[],
			names,
		);
		expect(merged.map((e) => [e.start, e.end])).toEqual([['2022-09-14', '2022-09-16']]);
	});
});

describe('appointments', () => {
	test.each([
		['a month', '2022-10', '2022-10-aino-lehtinen-appointed-foreign-minister'],
		['a week', '2024-W17', '2024-04-aino-lehtinen-appointed-foreign-minister'],
		['a day', '2024-04-23', '2024-04-aino-lehtinen-appointed-foreign-minister'],
	])('dates one from %s, with an id of its month', (_, from, id) => {
		const role = {
			person: 'aino-lehtinen',
			title: 'foreign minister',
			from,
			former: false,
			appointment: 'appointed',
			source: { article: 'a', paragraph: 'p-1', quote: 'Aino Lehtinen was appointed foreign minister' },
		};
		const [event] = mergeEvents([], [role], new Map([['aino-lehtinen', 'Aino Lehtinen']]));
		expect([event!.id, event!.start]).toEqual([id, from]);
	});
});
