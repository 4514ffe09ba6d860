import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../../src/lib/search/build-index.ts';
import { searchDocuments } from '../../../src/lib/search/documents.ts';
import { createSearcher, maxQueryLength } from '../../../src/lib/search/query.ts';
import type { SearchQuery, SearchResponse } from '../../../src/lib/search/types.ts';
import { doc, generatedRecords } from './generated.ts';

const fixture = createSearcher(
	buildIndex([
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
	]),
);

const urls = (response: SearchResponse) =>
	response.groups.flatMap((group) => group.results.map((r) => r.url));
const urlsOf = (response: SearchResponse, type: string) =>
	response.groups.find((group) => group.type === type)?.results.map((r) => r.url) ?? [];
const search = (query: string | SearchQuery, limit?: number) =>
	fixture.search(typeof query === 'string' ? { q: query } : query, limit === undefined ? {} : { limit });

describe('createSearcher: matching words', () => {
	test('finds a word exactly, whatever its case and accents', () => {
		expect(urlsOf(search('PATRUSHEV'), 'official')).toEqual(['/o1/']);
		expect(urlsOf(search('Patrushév'), 'official')).toEqual(['/o1/']);
	});

	test('finds the beginning of a word, as it is being typed', () => {
		expect(urlsOf(search('patru'), 'official')).toEqual(['/o1/']);
		expect(urlsOf(search('nary'), 'official')).toEqual(['/o2/']);
	});

	test.each([
		['patrushov', '/o1/'],
		['narishkin', '/o2/'],
		['Wenquing', '/o3/'],
	])('finds "%s" despite the typo', (q, url) => {
		expect(urlsOf(search(q), 'official')[0]).toBe(url);
	});

	test('ranks a word itself above a longer word it begins', () => {
		expect(urlsOf(search('moscow'), 'paragraph')).toEqual([
			'/articles/a/#p-1',
			'/articles/a/#p-3',
			'/articles/a/#p-2',
		]);
	});

	test('ranks a title match above text matches, and more mentions above fewer', () => {
		const response = search('moscow');
		expect(urlsOf(response, 'article')).toEqual(['/articles/a/']);
		expect(urlsOf(response, 'meeting')).toEqual(['/m1/', '/m3/']);
		expect(urlsOf(response, 'paragraph')[0]).toBe('/articles/a/#p-1');
	});

	test('needs every word to match: "chen moscow" finds what has both', () => {
		const response = search('chen moscow');
		expect(urls(response)).toEqual(['/m1/', '/m3/']);
		expect(urls(search('patrushev petersburg'))).toEqual(['/m2/']);
	});

	test('finds nothing, and names the word, when one word matches nothing', () => {
		const response = search('patrushev zzzzzz');
		expect(response.total).toBe(0);
		expect(response.unmatched).toEqual(['zzzzzz']);
	});
});

