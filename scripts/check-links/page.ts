import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** What the link checker needs from one built page. */
export interface Page {
	/** Every fragment the page can be scrolled to: element ids, and the names of `<a name>`. */
	anchors: Set<string>;
	/** Every URL the page refers to, as written, in document order. */
	links: string[];
}

/**
 * The hast properties that hold a URL. `xLinkHref` is SVG's `xlink:href`; SVG 2's plain `href`
 * parses to `href` like HTML's, so the timeline's and network's `<a href>` are read with the rest.
 */
const URL_PROPERTIES = ['href', 'src', 'xLinkHref', 'action', 'poster'] as const;

/**
 * Reads a built HTML page with a spec-compliant parser (parse5, through hast-util-from-html), so
 * attributes are found as a browser finds them: unquoted, entity-encoded, inside SVG or not.
 *
 * @param html The page's source.
 * @returns Its anchors and its links.
 * @example readPage('<h2 id="a">A</h2><a href="/b/#c">b</a>') // { anchors: {'a'}, links: ['/b/#c'] }
 */
export function readPage(html: string): Page {
	const tree: Root = fromHtml(html);
	const anchors = new Set<string>();
	const links: string[] = [];
	visit(tree, 'element', (node: Element) => {
		const { id, name } = node.properties;
		if (typeof id === 'string' && id !== '') anchors.add(id);
		if (node.tagName === 'a' && typeof name === 'string' && name !== '') anchors.add(name);
		for (const property of URL_PROPERTIES) {
			const value = node.properties[property];
			if (typeof value === 'string') links.push(value);
		}
		// srcset is "url descriptor, url descriptor"; hast keeps it as one string or a list.
		const srcSet = node.properties['srcSet'];
		const candidates = Array.isArray(srcSet)
			? srcSet.map(String)
			: typeof srcSet === 'string'
				? srcSet.split(',')
				: [];
		for (const candidate of candidates) {
			const url = candidate.trim().split(/\s+/)[0];
			if (url) links.push(url);
		}
	});
	return { anchors, links };
}
