import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';

export interface Options {
	/** Class on each self-link (default: `'paragraph-link'`). */
	className?: string | undefined;
	/** Visible text of each self-link (default: `'¶'`). */
	content?: string | undefined;
	/**
	 * Accessible name of the self-link for paragraph number `n`
	 * (default: `(n) => 'Link to paragraph ' + n`).
	 */
	label?: ((n: number) => string) | undefined;
}

const emptyOptions: Options = {};
const paragraphId = /^p-(\d+)$/;

/**
 * Append a visible self-link to every element whose id is a paragraph anchor
 * (`p-1`, `p-2`, …), so readers can copy a link to one paragraph.
 *
 * @param options Configuration (optional).
 * @returns Transform.
 *
 * @example
 *   In:  <p id="p-3">Text.</p><h2 id="p-4">Sub</h2>
 *   Out: <p id="p-3">Text.&nbsp;<a class="paragraph-link" href="#p-3" aria-label="Link to paragraph 3">¶</a></p>
 *        <h2 id="p-4">Sub&nbsp;<a class="paragraph-link" href="#p-4" aria-label="Link to paragraph 4">¶</a></h2>
 */
export function rehypeParagraphLinks(options?: Options | null) {
	const settings = options || emptyOptions;
	const className = settings.className ?? 'paragraph-link';
	const content = settings.content ?? '¶';
	const label = settings.label ?? ((n: number) => 'Link to paragraph ' + n);

	return function (tree: Root) {
		visit(tree, 'element', function (node: Element, index, parent) {
			if (!parent || typeof index !== 'number') return;
			const id = node.properties['id'];
			const match = typeof id === 'string' ? paragraphId.exec(id) : null;
			if (!match) return;
			const link: ElementContent = h(
				'a',
				{ className: [className], href: '#' + id, ariaLabel: label(Number(match[1])) },
				content,
			);
			// A no-break space keeps the mark apart from the text, yet never alone on a line.
			node.children.push({ type: 'text', value: '\u00A0' }, link);
			// Paragraph anchors never nest, and the link just added needs no visit.
			return SKIP;
		});
	};
}
