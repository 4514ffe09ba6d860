import type { CleanArticle } from './clean.ts';
import { FUNCTION_WORDS } from './words.ts';

/** A headline made for a page that prints none, and what it was made from. */
export interface DerivedHeadline {
	title: string;
	/** Said in the build's warning: "its standfirst", "the first sentence of its story", "its page address". */
	from: string;
}

/** A made headline stops at about this many words, at a clause or a word boundary. */
const MAX_WORDS = 14;
/** A clause this long is a headline of its own; a shorter first clause is cut with what follows. */
const MIN_CLAUSE_WORDS = 5;
/** "BEIJING, July 27. /TASS/.", "MOSCOW, March 22 (Reuters) -", "BEIJING (AP) —", "NEW DELHI --" */
const DATELINE =
	/^\p{Lu}[\p{Lu} .'’-]*\p{Lu}(?:,\s*\p{L}+\.?\s+\d{1,2})?\.?(?:\s*\/\p{L}+\/\.?)?(?:\s*\([^()]{1,30}\))?\s*(?:--|[-–—:.])?\s+/u;
/** ", a member of the Politburo,": an aside about someone just named. */
const APPOSITIVE = /, (?:a|an|the|who|which|whose) [^,]{1,160},/g;
/** ", the agency reported.": who says so, at the end of the sentence. */
const ATTRIBUTION = /,? (?:[^,]{0,60} )?(?:said|says|reported|reports|announced|according to [^,]{1,60})\.?$/;
/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATION =
	/(?:(?:^|[\s.])\p{L}|(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Maj|Capt|Prof|Sen|Rep|Gov|Jr|No|Inc|Corp|Co|Ltd|vs|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec))\.$/u;

/**
 * A headline for an article whose page has no headline line: its standfirst, else the first
 * sentence of its story (without its dateline, asides and attribution, shortened at a clause or a
 * word boundary), else the words of its page address. Null when there is none of these.
 *
 * @example deriveHeadline({ standfirst: [], paragraphs: [{ text: 'MOSCOW, May 2 (Reuters) - Li met Lavrov on Friday, officials said.' }] })
 *   // → { title: 'Li met Lavrov on Friday', from: 'the first sentence of its story' }
 */
export function deriveHeadline(
	clean: Pick<CleanArticle, 'standfirst' | 'paragraphs'>,
	url?: string | null,
): DerivedHeadline | null {
	const standfirst = clean.standfirst[0];
	if (standfirst !== undefined) return { title: shorten(standfirst), from: 'its standfirst' };
	const first = clean.paragraphs.find((p) => p.kind === undefined);
	if (first !== undefined) {
		const title = shorten(storyClause(firstSentence(first.text)));
		if (title !== '') return { title, from: 'the first sentence of its story' };
	}
	const slug = url ? slugWords(url) : null;
	return slug ? { title: slug, from: 'its page address' } : null;
}

/** The first sentence of a paragraph: up to the first full stop that is not an abbreviation's. */
export function firstSentence(paragraph: string): string {
	const text = stripDateline(paragraph);
	for (const match of text.matchAll(/[.!?][”’"')]*(?=\s+[“‘"'(]?[\p{Lu}\p{N}])/gu)) {
		const end = match.index + match[0].length;
		if (!ABBREVIATION.test(text.slice(0, match.index + 1))) return text.slice(0, end);
	}
	return text;
}

function stripDateline(text: string): string {
	const dateline = DATELINE.exec(text);
	// Capitals alone ("US President …") are the sentence's own words, not a dateline.
	return dateline && /[,/(\-–—]/.test(dateline[0]) ? text.slice(dateline[0].length) : text;
}

/** The sentence without asides about the people it names or who reported it. */
function storyClause(sentence: string): string {
	return sentence.replace(APPOSITIVE, '').replace(ATTRIBUTION, '').trim();
}

/** At most MAX_WORDS words: the first clause when it is long enough, else cut at a word. */
export function shorten(text: string): string {
	const bare = text.replace(/[.;:,]+$/, '').trim();
	const tokens = bare.split(/\s+/).filter(Boolean);
	if (tokens.length <= MAX_WORDS) return capitalise(bare);
	const head = tokens.slice(0, MAX_WORDS);
	const clauseEnd = head.findLastIndex((t, i) => i >= MIN_CLAUSE_WORDS - 1 && /[,;:–—]$/.test(t));
	let cut = clauseEnd !== -1 ? head.slice(0, clauseEnd + 1) : head;
	while (
		cut.length > 1 &&
		FUNCTION_WORDS.has(
			cut
				.at(-1)!
				.toLowerCase()
				.replace(/[,;:–—]$/, ''),
		)
	)
		cut = cut.slice(0, -1);
	return capitalise(`${cut.join(' ').replace(/[,;:–—]$/, '')}…`);
}

/** "china-defence-minister-moscow-trip-180403134512345.html" → "China defence minister moscow trip". */
export function slugWords(url: string): string | null {
	let path: string;
	try {
		path = new URL(url).pathname;
	} catch {
		return null;
	}
	const segment = path.split('/').filter(Boolean).at(-1) ?? '';
	const words = segment
		.replace(/\.\w{2,5}$/, '')
		.split(/[-_+]/)
		.filter((w) => /^\p{L}+$/u.test(w));
	return words.length >= 3 ? capitalise(words.join(' ')) : null;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
