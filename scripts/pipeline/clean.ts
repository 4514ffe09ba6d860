import { classifyLine, isCreditOnly, type ClassifiedLine } from './classify.ts';
import { splitLines } from './lines.ts';
import { comparisonKey } from './normalise.ts';
import { unwrapLines } from './unwrap.ts';
import { contentWords, overlap, wordCount } from './words.ts';

/** An article's parts, separated from each other and from the page around them. */
export interface CleanArticle {
	/** The headline, or null when no line looks like one. */
	title: string | null;
	standfirst: string[];
	/** Body paragraphs and subheadings in reading order. */
	paragraphs: { text: string; kind?: 'heading' }[];
	captions: string[];
	related: { title: string; text: string }[];
	/** Every line left out of the story, with the reason, so nothing disappears unexplained. */
	removed: { text: string; reason: string }[];
}

export interface CleanOptions {
	/** A headline given by the article's metadata; the text's own guess is used otherwise. */
	title?: string | undefined;
}

/** A sentence-like line this long starts the body; anything shorter may still be page top. */
const BODY_MIN_WORDS = 12;
/** Subheadings are short; a longer title-like line between paragraphs is another story's teaser. */
const HEADING_MAX_WORDS = 8;
const RELATED_MARKER =
	/^(?:related(?: articles| stories| news| content| coverage| reading| links)?|more (?:on this(?: story| topic)?|stories|from .{1,30}|like this|to read)|read (?:more|next|also)|you (?:may|might) also like|recommended(?: for you| stories| reading)?|also (?:read|on .{1,30})|see also|what to read next|further reading|most (?:read|popular|viewed))\s*:?$/i;
const INLINE_TEASER =
	/^(?:read (?:more|next|also)|also read|related(?: story| article)?|see also|more|watch|listen|recommended|don[’']t miss|must read)\s*[:|–-]\s*(.{10,})$/i;
/** Below the headline, a standfirst line has at least this many words; shorter lines are labels. */
const STANDFIRST_MIN_WORDS = 4;
/** "Jane Doe in Moscow": a reporter's name and dateline under the headline. */
const NAME_AND_PLACE =
	/^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}(?: and \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2})? (?:in|reporting from) \p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?$/u;
const VIDEO_DURATION = /^(?:\d{1,2}:)?\d{1,2}:\d{2}$/;

/**
 * Separates a raw article's text into headline, standfirst, body paragraphs, subheadings,
 * captions and related-story teasers, and leaves page furniture out.
 *
 * The page is read in three zones: the top (everything before the first full sentence-long
 * paragraph), where the headline is the title-like line that best matches the story's words
 * and the lines after it are the standfirst; the body; and a related-stories zone that starts
 * at a marker such as "Related Articles". Lines after the last body paragraph are page bottom.
 */
export function cleanArticle(text: string, options: CleanOptions = {}): CleanArticle {
	const lines = unwrapLines(splitLines(text)).map((line) => classifyLine(line.text, line.afterBlank));
	const result: CleanArticle = {
		title: null,
		standfirst: [],
		paragraphs: [],
		captions: [],
		related: [],
		removed: [],
	};
	const remove = (line: ClassifiedLine, reason: string) => result.removed.push({ text: line.text, reason });

	const bodyStart = lines.findIndex((l) => l.kind === 'prose' && wordCount(l.text) >= BODY_MIN_WORDS);
	const top = bodyStart === -1 ? lines : lines.slice(0, bodyStart);
	const relatedAt = lines.findIndex(
		(l, i) => i > bodyStart && bodyStart !== -1 && RELATED_MARKER.test(l.text),
	);
	const body = bodyStart === -1 ? [] : lines.slice(bodyStart, relatedAt === -1 ? undefined : relatedAt);
	const relatedZone = relatedAt === -1 ? [] : lines.slice(relatedAt + 1);
	if (relatedAt !== -1) remove(lines[relatedAt]!, 'related-stories marker');

	const storyWords = contentWords(
		body
			.filter((l) => l.kind === 'prose')
			.map((l) => l.text)
			.join(' '),
	);
	const headlineAt = findHeadline(top, storyWords, options.title);
	result.title = options.title ?? (headlineAt === -1 ? null : top[headlineAt]!.text);

	top.forEach((line, i) => {
		if (line.kind === 'caption') result.captions.push(captionWithText(top, i));
		else if (isCaptionText(top, i)) return;
		else if (i === headlineAt) return;
		else if (line.kind === 'furniture') remove(line, line.rule ?? 'furniture');
		else if (i < headlineAt || headlineAt === -1)
			remove(line, 'above the headline (section label or promotion)');
		else if (line.kind === 'prose') result.paragraphs.push({ text: line.text });
		else if (line.kind === 'bullet') result.standfirst.push(line.text);
		else if (NAME_AND_PLACE.test(line.text)) remove(line, 'byline');
		else if (wordCount(line.text) < STANDFIRST_MIN_WORDS)
			remove(line, 'label under the headline (byline, section or place)');
		else result.standfirst.push(line.text);
	});

	readBody(body, storyWords, result, remove);
	readRelatedZone(relatedZone, result, remove);
	return result;
}

/**
 * Some outlets print the credit on a line of its own ("Getty Images") with the caption on the
 * next line, title-like; such a pair is one caption.
 */
function captionWithText(lines: readonly ClassifiedLine[], i: number): string {
	return isCaptionText(lines, i + 1) ? `${lines[i + 1]!.text} (${lines[i]!.text})` : lines[i]!.text;
}

function isCaptionText(lines: readonly ClassifiedLine[], i: number): boolean {
	const credit = lines[i - 1];
	const line = lines[i];
	return (
		credit !== undefined &&
		line !== undefined &&
		credit.kind === 'caption' &&
		isCreditOnly(credit.text) &&
		(line.kind === 'headline' || (line.kind === 'prose' && wordCount(line.text) < 40))
	);
}

