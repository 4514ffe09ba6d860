/**
 * An article's content, before any outlet lays it out: headline, standfirst, body paragraphs
 * and subheadings, photo captions, and the headlines of other stories the page links to.
 */
import { longDate } from './calendar.ts';
import { headlineChoices, standfirst, subheading } from './headlines.ts';
import { makeName } from './names.ts';
import {
	BODY_WRITERS,
	analyst,
	lede,
	meetingDay,
	project,
	reaction,
	scene,
	sideComment,
	type Writer,
} from './paragraphs.ts';
import { fullName, type Report } from './report.ts';
import { storyAt } from './world.ts';

export interface Block {
	kind: 'paragraph' | 'subheading';
	text: string;
}

export interface ArticleContent {
	headline: string;
	standfirst: string[];
	blocks: Block[];
	/** Photo captions without their credit; the outlet adds "Photo: …" in its own way. */
	captions: string[];
	/** Headlines of other stories, for teasers and related links. */
	teasers: string[];
	/** A summary under each teaser, for pages that show one. */
	summaries: string[];
	/** One or two reporters' names. */
	reporters: string[];
	/** The city the story is reported from, for datelines. */
	dateline: string;
	/** Topic tags for the page's furniture. */
	tags: string[];
}

const MIN_WORDS = 320;
const MAX_WORDS = 980;
const wordsIn = (text: string): number => text.split(/\s+/).filter(Boolean).length;
/** Writers that can run more than once: each run names new people and places. */
const FILLERS: readonly Writer[] = [analyst, sideComment, project, scene];

/** Writes an article's content for a report, under the given headline. */
export function writeArticle(report: Report, headline: string): ArticleContent {
	const { random, story, seed } = report;
	const target = random.int(6, 15);
	const chosen = BODY_WRITERS.filter(() => random.chance(Math.min(0.95, target / BODY_WRITERS.length + 0.1)));
	const paragraphs = [lede, ...chosen].map((write) => write(report)).filter((p): p is string => p !== null);
	let words = paragraphs.reduce((sum, p) => sum + wordsIn(p), 0);
	while ((paragraphs.length < 6 || words < MIN_WORDS) && paragraphs.length < 15) {
		const extra = random.pick(FILLERS)(report)!;
		paragraphs.splice(random.int(2, paragraphs.length), 0, extra);
		words += wordsIn(extra);
	}
	while (paragraphs.length > 6 && (paragraphs.length > 15 || words > MAX_WORDS)) {
		words -= wordsIn(paragraphs.pop()!);
	}
	const blocks: Block[] = paragraphs.map((text) => ({ kind: 'paragraph', text }));
	if (blocks.length >= 7 && random.chance(0.45)) {
		blocks.splice(random.int(4, blocks.length - 2), 0, {
			kind: 'subheading',
			text: subheading(report, random),
		});
	}
	const day = meetingDay(report);
	const captions =
		day < report.published
			? [
					`${fullName(report, story.guest)} (left) and ${fullName(report, story.host)} in ${story.city} on ${longDate(day, report.american)}`,
				]
			: [`${fullName(report, story.guest)} in ${story.guest.country.capital} in an earlier picture`];
	if (random.chance(0.4))
		captions.push(
			`${fullName(report, story.guest)} has held the post since ${longDate(story.guest.appointed, report.american)}`,
		);
	const others = Array.from({ length: 3 }, () => storyAt(seed, random.int(0, story.index + 40)));
	const teasers = others.map((other) => random.pick(headlineChoices(other)));
	const summaries = others.map((other) => {
		const aside: Report = { ...report, story: other, spellings: new Map(), told: new Set() };
		return `${reaction(aside)} ${analyst(aside)}`;
	});
	const reporterStyle = random.pick(['english', 'chinese', 'slavic', 'indian', 'french'] as const);
	return {
		headline,
		standfirst: standfirst(report),
		blocks,
		captions,
		teasers,
		summaries,
		reporters: Array.from({ length: random.int(1, 2) }, () => makeName(reporterStyle, random).full),
		dateline:
			story.kind === 'attack'
				? story.attack.city
				: story.kind === 'planned-visit'
					? story.guest.country.capital
					: story.city,
		tags: [story.guest.country.name, story.host.country.name, story.topics[0]!.replace(/["“”]/g, '')],
	};
}
