import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../../src/lib/search/build-index.ts';
import { searchDocuments } from '../../../src/lib/search/documents.ts';
import {
	createSearcher,
	maxCompletionDocuments,
	maxQueryLength,
	maxTypoCandidates,
} from '../../../src/lib/search/query.ts';
import { memorySource } from '../../../src/lib/search/sources.ts';
import type { SearchQuery, SearchResponse } from '../../../src/lib/search/types.ts';
import { doc, generatedRecords } from './generated.ts';

const indexOf = (documents: Parameters<typeof buildIndex>[0]) =>
	createSearcher(memorySource(buildIndex(documents).files));

const fixture = indexOf([
	doc({
		key: 'o1',
		type: 'official',
		title: 'Nikolai Patrushev',
		text: 'Security Council Secretary.',
		officials: ['nikolai-patrushev'],
		years: [2023, 2024],
	}),
	doc({
		key: 'o2',
		type: 'official',
		title: 'Sergei Naryshkin',
		text: 'Intelligence chief.',
		officials: ['sergei-naryshkin'],
		years: [2023],
	}),
	doc({
		key: 'o3',
		type: 'official',
		title: 'Chen Wenqing',
		text: 'Top security official.',
		officials: ['chen-wenqing'],
		years: [2023, 2024, 2025],
	}),
	doc({
		key: 'm1',
		type: 'meeting',
		title: 'Chen Wenqing and Nikolai Patrushev meet',
		text: 'Chen met Patrushev in Moscow.',
		officials: ['chen-wenqing', 'nikolai-patrushev'],
		years: [2023],
	}),
	doc({
		key: 'm2',
		type: 'meeting',
		title: 'Chen Wenqing and Nikolai Patrushev meet',
		text: 'They met in St Petersburg.',
		officials: ['chen-wenqing', 'nikolai-patrushev'],
		years: [2024],
	}),
	doc({
		key: 'm3',
		type: 'meeting',
		title: 'Chen Wenqing and Sergei Naryshkin meet',
		text: 'Chen met the spy chief in Moscow.',
		officials: ['chen-wenqing', 'sergei-naryshkin'],
		years: [2023],
	}),
	doc({
		key: 'a',
		type: 'article',
		title: 'China and Russia hold security talks in Moscow',
		url: '/articles/a/',
		years: [2023],
	}),
	doc({
		key: 'a#p-1',
		parent: 'a',
		text: 'Moscow, Moscow, Moscow: Patrushev spoke in Moscow.',
		url: '/articles/a/#p-1',
		meta: 'Paragraph 1',
	}),
	doc({
		key: 'a#p-2',
		parent: 'a',
		text: 'Moscowite officials and a <script>alert("Patrushev")</script> tag.',
		url: '/articles/a/#p-2',
		meta: 'Paragraph 2',
	}),
	doc({
		key: 'a#p-3',
		parent: 'a',
		text: 'Patrushev once visited Moscow.',
		url: '/articles/a/#p-3',
		meta: 'Paragraph 3',
	}),
]);

const urls = (response: SearchResponse) =>
	response.groups.flatMap((group) => group.results.map((r) => r.url));
const urlsOf = (response: SearchResponse, type: string) =>
	response.groups.find((group) => group.type === type)?.results.map((r) => r.url) ?? [];
const search = (query: string | SearchQuery, limit?: number) =>
	fixture.search(typeof query === 'string' ? { q: query } : query, limit === undefined ? {} : { limit });

describe('createSearcher: matching words', () => {
	test('finds a word exactly, whatever its case and accents', async () => {
		expect(urlsOf(await search('PATRUSHEV'), 'official')).toEqual(['/o1/']);
		expect(urlsOf(await search('Patrushév'), 'official')).toEqual(['/o1/']);
	});

	test('finds the beginning of a word, as it is being typed', async () => {
		expect(urlsOf(await search('patru'), 'official')).toEqual(['/o1/']);
		expect(urlsOf(await search('nary'), 'official')).toEqual(['/o2/']);
	});

	test.each([
		['patrushov', '/o1/'],
		['narishkin', '/o2/'],
		['Wenquing', '/o3/'],
	])('finds "%s" despite the typo', async (q, url) => {
		expect(urlsOf(await search(q), 'official')[0]).toBe(url);
	});

	test('ranks a word itself above a longer word it begins', async () => {
		expect(urlsOf(await search('moscow'), 'paragraph')).toEqual([
			'/articles/a/#p-1',
			'/articles/a/#p-3',
			'/articles/a/#p-2',
		]);
	});

	test('ranks a title match above text matches, and more mentions above fewer', async () => {
		const response = await search('moscow');
		expect(urlsOf(response, 'article')).toEqual(['/articles/a/']);
		expect(urlsOf(response, 'meeting')).toEqual(['/m1/', '/m3/']);
		expect(urlsOf(response, 'paragraph')[0]).toBe('/articles/a/#p-1');
	});

	test('needs every word to match: "chen moscow" finds what has both', async () => {
		const response = await search('chen moscow');
		expect(urls(response)).toEqual(['/m1/', '/m3/']);
		expect(urls(await search('patrushev petersburg'))).toEqual(['/m2/']);
	});

	test('finds nothing, and names the word, when one word matches nothing', async () => {
		const response = await search('patrushev zzzzzz');
		expect(response.total).toBe(0);
		expect(response.unmatched).toEqual(['zzzzzz']);
	});
});

