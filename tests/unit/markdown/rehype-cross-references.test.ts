import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { articleHast } from '../../../src/markdown/article-hast.ts';
import { rehypeCrossReferences, type Options } from '../../../src/markdown/rehype-cross-references.ts';

const TEXT = 'Chen met Patrushev on Tuesday. At least 137 people were killed.';
const render = (options: Options, text = TEXT) =>
	toHtml(
		unified()
			.use(rehypeCrossReferences, options)
			.runSync(articleHast([{ id: 'p-1', text }])) as Root,
	);
const meeting = { kind: 'meeting', href: '/meetings/m/', title: 'Chen and Patrushev meet' } as const;
const figure = { kind: 'figure', href: '/figures/#group-killed', title: 'people killed: 137' } as const;

describe('rehypeCrossReferences', () => {
	test('links each name to its official’s page', () => {
		expect(
			render({
				names: [
					{ paragraph: 'p-1', start: 0, end: 4, href: '/officials/chen-wenqing/' },
					{ paragraph: 'p-1', start: 9, end: 18, href: '/officials/nikolai-patrushev/' },
				],
			}),
		).toBe(
			'<p id="p-1"><a class="official" href="/officials/chen-wenqing/">Chen</a> met <a class="official" href="/officials/nikolai-patrushev/">Patrushev</a> on Tuesday. At least 137 people were killed.</p>',
		);
	});

	test('marks a cited passage and links it to the record that cites it', () => {
		expect(
			render({ citations: [{ paragraph: 'p-1', quote: 'Chen met Patrushev on Tuesday.', by: meeting }] }),
		).toBe(
			'<p id="p-1"><span class="cited">Chen met Patrushev on Tuesday.</span><span class="cited-refs"> <a class="cited-by cited-by-meeting" href="/meetings/m/" aria-label="Meeting: Chen and Patrushev meet" title="Chen and Patrushev meet">meeting</a></span> At least 137 people were killed.</p>',
		);
	});

	test('merges overlapping passages into one mark with every record’s link, names inside', () => {
		const html = render({
			citations: [
				{ paragraph: 'p-1', quote: 'Chen met Patrushev on Tuesday.', by: meeting },
				{ paragraph: 'p-1', quote: 'Patrushev on Tuesday. At least 137 people were killed.', by: figure },
			],
			names: [{ paragraph: 'p-1', start: 0, end: 4, href: '/officials/chen-wenqing/' }],
		});
		expect(html.match(/class="cited"/g)).toHaveLength(1);
		expect(html).toContain(
			'<span class="cited"><a class="official" href="/officials/chen-wenqing/">Chen</a> met Patrushev on Tuesday. At least 137 people were killed.</span>',
		);
		expect(html).toContain('href="/meetings/m/"');
		expect(html).toContain('href="/figures/#group-killed"');
	});

	test('ignores a quote that is not in the paragraph and references to other paragraphs', () => {
		const html = render({
			citations: [
				{ paragraph: 'p-1', quote: 'not there', by: meeting },
				{ paragraph: 'p-2', quote: 'Chen', by: meeting },
			],
		});
		expect(html).toBe(`<p id="p-1">${TEXT}</p>`);
	});

	test('keeps markup in the text as text', () => {
		const html = render(
			{ names: [{ paragraph: 'p-1', start: 0, end: 4, href: '/officials/x/' }] },
			'Chen <script>alert(1)</script>',
		);
		expect(html).toBe(
			'<p id="p-1"><a class="official" href="/officials/x/">Chen</a> &#x3C;script>alert(1)&#x3C;/script></p>',
		);
	});
});
