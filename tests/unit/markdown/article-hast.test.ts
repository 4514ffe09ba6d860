import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { articleHast } from '../../../src/markdown/article-hast.ts';

describe('articleHast', () => {
	test('turns body paragraphs into p and subheadings into h2, keeping their ids', () => {
		const tree = articleHast([
			{ id: 'p-1', text: 'First.' },
			{ id: 'p-2', text: 'Sub', kind: 'heading' },
			{ id: 'p-3', text: 'Third.' },
		]);
		expect(toHtml(tree)).toBe('<p id="p-1">First.</p><h2 id="p-2">Sub</h2><p id="p-3">Third.</p>');
	});

	test('keeps markup in the text as a single text node', () => {
		const tree = articleHast([{ id: 'p-1', text: 'a <b>b</b>' }]);
		expect(tree.children[0]).toMatchObject({
			type: 'element',
			tagName: 'p',
			children: [{ type: 'text', value: 'a <b>b</b>' }],
		});
	});
});
