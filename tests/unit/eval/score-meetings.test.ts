import { describe, expect, test } from 'vitest';
import type { Gold } from '../../../scripts/eval/gold.ts';
import type { ArticleOutput } from '../../../scripts/eval/output.ts';
import { scoreMeetings } from '../../../scripts/eval/score-meetings.ts';
import type { Event } from '../../../src/schemas/event.ts';
import type { Meeting } from '../../../src/schemas/meeting.ts';
import type { Official } from '../../../src/schemas/official.ts';

const NAMES = ['Xi Jinping', 'Vladimir Putin', 'Pranab Mukherjee', 'Jacob Zuma'];
const idOf = (name: string) => name.toLowerCase().replace(' ', '-');

/** An article's output with the given meetings and events, naming the four leaders. */
function output(meetings: Partial<Meeting>[], events: Partial<Event>[] = []): ArticleOutput {
	const officials = NAMES.map((name) => ({ id: idOf(name), name, spellings: [] }) as unknown as Official);
	return {
		article: { id: 'a' } as ArticleOutput['article'],
		officials,
		meetings: meetings.map(
			(m, i) =>
				({
					id: `m${i}`,
					place: null,
					status: 'held',
					events: [],
					sources: [],
					announcements: [],
					...m,
				}) as Meeting,
		),
		events: events as Event[],
		figures: [],
		officialById: new Map(officials.map((o) => [o.id, o])),
	};
}

const gold = (meetings: Partial<Gold['meetings'][number]>[], trips: Gold['trips'] = []) =>
	({
		meetings: meetings.map((m) => ({
			until: null,
			place: null,
			status: 'held',
			trip: null,
			quote: '',
			...m,
		})),
		trips,
	}) as unknown as Gold;

const PAIR = ['vladimir-putin', 'xi-jinping'];

describe('scoreMeetings', () => {
	test('matches the best pairs over the whole article: a pair that last met is not taken for a summit', () => {
		const scores = scoreMeetings(
			output([
				{ participants: PAIR, earliest: '2014-11-01', latest: '2014-11-30' },
				{ participants: PAIR, earliest: '2015-05-08', latest: '2015-05-08' },
			]),
			gold([
				{ participants: [...NAMES], date: '2015-05-09' },
				{ participants: ['Xi Jinping', 'Vladimir Putin'], date: '2014-11' },
				{ participants: ['Xi Jinping', 'Vladimir Putin'], date: '2015-05-08' },
			]),
		);
		expect(scores['meetings: found']).toEqual({ right: 2, of: 3 });
		expect(scores['meetings: found with the right date']).toEqual({ right: 2, of: 3 });
	});

	test('a gold meeting with no date does not take the meeting another gold meeting dates', () => {
		const scores = scoreMeetings(
			output([
				{ participants: PAIR, earliest: '2023-10-16', latest: '2023-10-22' },
				{ participants: PAIR, earliest: '2024-04-07', latest: '2024-04-13', status: 'planned' },
			]),
			gold([
				{ participants: ['Xi Jinping', 'Vladimir Putin'], date: null, status: 'planned' },
				{ participants: ['Xi Jinping', 'Vladimir Putin'], date: '2023-10' },
			]),
		);
		expect(scores['meetings: found with the right date']).toEqual({ right: 2, of: 2 });
	});

	test('a place is right however an abbreviation in its name is written', () => {
		const scores = scoreMeetings(
			output([{ participants: PAIR, earliest: '2016-08-09', latest: '2016-08-09', place: 'St Petersburg' }]),
			gold([{ participants: ['Xi Jinping', 'Vladimir Putin'], date: '2016-08-09', place: 'St. Petersburg' }]),
		);
		expect(scores['meetings: place right']).toEqual({ right: 1, of: 1 });
	});

	test('reads the status as the article reports it: planned where it only announced a meeting held later', () => {
		const announcement = { article: 'a', paragraph: 'p-2', quote: 'Xi will host Putin.' };
		const scores = scoreMeetings(
			output([
				{
					participants: PAIR,
					earliest: '2015-09-03',
					latest: '2015-09-03',
					status: 'held',
					sources: [announcement, { article: 'b', paragraph: 'p-1', quote: 'Xi hosted Putin.' }],
					announcements: [announcement],
				},
			]),
			gold([{ participants: ['Xi Jinping', 'Vladimir Putin'], date: '2015-09-03', status: 'planned' }]),
		);
		expect(scores['meetings: status right']).toEqual({ right: 1, of: 1 });
	});

	test('takes a partial match for a summit only when no pair is left for it', () => {
		const scores = scoreMeetings(
			output([{ participants: PAIR, earliest: '2015-05-09', latest: '2015-05-09' }]),
			gold([{ participants: [...NAMES], date: '2015-05-09' }]),
		);
		expect(scores['meetings: found']).toEqual({ right: 1, of: 1 });
		expect(scores['meetings: everyone in it found']).toEqual({ right: 0, of: 1 });
	});

	test('matches a trip to the traveller’s event that goes to one of its places first', () => {
		const visit = (id: string, places: string[], earliest: string, latest: string) =>
			({ id, kind: 'visit', participants: ['xi-jinping'], places, earliest, latest }) as Partial<Event>;
		const trip = (id: string, places: string[], start: string, end: string | null) => ({
			id,
			traveller: 'Xi Jinping',
			places,
			start,
			end,
			status: 'held' as const,
		});
		const scores = scoreMeetings(
			// The first event fits both trips' days; only the second is in Moscow.
			output(
				[],
				[
					visit('e1', ['Minsk'], '2015-05-01', '2015-05-31'),
					visit('e2', ['Moscow'], '2015-05-08', '2015-05-08'),
				],
			),
			gold(
				[],
				[trip('moscow', ['Moscow'], '2015-05', null), trip('minsk', ['Minsk'], '2015-05-10', '2015-05-12')],
			),
		);
		expect(scores['trips: found']).toEqual({ right: 2, of: 2 });
		expect(scores['trips: correct']).toEqual({ right: 2, of: 2 });
	});
});
