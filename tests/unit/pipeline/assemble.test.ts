import { describe, expect, test } from 'vitest';
import { assembleArticles } from '../../../scripts/pipeline/assemble.ts';
import { comparisonKey } from '../../../scripts/pipeline/normalise.ts';
import type { PreparedArticle } from '../../../scripts/pipeline/prepare.ts';

const prepared = (source: string, paragraphs: string[], title = 'Chen meets Patrushev'): PreparedArticle => ({
	source,
	path: `content/raw/${source}`,
	metadata: { published: '2024-04-24', outlet: 'Test Outlet' },
	clean: {
		title,
		standfirst: [],
		paragraphs: paragraphs.map((text) => ({ text })),
		captions: [],
		related: [],
		removed: [],
	},
	storyKey: comparisonKey(paragraphs.join('\n')),
});

const STORY = Array.from(
	{ length: 12 },
	(_, i) => `Sentence ${i} of the report on the security talks in Moscow.`,
);

describe('assembleArticles', () => {
	test('numbers paragraphs, sets permalinks and links a shorter capture to the fuller one', () => {
		const { articles, diagnostics } = assembleArticles([
			prepared('full.txt', STORY),
			prepared('short.txt', STORY.slice(0, 6)),
		]);
		expect(diagnostics).toEqual([]);
		const [full, short] = articles;
		expect(full).toMatchObject({
			id: '2024-04-24-chen-meets-patrushev',
			url: '/articles/2024-04-24-chen-meets-patrushev/',
			duplicateOf: null,
			duplicates: [short!.id],
		});
		expect(short).toMatchObject({ source: 'short.txt', duplicateOf: full!.id, duplicates: [] });
		expect(full!.paragraphs.slice(0, 2)).toEqual([
			{ id: 'p-1', text: STORY[0] },
			{ id: 'p-2', text: STORY[1] },
		]);
	});

	test('reports a record the schema rejects with its file and field', () => {
		const { articles, diagnostics } = assembleArticles([prepared('empty-body.txt', [])]);
		expect(articles).toEqual([]);
		expect(diagnostics).toHaveLength(1);
		expect(diagnostics[0]).toMatchObject({ file: 'content/raw/empty-body.txt', severity: 'error' });
		expect(diagnostics[0]!.message).toMatch(/^field `paragraphs`: /);
	});
});
