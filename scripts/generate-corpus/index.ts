/**
 * Generates a corpus of synthetic raw news articles, one after another: article n depends only
 * on the seed and articles 0 to n - 1, so the corpus of N + 1 articles is the corpus of N plus
 * one. Each article:
 *
 * 1. story     a new story, or another report of a recent one (same meeting, other numbers)
 * 2. report    the outlet, the day it is published, the spellings it uses
 * 3. headline  the outlet's wording, moved on until its permalink is unused that day
 * 4. content   paragraphs, subheadings, captions, teasers (article.ts)
 * 5. page      the outlet's layout and furniture (outlets.ts), and the YAML sidecar
 *
 * About one article in fourteen is instead a near-duplicate capture: a shorter or differently
 * furnished copy of a recent article, by its own outlet or republished by an aggregator.
 */
import { slugify } from '../pipeline/ids.ts';
import { isoDate } from './calendar.ts';
import { writeArticle, type ArticleContent } from './article.ts';
import { headline, headlineChoices } from './headlines.ts';
import { OUTLETS, renderPage, monthNumber, type Outlet } from './outlets.ts';
import { meetingDay } from './paragraphs.ts';
import { Random } from './random.ts';
import type { Report } from './report.ts';
import { renderSidecar } from './sidecar.ts';
import { storyAt, type Story } from './world.ts';

export interface GeneratedArticle {
	/** The file name without its extension: "00017_3fa9c1d2e4b5a6f7". */
	name: string;
	/** The .txt file's content. */
	text: string;
	/** The .yaml sidecar's content. */
	sidecar: string;
}

/** Share of articles that are near-duplicate captures of an earlier one. */
const DUPLICATE_SHARE = 0.07;
/** A story gets at most this many reports. */
const REPORTS_PER_STORY = 6;

const OUTLET_WEIGHTS: readonly (readonly [Outlet, number])[] = OUTLETS.map((o) => [
	o,
	{
		harbour: 3,
		aggregator: 1,
		wordpress: 1,
		broadsheet: 2,
		broadcaster: 2,
		wire: 3,
		agency: 2,
		plain: 1,
		review: 1,
	}[o.style],
]);

interface Original {
	name: string;
	outlet: Outlet;
	published: number;
	content: ArticleContent;
}

/** The articles of the corpus made from `seed`, endlessly, in order. */
export function* generateArticles(seed: number): Generator<GeneratedArticle> {
	const usedIds = new Set<string>();
	const originals: Original[] = [];
	const stories: { story: Story; reports: number }[] = [];
	for (let n = 0; ; n++) {
		const random = Random.for(seed, 'article', n);
		const name = fileName(seed, n);
		if (originals.length >= 10 && random.chance(DUPLICATE_SHARE)) {
			yield nearDuplicate(name, random.pick(originals.slice(-60)), random, usedIds);
			continue;
		}
		const recent = stories.slice(-25).filter((s) => s.reports < REPORTS_PER_STORY);
		const entry =
			recent.length > 0 && random.chance(0.5)
				? random.pick(recent)
				: stories[stories.push({ story: storyAt(seed, stories.length), reports: 0 }) - 1]!;
		entry.reports++;
		const outlet = random.weighted(OUTLET_WEIGHTS);
		const report: Report = {
			seed,
			story: entry.story,
			published: publicationDay(entry.story, random),
			random,
			american: outlet.american,
			spellings: new Map(),
			told: new Set(),
		};
		const first = random.int(0, headlineChoices(entry.story).length - 1);
		let title = headline(report, first, 0);
		for (let attempt = 1; usedIds.has(articleId(report.published, title)); attempt++)
			title = headline(report, first, attempt);
		usedIds.add(articleId(report.published, title));
		const content = writeArticle(report, title);
		originals.push({ name, outlet, published: report.published, content });
		const nameless = outlet.style === 'wordpress' && random.chance(0.02);
		yield {
			name,
			text: renderPage(
				outlet,
				content,
				report.published,
				{ blocks: content.blocks.length, alternate: false },
				random,
			),
			sidecar: renderSidecar({
				comment: nameless ? 'A WordPress news site; the scrape names none.' : undefined,
				published: isoDate(report.published),
				outlet: nameless ? null : outlet.name,
				url: random.chance(0.7) ? pageAddress(outlet, report.published, title, n) : undefined,
			}),
		};
	}
}

/** The first `count` articles of the corpus made from `seed`. */
export function generateCorpus(seed: number, count: number): GeneratedArticle[] {
	const articles: GeneratedArticle[] = [];
	if (count <= 0) return articles;
	for (const article of generateArticles(seed)) {
		articles.push(article);
		if (articles.length === count) break;
	}
	return articles;
}

/** "00017_3fa9c1d2e4b5a6f7": the article's number, then 16 hex digits as a scraper names its captures. */
function fileName(seed: number, n: number): string {
	const random = Random.for(seed, 'file', n);
	const hex = () => random.int(0, 0xffff).toString(16).padStart(4, '0');
	return `${String(n).padStart(5, '0')}_${hex()}${hex()}${hex()}${hex()}`;
}

/** The permalink the pipeline will give an article: its date and headline. */
const articleId = (published: number, title: string): string => `${isoDate(published)}-${slugify(title)}`;

/** When a report of the story is published: after the meeting or attack, before a planned visit. */
function publicationDay(story: Story, random: Random): number {
	if (story.kind === 'planned-visit') return story.day + random.int(1, 2);
	if (story.kind === 'attack') return story.day + random.int(2, 5);
	const report = { story } as Report;
	return meetingDay(report) + (random.chance(0.15) ? random.int(7, 20) : random.int(1, 4));
}

/** A shorter or differently furnished capture of an earlier article. */
function nearDuplicate(
	name: string,
	original: Original,
	random: Random,
	usedIds: Set<string>,
): GeneratedArticle {
	const total = original.content.blocks.length;
	const blocks = Math.max(4, Math.min(total, Math.round(total * (0.55 + random.float() * 0.35))));
	const republished = original.outlet.style !== 'aggregator' && random.chance(0.4);
	const outlet = republished ? OUTLETS.find((o) => o.style === 'aggregator')! : original.outlet;
	let published = original.published + (republished && random.chance(0.5) ? 1 : 0);
	if (published !== original.published && usedIds.has(articleId(published, original.content.headline)))
		published = original.published;
	if (published !== original.published) usedIds.add(articleId(published, original.content.headline));
	return {
		name,
		text: renderPage(outlet, original.content, published, { blocks, alternate: true }, random),
		sidecar: renderSidecar({
			published: isoDate(published),
			outlet: outlet.name,
			republishes: republished ? original.outlet.name : undefined,
			dateBasis: `A ${blocks < total ? 'shorter ' : ''}capture of the same story as ${original.name}.txt.`,
		}),
	};
}

/** A page address in the outlet's pattern. */
function pageAddress(outlet: Outlet, published: number, title: string, n: number): string {
	const slug = slugify(title, 80);
	const date = isoDate(published);
	return outlet.style === 'harbour'
		? `https://${outlet.domain}/news/article/${3_000_000 + n * 7}/${slug}`
		: `https://${outlet.domain}/${date.slice(0, 4)}/${monthNumber(published)}/${date.slice(8)}/${slug}/`;
}