describe('createSearcher: groups, counts and filters', () => {
	test('groups results by kind in a fixed order, each with its count, at most `limit` shown', () => {
		const response = search('patrushev', 1);
		expect(response.groups.map((g) => [g.type, g.label, g.count, g.results.length])).toEqual([
			['official', 'Officials', 1, 1],
			['meeting', 'Meetings', 2, 1],
			['paragraph', 'Paragraphs', 3, 1],
		]);
		expect(response.total).toBe(6);
	});

	test('filters by kind, still counting every kind for the type control', () => {
		const response = search({ q: 'patrushev', type: 'meeting' });
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

	test('filters by official and by year, a part taking its parent’s years', () => {
		expect(urls(search({ q: 'chen', official: 'sergei-naryshkin' }))).toEqual(['/m3/']);
		expect(urls(search({ q: 'meet', year: 2024 }))).toEqual(['/m2/']);
		expect(urlsOf(search({ q: 'patrushev', year: 2023 }), 'paragraph')).toHaveLength(3);
		expect(search({ q: 'patrushev', year: 2025 }).total).toBe(0);
	});

	test('lists everything a filter allows when no words are given', () => {
		expect(urls(search({ q: '', type: 'meeting', official: 'nikolai-patrushev' }))).toEqual(['/m1/', '/m2/']);
	});
});

describe('createSearcher: results', () => {
	test('marks the matched words in the title and the snippet', () => {
		const [result] = search({ q: 'patrushov moscow', type: 'meeting' }).groups[0]!.results;
		const marked = (h: { text: string; marks: Array<[number, number]> }) =>
			h.marks.map(([s, e]) => h.text.slice(s, e));
		expect(marked(result!.title)).toEqual(['Patrushev']);
		expect(marked(result!.snippet)).toEqual(['Patrushev', 'Moscow']);
	});

	test('gives a paragraph its story’s title as context and its meta line after its own', () => {
		const [result] = search({ q: 'visited', type: 'paragraph' }).groups[0]!.results;
		expect(result).toMatchObject({
			title: { text: '', marks: [] },
			context: 'China and Russia hold security talks in Moscow',
			meta: 'Paragraph 3',
			url: '/articles/a/#p-3',
		});
	});

	test('returns markup in the text as plain text, never as elements', () => {
		const [result] = search({ q: 'script patrushev', type: 'paragraph' }).groups[0]!.results;
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
	])('does not throw on %s', (_, q) => {
		const started = performance.now();
		expect(() => search(q)).not.toThrow();
		expect(performance.now() - started).toBeLessThan(1000);
	});

	test('finds nothing for an empty query or one with no words', () => {
		for (const q of ['', '  ', '🤝', '!?']) expect(search(q)).toMatchObject({ total: 0, groups: [] });
	});

	test('reads only the first characters of a very long query', () => {
		const q = 'patrushev ' + 'x'.repeat(maxQueryLength);
		expect(search(q).unmatched).toEqual(['x'.repeat(maxQueryLength - 'patrushev '.length)]);
	});
});

describe('createSearcher on the generated data', () => {
	const records = generatedRecords();
	const searcher = createSearcher(JSON.parse(JSON.stringify(buildIndex(searchDocuments(records)))));
	const officialsFound = (q: string) => urlsOf(searcher.search({ q }), 'official');

	test.each([
		['patrushov', '/officials/nikolai-patrushev/'],
		['Patrushov', '/officials/nikolai-patrushev/'],
		['narishkin', '/officials/sergei-naryshkin/'],
		['Narishkin', '/officials/sergei-naryshkin/'],
		['Sergey Naryshkin', '/officials/sergei-naryshkin/'],
		['shoigu', '/officials/sergei-shoigu/'],
		['chen wenqing', '/officials/chen-wenqing/'],
	])('"%s" finds %s first among officials', (q, url) => {
		expect(officialsFound(q)[0]).toBe(url);
	});

	test('a name lists that official’s meetings', () => {
		const theirs = records.meetings.filter((m) => m.participants.includes('nikolai-patrushev'));
		const found = urlsOf(searcher.search({ q: 'Patrushev' }), 'meeting');
		expect(theirs.length).toBeGreaterThan(0);
		for (const meeting of theirs) expect(found).toContain(meeting.url);
	});

	test('a typo finds the official and no one else', () => {
		expect(officialsFound('patrushov')).toEqual(['/officials/nikolai-patrushev/']);
		expect(officialsFound('narishkin')).toEqual(['/officials/sergei-naryshkin/']);
	});

	test('filters by kind, official and year together', () => {
		const response = searcher.search({ q: 'meet', type: 'meeting', official: 'chen-wenqing', year: 2024 });
		const expected = records.meetings.filter(
			(m) =>
				m.participants.includes('chen-wenqing') && m.earliest <= '2024-12-31' && m.latest >= '2024-01-01',
		);
		expect(expected.length).toBeGreaterThan(0);
		expect(urls(response).sort()).toEqual(expected.map((m) => m.url).sort());
	});

	test('links a paragraph to its anchor on the article page', () => {
		const paragraphs = urlsOf(searcher.search({ q: 'patrushev' }), 'paragraph');
		expect(paragraphs.length).toBeGreaterThan(0);
		for (const url of paragraphs) expect(url).toMatch(/^\/articles\/[a-z0-9-]+\/#p-[1-9]\d*$/);
	});
});