describe('createSearcher: groups, counts and filters', () => {
	test('groups results by kind in a fixed order, each with its count, at most `limit` shown', async () => {
		const response = await search('patrushev', 1);
		expect(response.groups.map((g) => [g.type, g.label, g.count, g.results.length])).toEqual([
			['official', 'Officials', 1, 1],
			['meeting', 'Meetings', 2, 1],
			['paragraph', 'Paragraphs', 3, 1],
		]);
		expect(response.total).toBe(6);
	});

	test('filters by kind, still counting every kind for the type control', async () => {
		const response = await search({ q: 'patrushev', type: 'meeting' });
		expect(response.groups.map((g) => g.type)).toEqual(['meeting']);
		expect(response.total).toBe(2);
		expect(response.counts).toEqual({
			official: 1,
			meeting: 2,
			event: 0,
			figure: 0,
			article: 0,
			paragraph: 3,
		});
	});

	test('filters by official and by year, a part taking its parent’s years', async () => {
		expect(urls(await search({ q: 'chen', official: 'sergei-naryshkin' }))).toEqual(['/m3/']);
		expect(urls(await search({ q: 'meet', year: 2024 }))).toEqual(['/m2/']);
		expect(urlsOf(await search({ q: 'patrushev', year: 2023 }), 'paragraph')).toHaveLength(3);
		expect((await search({ q: 'patrushev', year: 2025 })).total).toBe(0);
	});

	test('lists everything a filter allows when no words are given', async () => {
		expect(urls(await search({ q: '', type: 'meeting', official: 'nikolai-patrushev' }))).toEqual([
			'/m1/',
			'/m2/',
		]);
	});
});

describe('createSearcher: results', () => {
	test('marks the matched words in the title and the snippet', async () => {
		const [result] = (await search({ q: 'patrushov moscow', type: 'meeting' })).groups[0]!.results;
		const marked = (h: { text: string; marks: Array<[number, number]> }) =>
			h.marks.map(([s, e]) => h.text.slice(s, e));
		expect(marked(result!.title)).toEqual(['Patrushev']);
		expect(marked(result!.snippet)).toEqual(['Patrushev', 'Moscow']);
	});

	test('gives a paragraph its story’s title as context and its meta line after its own', async () => {
		const [result] = (await search({ q: 'visited', type: 'paragraph' })).groups[0]!.results;
		expect(result).toMatchObject({
			title: { text: '', marks: [] },
			context: 'China and Russia hold security talks in Moscow',
			meta: 'Paragraph 3',
			url: '/articles/a/#p-3',
		});
	});

	test('returns markup in the text as plain text, never as elements', async () => {
		const [result] = (await search({ q: 'script patrushev', type: 'paragraph' })).groups[0]!.results;
		expect(result!.snippet.text).toBe('Moscowite officials and a <script>alert("Patrushev")</script> tag.');
		expect(result!.snippet.marks.map(([s, e]) => result!.snippet.text.slice(s, e))).toEqual([
			'script',
			'Patrushev',
			'script',
		]);
	});

	test.each([
		['the empty string', ''],
		['spaces', '   '],
		['emoji', '🤝 ☃️ 👩‍👩‍👧'],
		['regular-expression characters', '(.*)[+?] \\ ^$ | {2} /patrushev/'],
		['10,000 characters of one word', 'a'.repeat(10_000)],
		['10,000 characters of words', 'patrushev moscow '.repeat(600).slice(0, 10_000)],
		['lone surrogates and control characters', '\uD800 \u0000 \u202E patrushev'],
	])('does not throw on %s', async (_, q) => {
		const started = performance.now();
		await expect(search(q)).resolves.toBeDefined();
		expect(performance.now() - started).toBeLessThan(1000);
	});

	test('finds nothing for an empty query or one with no words', async () => {
		for (const q of ['', '  ', '🤝', '!?']) expect(await search(q)).toMatchObject({ total: 0, groups: [] });
	});

	test('reads only the first characters of a very long query', async () => {
		const q = 'patrushev ' + 'x'.repeat(maxQueryLength);
		expect((await search(q)).unmatched).toEqual(['x'.repeat(maxQueryLength - 'patrushev '.length)]);
	});
});

