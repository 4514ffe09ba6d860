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
	/^(?:related(?: articles| stories| news| posts| content| coverage| reading| links)?|more (?:on this(?: story| topic)?|stories|from .{1,30}|like this|to read)|read (?:more|next|also)|keep reading|(?:[\p{L}]+ )?recommends|you (?:may|might) also like|recommended(?: for you| stories| reading)?|also (?:read|on .{1,30})|see also|(?:what to )?read next|further reading|editor[’']?s picks|most (?:read|popular|viewed))\s*:?$/iu;
const INLINE_TEASER =
	/^(?:read (?:more|next|also)|also read|related(?: story| article)?|see also|more|watch|listen|recommended|don[’']t miss|must read)\s*[:|–-]\s*(.{10,})$/i;
/** Below the headline, a standfirst line has at least this many words; shorter lines are labels. */
const STANDFIRST_MIN_WORDS = 4;
/** A standfirst sums the story up in a sentence or two; a longer line is the story itself. */
const STANDFIRST_MAX_WORDS = 60;
/** "Jane Doe in Moscow": a reporter's name and dateline under the headline. */
const NAME_AND_PLACE =
	/^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}(?: and \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2})? (?:in|reporting from) \p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?$/u;
const VIDEO_DURATION = /^(?:\d{1,2}:)?\d{1,2}:\d{2}$/;
/** A story's opening dateline: "BEIJING, May 22 (Xinhua) --", "MOSCOW (AP) —", "NUR-SULTAN –". */
const DATELINE = /^\p{Lu}[\p{Lu} .'’-]+(?:,|\s\(|\s[-–—])/u;
/** The furniture a page prints between its headline and its story: who wrote it, when, sharing. */
const PAGE_TOP_RULES = new Set([
	'byline',
	'empty byline',
	'date stamp',
	'relative time stamp',
	'reading time',
	'share widget',
	'subscription appeal',
	'comment prompt',
	'source line',
	'listen widget',
	'trust badge',
]);
/** The furniture rule of a line in another language or script, which under the headline is its subtitle. */
const FOREIGN_SUBTITLE = 'foreign-language line';
/** The page top's lines that only its top has, never a story's middle (as a newsletter appeal is). */
const WHO_AND_WHEN = new Set([
	'byline',
	'empty byline',
	'date stamp',
	'relative time stamp',
	'reading time',
	'source line',
	'listen widget',
]);
/** Lines that close a list of teasers: a button for more of them, the page's copyright. */
const ZONE_CLOSERS = new Set(['read more', 'copyright notice']);
/** Labels after which a page lists its topics, not other stories. */
const TOPIC_LABELS = new Set(['tag line', 'section label']);

/**
 * Separates a raw article's text into headline, standfirst, body paragraphs, subheadings,
 * captions and related-story teasers, and leaves page furniture out.
 *
 * The page is read in three zones: the top (everything before the first full sentence-long
 * paragraph), where the headline is the title-like line that best matches the story's words
 * and the lines after it are the standfirst; the body; and a related-stories zone that starts
 * at a marker such as "Related Articles". Lines after the last body paragraph are page bottom.
 * Two layouts move the zones: a sentence straight under the headline with the byline, date or
 * sharing buttons after it is the standfirst, not the story's start; and when nothing above the
 * first paragraph is a headline, the page may have been scraped with its lede first, the headline
 * and byline following it. A last line cut off mid-sentence is still the story's last paragraph.
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

	const layout = readLayout(lines, options.title);
	const { bodyStart, relatedAt, storyWords } = layout;
	const top = lines.slice(layout.topStart, bodyStart);
	const body = bodyStart === -1 ? [] : lines.slice(bodyStart, relatedAt === -1 ? undefined : relatedAt);
	const relatedZone = relatedAt === -1 ? [] : lines.slice(relatedAt + 1);
	if (relatedAt !== -1) remove(lines[relatedAt]!, 'related-stories marker');
	const headlineAt = layout.headlineAt - layout.topStart;
	result.title = options.title ?? (layout.headlineAt === -1 ? null : lines[layout.headlineAt]!.text);
	const captions = pairCaptions(lines, [layout.headlineAt, layout.lede, bodyStart]);
	/** Takes the line at `at` as a caption or a caption's text; false when it is neither. */
	const takeCaption = (at: number): boolean => {
		const caption = captions.of.get(at);
		if (caption === null) remove(lines[at]!, 'credit with no caption');
		else if (caption !== undefined) result.captions.push(caption);
		return caption !== undefined || captions.texts.has(at);
	};

	if (layout.lede !== -1) {
		// Scraped above the headline: what is above the lede is the page's navigation.
		const above = lines.slice(0, layout.lede);
		above.forEach((line, i) => {
			if (!takeCaption(i)) remove(line, line.rule ?? 'above the story (navigation)');
		});
		result.paragraphs.push({ text: lines[layout.lede]!.text });
	}
	let standfirstOpen = false;
	let pastByline = false;
	top.forEach((line, i) => {
		const underHeadline = standfirstOpen;
		standfirstOpen = false;
		// The picture, the byline and the date may come between the headline and its standfirst.
		if (takeCaption(layout.topStart + i)) standfirstOpen = underHeadline;
		else if (i === headlineAt) standfirstOpen = true;
		else if (
			line.kind === 'furniture' &&
			line.rule === FOREIGN_SUBTITLE &&
			underHeadline &&
			result.standfirst.length === 0
		) {
			// "Колокольцев получил в Пекине медаль …" under an English headline: the page's subtitle.
			result.standfirst.push(line.text);
			standfirstOpen = true;
		} else if (line.kind === 'furniture') {
			remove(line, line.rule ?? 'furniture');
			standfirstOpen = underHeadline;
			// Who wrote it and when, printed after its standfirst: the page top goes on, the standfirst does not.
			if (WHO_AND_WHEN.has(line.rule ?? '') && result.standfirst.length > 0) pastByline = true;
		} else if (result.title !== null && repeats(line.text, result.title))
			remove(line, 'the headline again (the page’s title, with the site’s name)');
		else if (i < headlineAt || headlineAt === -1)
			remove(line, 'above the headline (section label or promotion)');
		else if (line.kind === 'prose') {
			if (underHeadline && isStandfirstSentence(lines, layout.topStart + i)) {
				result.standfirst.push(line.text);
				standfirstOpen = true;
			} else result.paragraphs.push({ text: line.text });
		} else if (line.kind === 'bullet') result.standfirst.push(line.text);
		else if (NAME_AND_PLACE.test(line.text)) remove(line, 'byline');
		else if (wordCount(line.text) < STANDFIRST_MIN_WORDS || inCapitals(line.text)) {
			remove(line, 'label under the headline (byline, section or place)');
			standfirstOpen = underHeadline;
		} else if (pastByline) remove(line, 'page top after the byline (a picture’s text, a button)');
		else {
			result.standfirst.push(line.text);
			standfirstOpen = underHeadline;
		}
	});

	readBody(body, storyWords, relatedAt === -1, (i) => takeCaption(bodyStart + i), result, remove);
	readRelatedZone(relatedZone, result, remove);
	return result;
}

interface Layout {
	/** Where the page top that holds the headline begins (after a lede scraped above it). */
	topStart: number;
	/** The headline's index in the page's lines, or -1. */
	headlineAt: number;
	/** A lede paragraph scraped above the headline, or -1. */
	lede: number;
	/** Where the body begins, or -1 when no line is a full sentence. */
	bodyStart: number;
	relatedAt: number;
	storyWords: Set<string>;
}

/** Where a page's headline, body and related stories are. */
function readLayout(lines: readonly ClassifiedLine[], given: string | undefined): Layout {
	let bodyStart = nextBodyStart(lines, 0);
	// The first marker the story does not go on after: "Read More" and a few teasers inside the
	// story, with its paragraphs after them, is no end of it.
	const relatedAt = lines.findIndex(
		(l, i) => i > bodyStart && bodyStart !== -1 && RELATED_MARKER.test(l.text) && !storyGoesOn(lines, i),
	);
	const storyWords = contentWords(
		lines
			.slice(Math.max(bodyStart, 0), relatedAt === -1 ? undefined : relatedAt)
			.filter((l) => l.kind === 'prose')
			.map((l) => l.text)
			.join(' '),
	);
	const layout = { topStart: 0, headlineAt: -1, lede: -1, bodyStart, relatedAt, storyWords };
	if (bodyStart === -1) return { ...layout, headlineAt: findHeadline(lines, storyWords, given) };
	// A wire lede scraped above its headline ("ASTANA. KAZINFORM - Leaders will …" and then the
	// title-like line that matches the story): the headline is the one below the lede, over a line
	// above it that looks like a title but matches the story less (a section's name, a promotion).
	const above = findHeadline(lines.slice(0, bodyStart), storyWords, given);
	const below = given === undefined ? headlineBelowDateline(lines, bodyStart, storyWords) : -1;
	const aboutStory = (i: number) => sharedWords(lines[i]!.text, storyWords);
	if (below !== -1 && (above === -1 || aboutStory(below) > aboutStory(above))) {
		const next = nextBodyStart(lines, below + 1);
		if (next !== -1)
			return { ...layout, topStart: below, headlineAt: below, lede: bodyStart, bodyStart: next };
	}
	let headlineAt = above;
	// A standfirst sentence under the headline (maybe below its picture, byline, date and section's
	// name): the story starts after the page top.
	const underHeadline =
		headlineAt !== -1 &&
		lines
			.slice(headlineAt + 1, bodyStart)
			.every(
				(l) => l.kind === 'furniture' || l.kind === 'caption' || wordCount(l.text) < STANDFIRST_MIN_WORDS,
			);
	if (underHeadline && isStandfirstSentence(lines, bodyStart))
		bodyStart = nextBodyStart(lines, bodyStart + 1);
	if (headlineAt !== -1 || given !== undefined) return { ...layout, headlineAt, bodyStart };

	// No headline above the first paragraph: the lede may have been scraped above the page top.
	const next = nextBodyStart(lines, bodyStart + 1);
	if (next === -1) return layout;
	const block = lines.slice(bodyStart + 1, next);
	const inBlock = findHeadline(block, storyWords, undefined, 4);
	if (inBlock === -1 || !block.some(isPageTop)) return layout;
	return {
		...layout,
		topStart: bodyStart + 1,
		headlineAt: bodyStart + 1 + inBlock,
		lede: bodyStart,
		bodyStart: next,
	};
}

/** A picture's text, not a title: "Ngozi Tshikwe (R) meets Lu Zizi in Beijing. (ENA/Li Xueren)". */
const PICTURE_TEXT = /[.!?]\s+[([]|\((?:L|R|C|left|right|centre|center|front|back)\)/i;

/**
 * The headline right under a first paragraph that opens with a wire dateline, or -1: the next
 * line that is not furniture, when it is a title that matches the story's words and no picture's
 * text (the caller takes it only over a headline above that matches them less).
 */
function headlineBelowDateline(
	lines: readonly ClassifiedLine[],
	lede: number,
	storyWords: Set<string>,
): number {
	if (!DATELINE.test(lines[lede]!.text)) return -1;
	const next = lines.findIndex((l, i) => i > lede && l.kind !== 'furniture');
	if (next === -1 || lines[next]!.kind !== 'headline' || PICTURE_TEXT.test(lines[next]!.text)) return -1;
	return findHeadline([lines[next]!], storyWords, undefined, 4) === 0 ? next : -1;
}

/**
 * Whether the story goes on after the related-stories marker at `i`: past the teasers under it,
 * two full paragraphs in a row. A related zone's teasers alternate title and summary.
 */
function storyGoesOn(lines: readonly ClassifiedLine[], i: number): boolean {
	const next = nextBodyStart(lines, i + 1);
	return (
		next !== -1 &&
		next - i <= INLINE_TEASERS + 1 &&
		lines[next + 1] !== undefined &&
		startsBody(lines[next + 1]!)
	);
}
/** How many teasers a related-stories block inside a story shows at most. */
const INLINE_TEASERS = 6;

const startsBody = (line: ClassifiedLine) => line.kind === 'prose' && wordCount(line.text) >= BODY_MIN_WORDS;

function nextBodyStart(lines: readonly ClassifiedLine[], from: number): number {
	const at = lines.slice(from).findIndex(startsBody);
	return at === -1 ? -1 : from + at;
}

/** The lines a page prints between its headline and its story: byline, date, sharing, picture. */
const isPageTop = (line: ClassifiedLine) =>
	line.kind === 'caption' || (line.kind === 'furniture' && PAGE_TOP_RULES.has(line.rule ?? ''));

/**
 * Whether the prose line at `i`, directly under the headline (or under standfirst lines that are),
 * is a standfirst: a sentence or two, not opening with a dateline, with the page top (a byline,
 * a date or sharing buttons, maybe the picture) between it and the next full paragraph.
 */
function isStandfirstSentence(lines: readonly ClassifiedLine[], i: number): boolean {
	const line = lines[i];
	if (line === undefined || line.kind !== 'prose') return false;
	if (DATELINE.test(line.text) || wordCount(line.text) > STANDFIRST_MAX_WORDS) return false;
	const next = nextBodyStart(lines, i + 1);
	if (next === -1) return false;
	const between = lines.slice(i + 1, next);
	const pageFurniture = (l: ClassifiedLine) =>
		l.kind === 'furniture' || l.kind === 'caption' || wordCount(l.text) < STANDFIRST_MIN_WORDS;
	// The page top right under it (who wrote it and when), whatever the page puts after that
	// (a picture with no credit, a text-size button); a picture alone is no sign: many pages show one
	// after the first paragraph.
	const top = between.findIndex((l) => l.kind === 'furniture' && WHO_AND_WHEN.has(l.rule ?? ''));
	if (top !== -1 && between.slice(0, top).every(pageFurniture)) return true;
	// Else nothing but page furniture before the story opening below with its dateline ("BEIJING
	// (Sputnik) — …"), or the paragraph below telling again what this one sums up, as a lede does
	// its standfirst.
	return (
		between.every(pageFurniture) &&
		(DATELINE.test(lines[next]!.text) || restates(lines[next]!.text, line.text))
	);
}

/** How much of a summary's topic a lede below it tells again, at least, for it to be the summary's. */
const RESTATED = 0.5;

/**
 * Whether `lede` tells again what `summary` sums up: half or more of the summary's topic words
 * (five at least) are in it. A story's second paragraph moves on; a lede repeats its standfirst.
 */
function restates(lede: string, summary: string): boolean {
	const own = contentWords(summary);
	return own.size >= 5 && overlap(summary, contentWords(lede)) >= RESTATED;
}

/** "Xi visits Moscow | Example News" repeats "Xi visits Moscow": a page prints its title twice. */
function repeats(line: string, headline: string): boolean {
	const [a, b] = [comparisonKey(line), comparisonKey(headline)];
	return a !== '' && b !== '' && (a.includes(b) || b.includes(a));
}

/** "DAILY PLANET WITH WIRES": a line in capitals under the headline is a label, not a summary. */
const inCapitals = (text: string) => !/\p{Ll}/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text);

/** The page's captions by line: what each caption line says, and which lines are their text. */
interface Captions {
	/** A caption line's index → its caption, with the text a lone credit sits by; null for a credit with none. */
	of: Map<number, string | null>;
	/** Lines that are the text of a caption whose credit stands on a line of its own. */
	texts: Set<number>;
}

/**
 * Pairs each credit alone on its line ("Getty Images", "Photo: Reuters") with its caption's text:
 * the line after it ("Getty Images" / "Police stand guard…") or, failing that, a title-like line
 * before it ("Police stand guard…" / "Photo: Reuters"), never a line `taken` as the headline or
 * the story's first paragraph. A credit with no caption text by it is a picture's own when it
 * says so ("Photo: Akorda press service"), else a masthead or a label ("Reuters" over the page's menu).
 */
const PHOTO_CREDIT = /^(?:photo|image|picture|video)s?\b/i;

function pairCaptions(lines: readonly ClassifiedLine[], taken: readonly number[]): Captions {
	const of = new Map<number, string | null>();
	const texts = new Set<number>();
	const free = (i: number) => !taken.includes(i) && !texts.has(i) && !of.has(i);
	lines.forEach((line, i) => {
		if (line.kind !== 'caption') return;
		if (!isCreditOnly(line.text)) return void of.set(i, line.text);
		const next = lines[i + 1];
		const previous = lines[i - 1];
		if (
			next &&
			free(i + 1) &&
			(next.kind === 'headline' || (next.kind === 'prose' && wordCount(next.text) < 40))
		) {
			of.set(i, `${next.text} (${line.text})`);
			texts.add(i + 1);
		} else if (previous && free(i - 1) && previous.kind === 'headline' && !line.afterBlank) {
			of.set(i, `${previous.text} ${line.text}`);
			texts.add(i - 1);
		}
		// "Photo: Akorda press service" between the headline and the story: a picture with a credit only.
		else of.set(i, PHOTO_CREDIT.test(line.text) ? line.text : null);
	});
	return { of, texts };
}

/**
 * The index in `top` of the headline, or -1: the first title-like line about the story (sharing
 * two or more of its words, and a third of its own), else the one most about it; else, when the
 * top holds one title-like line only, that line. A section name shares a word with the story by
 * chance ("Russia"), never two. An outlet's tagline may ("Independent news from Russia"), but a
 * site menu follows it; a headline is never followed by one. A title-like line straight under
 * another one about the story is its standfirst, never a rival headline.
 */
function findHeadline(
	top: readonly ClassifiedLine[],
	storyWords: Set<string>,
	given: string | undefined,
	fewestWords = 1,
): number {
	if (given !== undefined) return top.findIndex((l) => comparisonKey(l.text) === comparisonKey(given));
	const titleLike = (l: ClassifiedLine) =>
		l.kind === 'headline' || (l.kind === 'prose' && /[?!][”’"']?$/.test(l.text));
	for (const minWords of [4, fewestWords]) {
		const candidates = top.flatMap((l, i) =>
			titleLike(l) && wordCount(l.text) >= minWords && sharedWords(l.text, storyWords) >= 2 ? [i] : [],
		);
		if (candidates.length === 0) continue;
		const onTopic = candidates.filter((i) => overlap(top[i]!.text, storyWords) >= 0.3);
		const heads = onTopic.filter((i) => !onTopic.includes(i - 1) && !beforeMenu(top, i));
		if (heads.length > 0) return heads[0]!;
		return maxBy(candidates, (i) => overlap(top[i]!.text, storyWords));
	}
	const titles = top.flatMap((l, i) => (titleLike(l) && wordCount(l.text) >= fewestWords ? [i] : []));
	return titles.length === 1 ? titles[0]! : -1;
}

/** Whether a site menu follows line `i`: three short labels in a row, furniture aside. */
function beforeMenu(top: readonly ClassifiedLine[], i: number): boolean {
	const next = top.slice(i + 1).filter((l) => l.kind !== 'furniture');
	return next.length >= 3 && next.slice(0, 3).every((l) => l.kind === 'headline' && wordCount(l.text) <= 3);
}

/** The first of `items` with the highest score. */
function maxBy<T>(items: readonly T[], score: (item: T) => number): T {
	const scores = items.map(score);
	return items[scores.indexOf(Math.max(...scores))]!;
}

function sharedWords(text: string, storyWords: Set<string>): number {
	return [...contentWords(text)].filter((word) => storyWords.has(word)).length;
}

/**
 * Reads the body: paragraphs, subheadings, captions and teasers between them, up to the last
 * paragraph. `endsPage` says the body runs to the end of the capture, so that a last line cut off
 * mid-sentence is still the story's last paragraph; `takeCaption` takes a line that is a caption
 * or a caption's text.
 */
function readBody(
	body: readonly ClassifiedLine[],
	storyWords: Set<string>,
	endsPage: boolean,
	takeCaption: (i: number) => boolean,
	result: CleanArticle,
	remove: (line: ClassifiedLine, reason: string) => void,
): void {
	const cutOff = endsPage && body.length > 0 && isCutOff(body.at(-1)!);
	const lastProse = cutOff ? body.length - 1 : body.findLastIndex((l) => l.kind === 'prose');
	const seen = new Set<string>();
	/** Inside a related-stories block the story goes on after: its lines are teasers. */
	let teasers = false;
	body.forEach((line, i) => {
		const key = comparisonKey(line.text);
		if (takeCaption(i)) return;
		if (RELATED_MARKER.test(line.text) || (line.kind === 'furniture' && line.rule === 'read more')) {
			teasers = i < lastProse;
			return remove(line, 'related-stories marker');
		}
		if (startsBody(line)) teasers = false;
		else if (teasers && line.kind !== 'furniture')
			return void result.related.push({ title: line.text, text: '' });
		if (i > lastProse)
			return remove(line, line.kind === 'furniture' ? (line.rule ?? 'furniture') : 'after the story');
		if (line.kind === 'furniture') return remove(line, line.rule ?? 'furniture');
		if (continuesAppeal(body, i, storyWords)) return remove(line, 'subscription appeal');
		if (seen.has(key)) return remove(line, 'repeated line');
		seen.add(key);
		if (cutOff && i === lastProse) return void result.paragraphs.push({ text: line.text });
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

/** A capture cut off mid-sentence: a long last line that stops on a word, with no full stop. */
function isCutOff(line: ClassifiedLine): boolean {
	return (
		(line.kind === 'headline' || line.kind === 'fragment') &&
		wordCount(line.text) >= BODY_MIN_WORDS &&
		/\p{Ll}$/u.test(line.text)
	);
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
 * After a label such as "Tags" or "Topics" the page lists topics, not stories, until the next
 * marker; a "Show more" button or the copyright line after the teasers ends the zone.
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
	let teasers = 0;
	let topics = false;
	let closed = false;
	for (const line of zone) {
		const previous: { title: string; text: string } | null = current;
		current = null;
		if (closed) remove(line, 'after the related stories');
		else if (RELATED_MARKER.test(line.text)) {
			topics = false;
			remove(line, 'related-stories marker');
		} else if (line.kind === 'furniture') {
			remove(line, line.rule ?? 'furniture');
			topics ||= TOPIC_LABELS.has(line.rule ?? '');
			closed = teasers > 0 && ZONE_CLOSERS.has(line.rule ?? '');
		} else if (topics) remove(line, 'topic list');
		else if (line.kind === 'caption') result.captions.push(line.text);
		else if ((counts.get(comparisonKey(line.text)) ?? 0) > 1)
			remove(line, 'label repeated over related stories');
		else if (line.kind === 'headline' && wordCount(line.text) >= 4) {
			current = { title: line.text, text: '' };
			result.related.push(current);
			teasers++;
		} else if (previous && (line.kind === 'prose' || line.kind === 'fragment')) {
			previous.text = previous.text ? `${previous.text} ${line.text}` : line.text;
			current = previous;
		} else remove(line, 'related-stories zone');
	}
}
