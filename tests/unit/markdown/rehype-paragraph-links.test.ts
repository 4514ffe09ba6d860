import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { rehypeParagraphLinks, type Options } from '../../../src/markdown/rehype-paragraph-links.ts';

function run(tree: Root, options?: Options): string {
	return toHtml(unified().use(rehypeParagraphLinks, options).runSync(tree) as Root);
}

describe('rehypeParagraphLinks', () => {
	test.each([
		[
			'appends a self-link to a paragraph',
			h(null, [h('p', { id: 'p-3' }, 'Text.')]),
			'<p id="p-3">Text.\u00A0<a class="paragraph-link" href="#p-3" aria-label="Link to paragraph 3">¶</a></p>',
		],
		[
			'appends a self-link to a subheading',
			h(null, [h('h2', { id: 'p-12' }, 'Sub')]),
			'<h2 id="p-12">Sub\u00A0<a class="paragraph-link" href="#p-12" aria-label="Link to paragraph 12">¶</a></h2>',
		],
		[
			'leaves elements without a paragraph id alone',
			h(null, [h('p', 'No id'), h('p', { id: 'intro' }, 'Other id'), h('p', { id: 'p-x' }, 'Not a number')]),
			'<p>No id</p><p id="intro">Other id</p><p id="p-x">Not a number</p>',
		],
	])('%s', (_name, tree, expected) => {
		expect(run(tree)).toBe(expected);
	});

	test('uses the class, content and label it is given', () => {
		const tree = h(null, [h('p', { id: 'p-1' }, 'One')]);
		const options: Options = { className: 'anchor', content: '#', label: (n) => `Paragraph ${n}` };
		expect(run(tree, options)).toBe(
			'<p id="p-1">One\u00A0<a class="anchor" href="#p-1" aria-label="Paragraph 1">#</a></p>',
		);
	});

	test('treats null options as the defaults', () => {
		const tree = h(null, [h('p', { id: 'p-1' }, 'One')]);
		expect(run(tree, null as unknown as Options)).toBe(run(h(null, [h('p', { id: 'p-1' }, 'One')])));
	});
});
