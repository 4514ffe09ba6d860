import type { TypeRange } from './index-format.ts';
import type { SearchType } from './types.ts';

/** One term a query word matched: how well, and its postings list as `encodePostings` wrote it. */
export interface MatchedPostings {
	quality: number;
	postings: Uint8Array;
}

/** What ranking found: counts per type of every document found, and the best few of each type shown. */
export interface Ranked {
	counts: Record<SearchType, number>;
	/** Per type asked for, the ids of its best `limit` documents, best first, ties in id order. */
	best: Map<SearchType, number[]>;
	/** The positions of the words that matched no document. */
	unmatched: number[];
}

/** What to rank: the words' matched postings (none for a search by filters alone), and which documents count. */
export interface RankRequest {
	words: MatchedPostings[][];
	ranges: readonly TypeRange[];
	/** Whether a document passes the official and year filters; undefined when there are none. */
	passes?: ((doc: number) => boolean) | undefined;
	/** Show only this type (every type is still counted). */
	only?: SearchType | undefined;
	limit: number;
}

const titleWeight = 3;

/**
 * How much a term weighs in a document: three when it is in the title, plus 1 + ln(count) when it
 * is in the text. A word's score in a document is its match quality times this; the index's top
 * documents (`topDocuments` in build-index.ts) are chosen by it too.
 */
export const termWeight = (inTitle: number, inText: number): number =>
	(inTitle > 0 ? titleWeight : 0) + (inText > 0 ? 1 + Math.log(inText) : 0);

/**
 * Make a ranker over `documents` ids. A document is found when every word matched one of its terms;
 * it scores the sum, over words, of its best term: the match quality times its weight — three for the
 * title, 1 + ln(count) for the text. Only the best `limit` of each type are sorted, so a word found in
 * most of a large corpus costs a pass over its postings, not a sort of them. Scratch arrays are kept
 * between calls, so a search allocates little; a call runs to its end without awaiting.
 */
export function ranker(documents: number): (request: RankRequest) => Ranked {
	const best = new Float64Array(documents);
	const sum = new Float64Array(documents);
	const matched = new Uint8Array(documents);
	const kinds = new Uint8Array(documents);
	const noKind = 0xff;

	/** Score one word's postings into `best`; returns the documents it touched. */
	function scoreWord(lists: readonly MatchedPostings[]): number[] {
		const touched: number[] = [];
		for (const { quality, postings } of lists) {
			const end = postings.length;
			let at = 0;
			let doc = 0;
			while (at < end) {
				// Varints inline, the one-byte case first: this loop runs once per posting of every matched term.
				let head = postings[at++]!;
				if (head >= 0x80) {
					head &= 0x7f;
					for (let scale = 0x80; at < end; scale *= 0x80) {
						const byte = postings[at++]!;
						head += (byte & 0x7f) * scale;
						if (byte < 0x80) break;
					}
				}
				doc += head >>> 1; // ids and gaps stay far below 2^31
				// The commonest entry, once in the text and not in the title, weighs 1 + ln(1) = 1.
				let score = quality;
				if ((head & 1) === 1) {
					let inTitle = 0;
					let inText = 0;
					for (let scale = 1; at < end; scale *= 0x80) {
						const byte = postings[at++]!;
						inTitle += (byte & 0x7f) * scale;
						if (byte < 0x80) break;
					}
					for (let scale = 1; at < end; scale *= 0x80) {
						const byte = postings[at++]!;
						inText += (byte & 0x7f) * scale;
						if (byte < 0x80) break;
					}
					score = quality * termWeight(inTitle, inText);
				}
				if (doc >= documents) continue;
				if (best[doc] === 0) touched.push(doc);
				if (score > best[doc]!) best[doc] = score;
			}
		}
		return touched;
	}

	return ({ words, ranges, passes, only, limit }) => {
		const unmatched: number[] = [];
		let found: number[];
		let first: number[] = [];
		if (words.length === 0) found = Array.from({ length: documents }, (_, i) => i);
		else {
			found = [];
			words.forEach((lists, n) => {
				const touched = scoreWord(lists);
				if (touched.length === 0) unmatched.push(n);
				for (const doc of touched) {
					if (matched[doc] === n) {
						sum[doc] = sum[doc]! + best[doc]!;
						matched[doc] = n + 1;
					}
					best[doc] = 0;
				}
				if (n === 0) first = touched;
				// After the first word, only documents that matched every word so far stay.
				found = n === 0 ? touched : found.filter((doc) => matched[doc] === n + 1);
			});
		}

		// Each document's type, by position in `ranges`, read from the ranges once per call.
		kinds.fill(noKind);
		ranges.forEach((range, kind) => kinds.fill(kind, range.from, range.from + range.count));
		const counted = new Int32Array(ranges.length);
		const wanted = ranges.map((range) => only === undefined || only === range.type);
		const tops: number[][] = ranges.map(() => []);
		const all = limit > 256;
		for (let i = 0; i < found.length; i++) {
			const doc = found[i]!;
			const kind = kinds[doc]!;
			if (kind === noKind || (passes && !passes(doc))) continue;
			counted[kind]!++;
			if (!wanted[kind]) continue;
			const top = tops[kind]!;
			if (all) {
				top.push(doc);
				continue;
			}
			const score = sum[doc]!;
			if (top.length === limit) {
				const last = top[limit - 1]!;
				if (score < sum[last]! || (score === sum[last] && doc > last)) continue;
			}
			let low = 0;
			let high = top.length;
			while (low < high) {
				const mid = (low + high) >>> 1;
				const other = top[mid]!;
				if (sum[other]! > score || (sum[other] === score && other < doc)) low = mid + 1;
				else high = mid;
			}
			top.splice(low, 0, doc);
			if (top.length > limit) top.pop();
		}
		const counts = { official: 0, meeting: 0, event: 0, figure: 0, article: 0, paragraph: 0 };
		const shown = new Map<SearchType, number[]>();
		ranges.forEach((range, kind) => {
			counts[range.type] = counted[kind]!;
			const top = tops[kind]!;
			if (all) top.sort((a, b) => sum[b]! - sum[a]! || a - b).splice(limit);
			if (counted[kind]! > 0 && wanted[kind]) shown.set(range.type, top);
		});

		// Every document with a score matched the first word: clear the scratch space through that list.
		for (const doc of first) {
			sum[doc] = 0;
			matched[doc] = 0;
		}
		return { counts, best: shown, unmatched };
	};
}
