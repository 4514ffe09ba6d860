import { describe, expect, test } from 'vitest';
import { articleSummary, groupStories, newestFirst } from '../../../src/lib/stories.ts';
import type { Article } from '../../../src/schemas/article.ts';

function article(id: string, published: string, duplicateOf: string | null = null): Article {
	return {
		id,
		source: `${id}.txt`,
		title: id,
		outlet: null,
		republishes: null,
		published,
		dateBasis: null,
		sourceUrl: null,
		standfirst: [],
		paragraphs: [{ id: 'p-1', text: 'Text.' }],
		captions: [],
		related: [],
		duplicateOf,
		duplicates: [],
		url: `/articles/${id}/`,
	};
}

describe('newestFirst', () => {
	test('puts later days first and breaks ties by id', () => {
		const sorted = [article('b', '2024-01-01'), article('c', '2025-01-01'), article('a', '2024-01-01')].sort(
			newestFirst,
		);
		expect(sorted.map((a) => a.id)).toEqual(['c', 'a', 'b']);
	});
});

describe('groupStories', () => {
	test('lists a near-duplicate capture under its canonical story, not on its own', () => {
		const stories = groupStories([
			article('old', '2023-05-25'),
			article('copy', '2024-04-24', 'new'),
			article('new', '2024-04-24'),
		]);
		expect(stories.map((s) => [s.article.id, s.captures.map((c) => c.id)])).toEqual([
			['new', ['copy']],
			['old', []],
		]);
	});

	test('lists a capture on its own when its canonical article is missing', () => {
		const stories = groupStories([article('orphan', '2024-04-24', 'gone')]);
		expect(stories.map((s) => s.article.id)).toEqual(['orphan']);
	});
});

describe('articleSummary', () => {
	test.each([
		['the first standfirst line', ['Lede.', 'More.'], 'Lede.'],
		['the first paragraph when there is no standfirst', [], 'Text.'],
	])('is %s', (_, standfirst, expected) => {
		expect(articleSummary({ ...article('a', '2024-01-01'), standfirst })).toBe(expected);
	});
});
