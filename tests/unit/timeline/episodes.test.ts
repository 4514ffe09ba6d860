import { describe, expect, test } from 'vitest';
import { episodeTitle, groupEpisodes, mainItem } from '../../../src/lib/timeline/episodes.ts';
import { eventItem } from '../../../src/lib/timeline/items.ts';
import { everythingItems, officialItems } from '../../../src/lib/timeline/views.ts';
import { event } from '../lib/records.ts';
import { records } from './corpus.ts';

describe('groupEpisodes', () => {
	test('gives each of Chen Wenqing’s trips a panel of its own, with what happened during it', () => {
		const episodes = groupEpisodes(officialItems(records, 'chen-wenqing'));
		expect(episodes.map((episode) => [episode.first, episode.last, episode.items.length])).toEqual([
			['2022-10-01', '2022-10-31', 1],
			['2023-05-22', '2023-05-28', 4],
			['2024-04-20', '2024-04-28', 3],
			['2025-05-20', '2025-05-31', 2],
		]);
	});

	test('keeps an event known only to the year apart from the days inside it', () => {
		const items = [
			eventItem(
				event({
					id: 'summit',
					start: '2024',
					datePrecision: 'year',
					earliest: '2024-01-01',
					latest: '2024-12-31',
				}),
			),
			eventItem(event({ id: 'trip', start: '2024-04-20', end: '2024-04-28', latest: '2024-04-28' })),
		];
		expect(
			groupEpisodes(items).map((episode) => [episode.long, episode.items.map((item) => item.id)]),
		).toEqual([
			[true, ['summit']],
			[false, ['trip']],
		]);
	});

	test('puts every item in exactly one episode, in time order', () => {
		const items = everythingItems(records);
		const grouped = groupEpisodes(items).flatMap((episode) => episode.items);
		expect(grouped.map((item) => item.id)).toEqual(items.map((item) => item.id));
	});
});

describe('episodeTitle', () => {
	test('names an episode for the official’s trip in it', () => {
		const [, moscow] = groupEpisodes(officialItems(records, 'chen-wenqing'));
		expect(episodeTitle(moscow!, 'chen-wenqing')).toBe('Chen Wenqing’s trip to Moscow');
	});

	test('names a crowded episode on the timeline of everything for its days', () => {
		const april = groupEpisodes(everythingItems(records)).find((episode) => episode.first === '2024-04-20')!;
		expect(episodeTitle(april, null)).toBe('20–28 April 2024');
	});

	test('names an episode of things sharing one vague date for that date', () => {
		const items = ['a', 'b'].map((id) =>
			eventItem(
				event({ id, start: '2024-03', datePrecision: 'month', earliest: '2024-03-01', latest: '2024-03-31' }),
			),
		);
		expect(episodeTitle(groupEpisodes(items)[0]!, null)).toBe('March 2024');
	});
});

describe('mainItem', () => {
	test('names an episode on the timeline of someone met on a trip for that trip', () => {
		const [moscow] = groupEpisodes(officialItems(records, 'nikolai-patrushev'));
		expect(mainItem(moscow!, 'nikolai-patrushev')?.id).toBe('2023-05-trip-to-moscow');
	});
});
