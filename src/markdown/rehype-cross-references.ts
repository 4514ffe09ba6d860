import type { Element, ElementContent, Root, Text } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';

/** A record a passage is cited by. */
export interface CitedBy {
	/** What the record is: shown as the link's text ("meeting"). */
	kind: 'meeting' | 'event' | 'figure';
	/** The record's page. */
	href: string;
	/** The record's title, for the link's accessible name. */
	title: string;
}

/** A passage of a paragraph that a record cites: the quote is found in the paragraph's text. */
export interface Citation {
	paragraph: string;
	quote: string;
	by: CitedBy;
}

/** An official named in a paragraph: characters `start` to `end` of its text. */
export interface NameLink {
	paragraph: string;
	start: number;
	end: number;
	href: string;
}

export interface Options {
	/** Passages to mark, each linking to the records that cite it (default: none). */
	citations?: readonly Citation[] | undefined;
	/** Names to link to the officials' pages (default: none). */
	names?: readonly NameLink[] | undefined;
}

const emptyOptions: Options = {};
const paragraphId = /^p-\d+$/;

interface Range {
	start: number;
	end: number;
	by: CitedBy[];
}

/**
 * Links article text to the records read from it: every name of an official becomes a link to
 * their page, and every passage a meeting, event or figure cites is marked, followed by links
 * to those records. Overlapping cited passages are marked as one. Text stays text nodes.
 *
 * @example
 *   With the names "Chen" (characters 0–4) and "Patrushev" (9–18), and the whole paragraph cited by
 *   the meeting "Chen Wenqing and Nikolai Patrushev meet":
 *   In:  <p id="p-2">Chen met Patrushev on Tuesday.</p>
 *   Out: <p id="p-2"><span class="cited"><a class="official" href="/officials/chen-wenqing/">Chen</a> met
 *        <a class="official" href="/officials/nikolai-patrushev/">Patrushev</a> on Tuesday.</span><span
 *        class="cited-refs"> <a class="cited-by cited-by-meeting"
 *        href="/meetings/2024-04-23-chen-wenqing-nikolai-patrushev/"
 *        aria-label="Meeting: Chen Wenqing and Nikolai Patrushev meet"
 *        title="Chen Wenqing and Nikolai Patrushev meet">meeting</a></span></p>
 */
export function rehypeCrossReferences(options?: Options | null) {
	const settings = options || emptyOptions;
	const citations = settings.citations ?? [];
	const names = settings.names ?? [];

	return function (tree: Root) {
		visit(tree, 'element', function (node: Element, index, parent) {
			if (!parent || typeof index !== 'number') return;
			const id = node.properties['id'];
			if (typeof id !== 'string' || !paragraphId.test(id)) return;
			if (!node.children.every((child) => child.type === 'text')) return SKIP;
			const text = node.children.map((child) => (child as Text).value).join('');
			const ranges = citedRanges(
				text,
				citations.filter((c) => c.paragraph === id),
			);
			const links = names
				.filter((n) => n.paragraph === id && n.end <= text.length)
				.filter(
					(n) =>
						!ranges.some((r) => n.start < r.end && n.end > r.start && (n.start < r.start || n.end > r.end)),
				);
			node.children = segment(text, ranges, links);
			return SKIP;
		});
	};
}

/** The cited passages of one paragraph, overlapping ones merged, in text order. */
function citedRanges(text: string, citations: readonly Citation[]): Range[] {
	const found = citations
		.map((c) => ({ start: text.indexOf(c.quote), end: text.indexOf(c.quote) + c.quote.length, by: [c.by] }))
		.filter((r) => r.start !== -1)
		.sort((a, b) => a.start - b.start);
	const merged: Range[] = [];
	for (const range of found) {
		const last = merged.at(-1);
		if (last && range.start < last.end) {
			last.end = Math.max(last.end, range.end);
			for (const by of range.by) if (!last.by.some((b) => b.href === by.href)) last.by.push(by);
		} else merged.push({ ...range, by: [...range.by] });
	}
	return merged;
}

function segment(text: string, ranges: readonly Range[], links: readonly NameLink[]): ElementContent[] {
	const withNames = (start: number, end: number): ElementContent[] => {
		const out: ElementContent[] = [];
		let cursor = start;
		for (const link of links
			.filter((l) => l.start >= start && l.end <= end)
			.sort((a, b) => a.start - b.start)) {
			if (link.start < cursor) continue;
			if (link.start > cursor) out.push({ type: 'text', value: text.slice(cursor, link.start) });
			out.push(
				h('a', { className: ['official'], href: link.href }, [
					{ type: 'text', value: text.slice(link.start, link.end) },
				]),
			);
			cursor = link.end;
		}
		if (cursor < end) out.push({ type: 'text', value: text.slice(cursor, end) });
		return out;
	};
	const children: ElementContent[] = [];
	let cursor = 0;
	for (const range of ranges) {
		children.push(...withNames(cursor, range.start));
		children.push(h('span', { className: ['cited'] }, withNames(range.start, range.end)));
		const refs = range.by.flatMap((by) => [
			{ type: 'text' as const, value: ' ' },
			h(
				'a',
				{
					className: ['cited-by', `cited-by-${by.kind}`],
					href: by.href,
					ariaLabel: `${capitalise(by.kind)}: ${by.title}`,
					title: by.title,
				},
				[{ type: 'text', value: by.kind }],
			),
		]);
		children.push(h('span', { className: ['cited-refs'] }, refs));
		cursor = range.end;
	}
	children.push(...withNames(cursor, text.length));
	return children;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
