import { describe, expect, test } from 'vitest';
import {
	checkCitations,
	checkLinks,
	fileFor,
	formatProblem,
	pageUrl,
	readData,
	readPage,
	readSite,
	resolveLink,
} from '../../../scripts/check-links/index.ts';

const fixture = (name: string) => `tests/fixtures/check-links/${name}`;

describe('readPage', () => {
	test('collects ids, and the names of <a name>, as anchors', () => {
		const page = readPage('<h2 id="a">A</h2><a name="b"></a><p name="c">C</p>');
		expect([...page.anchors]).toEqual(['a', 'b']);
	});

	test('collects href, src and action, quoted or not, with entities decoded', () => {
		const page = readPage(
			'<a href=/x/>x</a><img src="/y.png"><form action="/s/"></form><a href="/z/?a=1&amp;b=2">z</a>',
		);
		expect(page.links).toEqual(['/x/', '/y.png', '/s/', '/z/?a=1&b=2']);
	});

	test('collects the href and xlink:href of links inside SVG', () => {
		const page = readPage('<svg><a href="/m/"><circle r="1"/></a><a xlink:href="/n/"><rect/></a></svg>');
		expect(page.links).toEqual(['/m/', '/n/']);
	});

	test('collects each URL of a srcset, without its descriptor', () => {
		expect(readPage('<img srcset="/a.png 1x, /b.png 2x">').links).toEqual(['/a.png', '/b.png']);
	});

	test('ignores links written inside text and comments', () => {
		expect(readPage('<p>href="/no/"</p><!-- <a href="/no/"> -->').links).toEqual([]);
	});
});

describe('pageUrl', () => {
	test.each([
		['index.html', '/'],
		['articles/a/index.html', '/articles/a/'],
		['404.html', '/404.html'],
	])('serves %s at %s', (file, url) => {
		expect(pageUrl(file)).toBe(url);
	});
});

describe('resolveLink', () => {
	test.each([
		['/articles/a/', '../b/#p-3', { path: '/articles/b/', fragment: 'p-3' }],
		['/articles/a/', '#p-1', { path: '/articles/a/', fragment: 'p-1' }],
		['/', '/officials/x/?q=1', { path: '/officials/x/', fragment: null }],
		['/', '/a%20b/#caf%C3%A9', { path: '/a b/', fragment: 'café' }],
		['/', 'https://example.org/x/', { path: '/x/', fragment: null }],
	])('resolves %s + %s against the site', (page, link, target) => {
		expect(resolveLink(page, link, ['https://example.org'])).toEqual(target);
	});

	test.each([
		'https://elsewhere.example/',
		'//cdn.example/x.js',
		'mailto:desk@example.org',
		'data:,x',
		'javascript:void 0',
	])('leaves %s to other sites', (link) => {
		expect(resolveLink('/', link, ['https://example.org'])).toBeNull();
	});
});

describe('fileFor', () => {
	const files = new Set(['index.html', 'a/index.html', 'data/x.json']);

	test.each([
		['/', 'index.html'],
		['/a/', 'a/index.html'],
		['/a', 'a/index.html'],
		['/data/x.json', 'data/x.json'],
		['/b/', null],
	])('serves %s from %s', (path, file) => {
		expect(fileFor(path, files)).toBe(file);
	});
});

describe('checkLinks', () => {
	test('finds nothing wrong in a tree whose links all resolve', async () => {
		const site = await readSite(fixture('good'));
		expect(checkLinks(site, { site: ['https://example.org'] })).toEqual([]);
	});

	test('lists each link to a path with no built file, once per page, SVG links included', async () => {
		const problems = checkLinks(await readSite(fixture('broken-link')));
		expect(problems.map(formatProblem)).toEqual([
			'articles/a/index.html: /articles/b/ — no file was built at that path',
			'index.html: /articles/b/ — no file was built at that path',
			'index.html: /_astro/missing.png — no file was built at that path',
			'index.html: /officials/nobody/ — no file was built at that path',
		]);
	});

	test('lists each fragment that names no element on its target page', async () => {
		const problems = checkLinks(await readSite(fixture('missing-anchor')));
		expect(problems).toEqual([
			{ file: 'index.html', link: '/articles/a/#p-3', kind: 'missing-anchor' },
			{ file: 'index.html', link: '#nowhere', kind: 'missing-anchor' },
		]);
	});

	test('checks absolute links to the site only when told its origin', async () => {
		const site = await readSite(fixture('good'));
		const unchecked = checkLinks(site);
		const checked = checkLinks(site, { site: ['https://example.org'] });
		expect([unchecked, checked]).toEqual([[], []]);
		site.pages.get('index.html')!.links.push('https://example.org/missing/');
		expect(checkLinks(site, { site: ['https://example.org'] }).map((p) => p.link)).toEqual([
			'https://example.org/missing/',
		]);
	});
});

describe('checkCitations', () => {
	test('accepts sources, however deeply nested, whose paragraph exists on the article page', async () => {
		const site = await readSite(fixture('good'));
		const [data] = await readData(fixture('good'), ['meetings']);
		expect(checkCitations(site, data!.file, data!.records)).toEqual([]);
	});

	test('names the record and the paragraph of each source that does not resolve', async () => {
		const site = await readSite(fixture('missing-anchor'));
		const [data] = await readData(fixture('missing-anchor'), ['meetings']);
		expect(checkCitations(site, data!.file, data!.records).map(formatProblem)).toEqual([
			'data/meetings.json (m-1): /articles/a/#p-9 — the target page has no element with that id',
			'data/meetings.json (m-2): /articles/gone/#p-1 — no file was built at that path',
		]);
	});
});