describe('createSearcher on the generated data', () => {
	const records = generatedRecords();
	const searcher = indexOf(searchDocuments(records));
	const officialsFound = async (q: string) => urlsOf(await searcher.search({ q }), 'official');

	test.each([
		['patrushov', '/officials/nikolai-patrushev/'],
		['Patrushov', '/officials/nikolai-patrushev/'],
		['narishkin', '/officials/sergei-naryshkin/'],
		['Narishkin', '/officials/sergei-naryshkin/'],
		['Sergey Naryshkin', '/officials/sergei-naryshkin/'],
		['shoigu', '/officials/sergei-shoigu/'],
		['chen wenqing', '/officials/chen-wenqing/'],
	])('"%s" finds %s first among officials', async (q, url) => {
		expect((await officialsFound(q))[0]).toBe(url);
	});

	test('a name lists that official’s meetings', async () => {
		const theirs = records.meetings.filter((m) => m.participants.includes('nikolai-patrushev'));
		const found = urlsOf(await searcher.search({ q: 'Patrushev' }), 'meeting');
		expect(theirs.length).toBeGreaterThan(0);
		for (const meeting of theirs) expect(found).toContain(meeting.url);
	});

	test('a typo finds the official and no one else', async () => {
		expect(await officialsFound('patrushov')).toEqual(['/officials/nikolai-patrushev/']);
		expect(await officialsFound('narishkin')).toEqual(['/officials/sergei-naryshkin/']);
	});

	test('filters by kind, official and year together', async () => {
		const response = await searcher.search({
			q: 'meet',
			type: 'meeting',
			official: 'chen-wenqing',
			year: 2024,
		});
		const expected = records.meetings.filter(
			(m) =>
				m.participants.includes('chen-wenqing') && m.earliest <= '2024-12-31' && m.latest >= '2024-01-01',
		);
		expect(expected.length).toBeGreaterThan(0);
		expect(urls(response).sort()).toEqual(expected.map((m) => m.url).sort());
	});

	test('links a paragraph to its anchor on the article page', async () => {
		const paragraphs = urlsOf(await searcher.search({ q: 'patrushev' }), 'paragraph');
		expect(paragraphs.length).toBeGreaterThan(0);
		for (const url of paragraphs) expect(url).toMatch(/^\/articles\/[a-z0-9-]+\/#p-[1-9]\d*$/);
	});
});

/** A searcher over `files` that notes the path of every file it reads, in `read`. */
function countingSearcher(files: Parameters<typeof memorySource>[0]) {
	const read: string[] = [];
	const source = memorySource(files);
	const searcher = createSearcher({
		json: (path) => (read.push(path), source.json(path)),
		bytes: (path, options) => (read.push(path), source.bytes(path, options)),
	});
	return { read, searcher };
}

describe('createSearcher over a sharded index', () => {
	const documents = searchDocuments(generatedRecords());
	const whole = indexOf(documents);
	const tiny = createSearcher(
		memorySource(
			buildIndex(documents, { termsPerShard: 7, postingsFileBytes: 16, documentShardBytes: 1 }).files,
		),
	);

	test.each([
		'patrushev',
		'chen wenqing',
		'moscow security',
		'wenching',
		'secutiry',
		'se',
		'c',
		'2024',
		'naryshk',
	])('finds the same for "%s" whatever the shard sizes', async (q) => {
		for (const limit of [3, Infinity])
			expect(await tiny.search({ q }, { limit })).toEqual(await whole.search({ q }, { limit }));
	});

	test.each([
		['wenching', '/officials/chen-wenqing/'],
		['secutiry', undefined],
	])('finds "%s" despite the typo', async (q, official) => {
		const response = await whole.search({ q });
		expect(response.total).toBeGreaterThan(0);
		expect(response.unmatched).toEqual([]);
		if (official) expect(urlsOf(response, 'official')).toContain(official);
	});

	test('reads only the files a search needs, and each once', async () => {
		const files = buildIndex(documents).files;
		const { read, searcher } = countingSearcher(files);
		await searcher.search({ q: 'patrushev' }, { limit: 3 });
		await searcher.search({ q: 'patrushev' }, { limit: 3 });
		expect(new Set(read).size).toBe(read.length);
		expect(read.filter((path) => path.startsWith('docs/')).length).toBeLessThanOrEqual(3 * 6);
		expect(read.length).toBeLessThan(files.size / 2);
	});

	test('after warm, searches read no file but the manifest and find the same', async () => {
		const files = buildIndex(documents).files;
		const { read, searcher } = countingSearcher(files);
		await searcher.warm();
		expect(read.filter((path) => !path.startsWith('bundles/'))).toEqual(['manifest.json']);
		for (const q of ['patrushev', 'chen wenqing', 'wenching', 'se'])
			expect(await searcher.search({ q }, { limit: 5 })).toEqual(await whole.search({ q }, { limit: 5 }));
		expect(read.filter((path) => !path.startsWith('bundles/'))).toEqual(['manifest.json']);
	});

	test('after warm with only the vocabulary bundled, searches read no vocabulary shard', async () => {
		const files = buildIndex(documents, {
			bundleAllBelow: 0,
			topsMinDocuments: Infinity,
			topsShortTerms: 0,
		}).files;
		const { read, searcher } = countingSearcher(files);
		await searcher.warm();
		await searcher.search({ q: 'patrushov' }, { limit: 3 });
		expect(read.some((path) => path.startsWith('terms/'))).toBe(false);
		expect(read.some((path) => path.startsWith('docs/'))).toBe(true);
	});

	describe('with top documents in the postings files (an index too large to bundle whole)', () => {
		const sizes = { bundleAllBelow: 0, topsMinDocuments: 1 };
		const files = buildIndex(documents, sizes).files;
		const { read, searcher } = countingSearcher(files);
		const tinyTops = createSearcher(
			memorySource(
				buildIndex(documents, { ...sizes, termsPerShard: 7, postingsFileBytes: 16, documentShardBytes: 1 })
					.files,
			),
		);

		test.each(['patrushev', 'pa', 'se', 'moscow', 'wenching', 'secutiry', 'naryshk'])(
			'a one-word search for "%s" reads no documents shard for its first five of each type',
			async (q) => {
				read.length = 0;
				expect(await searcher.search({ q }, { limit: 5 })).toEqual(await whole.search({ q }, { limit: 5 }));
				expect(read.filter((path) => path.startsWith('docs/'))).toEqual([]);
			},
		);

		test.each(['chen wenqing', 'moscow security', 'law enforcement cooperation', '2024', 'c'])(
			'finds the same for "%s", reading documents shards for what the top documents lack',
			async (q) => {
				for (const limit of [3, 5, 50])
					expect(await tinyTops.search({ q }, { limit })).toEqual(await whole.search({ q }, { limit }));
			},
		);

		test('finds the same with a filter', async () => {
			const query = { q: 'security', official: 'chen-wenqing' };
			expect(await tinyTops.search(query, { limit: 5 })).toEqual(await whole.search(query, { limit: 5 }));
		});
	});

	test('finds nothing for an official no document concerns', async () => {
		expect((await whole.search({ q: 'patrushev', official: 'nobody-at-all' })).total).toBe(0);
	});
});

describe('createSearcher: completions of a short word in a large index', () => {
	test(`keeps the most used completions until they are in ${maxCompletionDocuments} documents`, async () => {
		const party = Math.round(maxCompletionDocuments * 0.75);
		const palace = Math.round(maxCompletionDocuments * 0.375);
		const searcher = indexOf([
			...Array.from({ length: party }, (_, n) => doc({ key: `a${n}`, text: 'party' })),
			...Array.from({ length: palace }, (_, n) => doc({ key: `b${n}`, text: 'palace' })),
			doc({ key: 'c', text: 'pagoda' }),
		]);
		expect((await searcher.search({ q: 'pa' }, { limit: 1 })).total).toBe(party);
		expect((await searcher.search({ q: 'pal' }, { limit: 1 })).total).toBe(palace);
		expect((await searcher.search({ q: 'pag' }, { limit: 1 })).total).toBe(1);
	});
});

describe('createSearcher: typos in a large vocabulary', () => {
	// More terms with "s" than fuse.js should search at a keystroke, few with "se".
	const filler = Array.from({ length: maxTypoCandidates + 1 }, (_, n) => `s${n.toString(36)}x`);
	const searcher = indexOf([doc({ key: 'f', text: filler.join(' ') }), doc({ key: 'w', text: 'security' })]);

	test('looks among the terms with the word’s first two letters when its first begins too many', async () => {
		expect(urls(await searcher.search({ q: 'secutiry' }))).toEqual(['/w/']);
	});

	test('so a slip in the second letter is not found there', async () => {
		expect((await searcher.search({ q: 'sceurity' })).total).toBe(0);
	});
});