/** The index in `top` of the headline, or -1. */
function findHeadline(
	top: readonly ClassifiedLine[],
	storyWords: Set<string>,
	given: string | undefined,
): number {
	if (given !== undefined) return top.findIndex((l) => comparisonKey(l.text) === comparisonKey(given));
	const titleLike = (l: ClassifiedLine) =>
		l.kind === 'headline' || (l.kind === 'prose' && /[?!][”’"']?$/.test(l.text));
	for (const minWords of [4, 1]) {
		const candidates = top.flatMap((l, i) => (titleLike(l) && wordCount(l.text) >= minWords ? [i] : []));
		if (candidates.length === 0) continue;
		// The first title-like line that is about the story; failing that, the one most about it.
		const scores = candidates.map((i) => overlap(top[i]!.text, storyWords));
		const onTopic = scores.findIndex((score) => score >= 0.3);
		return candidates[onTopic !== -1 ? onTopic : scores.indexOf(Math.max(...scores))]!;
	}
	return -1;
}

function readBody(
	body: readonly ClassifiedLine[],
	storyWords: Set<string>,
	result: CleanArticle,
	remove: (line: ClassifiedLine, reason: string) => void,
): void {
	const lastProse = body.findLastIndex((l) => l.kind === 'prose');
	const seen = new Set<string>();
	body.forEach((line, i) => {
		const key = comparisonKey(line.text);
		if (line.kind === 'caption') return void result.captions.push(captionWithText(body, i));
		if (isCaptionText(body, i)) return;
		if (i > lastProse)
			return remove(line, line.kind === 'furniture' ? (line.rule ?? 'furniture') : 'after the story');
		if (line.kind === 'furniture') return remove(line, line.rule ?? 'furniture');
		if (continuesAppeal(body, i, storyWords)) return remove(line, 'subscription appeal');
		if (seen.has(key)) return remove(line, 'repeated line');
		seen.add(key);
		const inline = INLINE_TEASER.exec(line.text);
		if (inline) return void result.related.push({ title: inline[1]!, text: '' });
		if (line.kind === 'headline' || isQuestionHeading(line.text)) {
			if (isTeaser(body, i, storyWords)) result.related.push({ title: line.text, text: '' });
			else result.paragraphs.push({ text: line.text, kind: 'heading' });
			return;
		}
		if (line.kind === 'fragment' && wordCount(line.text) < 4) return remove(line, 'fragment');
		result.paragraphs.push({ text: line.text });
	});
}

/**
 * A subscription or newsletter appeal often runs on over a line of its own blurb: a title-like
 * line straight after an appeal (no blank line between) that is not about the story.
 */
function continuesAppeal(body: readonly ClassifiedLine[], i: number, storyWords: Set<string>): boolean {
	const line = body[i]!;
	return (
		body[i - 1]?.rule === 'subscription appeal' &&
		!line.afterBlank &&
		(line.kind === 'headline' || line.kind === 'fragment') &&
		overlap(line.text, storyWords) < 0.5
	);
}

/** "What is on the agenda?": a short question on its own line, not a quotation, heads a section. */
function isQuestionHeading(text: string): boolean {
	return /\?$/.test(text) && wordCount(text) <= HEADING_MAX_WORDS && !/[“”"‘]/.test(text);
}

/**
 * A title-like line between paragraphs is a subheading of this story, or the headline of
 * another story the page links to. Teasers are repeated (a video's title shown twice), follow a
 * video's running time, run longer than subheadings do, or (with four words or more) share no
 * words with what follows or with the story.
 */
function isTeaser(body: readonly ClassifiedLine[], i: number, storyWords: Set<string>): boolean {
	const line = body[i]!;
	const key = comparisonKey(line.text);
	if (body.some((other, j) => j !== i && comparisonKey(other.text) === key)) return true;
	if (i > 0 && VIDEO_DURATION.test(body[i - 1]!.text)) return true;
	if (wordCount(line.text) > HEADING_MAX_WORDS) return true;
	// "Background", "What next": too short to be another story's headline.
	if (wordCount(line.text) < 4) return false;
	const next = body.slice(i + 1).find((l) => l.kind === 'prose');
	const aboutNext = next ? overlap(line.text, contentWords(next.text)) : 0;
	return aboutNext === 0 && overlap(line.text, storyWords) < 0.5;
}

/**
 * Reads the related-stories zone into teasers: a title-like line followed by its summary.
 * Lines that recur in the zone (the outlet's name over every teaser) are labels, not titles.
 */
function readRelatedZone(
	zone: readonly ClassifiedLine[],
	result: CleanArticle,
	remove: (line: ClassifiedLine, reason: string) => void,
): void {
	const counts = new Map<string, number>();
	for (const line of zone)
		counts.set(comparisonKey(line.text), (counts.get(comparisonKey(line.text)) ?? 0) + 1);
	let current: { title: string; text: string } | null = null;
	for (const line of zone) {
		if (line.kind === 'furniture') remove(line, line.rule ?? 'furniture');
		else if (line.kind === 'caption') result.captions.push(line.text);
		else if ((counts.get(comparisonKey(line.text)) ?? 0) > 1)
			remove(line, 'label repeated over related stories');
		else if (line.kind === 'headline' && wordCount(line.text) >= 4) {
			current = { title: line.text, text: '' };
			result.related.push(current);
		} else if (current && (line.kind === 'prose' || line.kind === 'fragment')) {
			current.text = current.text ? `${current.text} ${line.text}` : line.text;
		} else remove(line, 'related-stories zone');
	}
}
