import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import type { Paragraph } from '../schemas/article.ts';

/**
 * Turn an article's paragraphs into a hast tree, one element per paragraph.
 *
 * Article text is data, never markup: each paragraph's text becomes a single
 * hast text node, so `<script>` in the text is rendered as those characters.
 *
 * @param paragraphs Paragraphs in reading order.
 * @returns A root holding `<p id="p-N">` for body paragraphs and
 *   `<h2 id="p-N">` for subheadings.
 *
 * @example
 *   articleHast([{ id: 'p-1', text: 'Hi <b>' }, { id: 'p-2', text: 'More', kind: 'heading' }])
 *   // root → <p id="p-1">Hi &#x3C;b></p><h2 id="p-2">More</h2>
 */
export function articleHast(paragraphs: readonly Paragraph[]): Root {
	return { type: 'root', children: paragraphs.map(paragraphElement) };
}

function paragraphElement(paragraph: Paragraph): Element {
	const tagName = paragraph.kind === 'heading' ? 'h2' : 'p';
	// A text child passed as a plain object (not a string) is never parsed as markup.
	return h(tagName, { id: paragraph.id }, [{ type: 'text', value: paragraph.text }]);
}
