/**
 * Outlets and how their pages look once scraped: where the headline sits, how bylines and
 * date stamps read, what page furniture (menus, share buttons, newsletter appeals, listen
 * widgets, copyright lines) surrounds the story, how captions are credited and where links to
 * other stories go. The styles follow the seeds and tests/fixtures/outlets/: a Hong Kong
 * broadsheet's site, a news aggregator, a WordPress news site, a British broadsheet, a public
 * broadcaster, a wire service, a state news agency, hard-wrapped plain text and a business review.
 */
import { MONTHS, dayOfMonth, isoStamp, longDate, monthName, stampWithClock, yearOf } from './calendar.ts';
import type { ArticleContent } from './article.ts';
import type { Random } from './random.ts';

export type OutletStyle =
	| 'harbour'
	| 'aggregator'
	| 'wordpress'
	| 'broadsheet'
	| 'broadcaster'
	| 'wire'
	| 'agency'
	| 'plain'
	| 'review';

export interface Outlet {
	name: string;
	style: OutletStyle;
	/** The site's host name, for page addresses. */
	domain: string;
	/** The short name used in bylines, datelines and credits ("Meridian"). */
	short: string;
	american: boolean;
}

export const OUTLETS: readonly Outlet[] = [
	{
		name: 'Harbour Morning Post',
		style: 'harbour',
		domain: 'www.harbourpost.example',
		short: 'HMP',
		american: false,
	},
	{ name: 'NewsLoop', style: 'aggregator', domain: 'newsloop.example', short: 'NewsLoop', american: false },
	{
		name: 'The Steppe Observer',
		style: 'wordpress',
		domain: 'steppeobserver.example',
		short: 'Observer',
		american: false,
	},
	{
		name: 'Eurasia Insight Daily',
		style: 'wordpress',
		domain: 'eurasiainsight.example',
		short: 'Insight',
		american: true,
	},
	{
		name: 'The Northern Chronicle',
		style: 'broadsheet',
		domain: 'www.northernchronicle.example',
		short: 'Chronicle',
		american: false,
	},
	{
		name: 'Continental Broadcasting',
		style: 'broadcaster',
		domain: 'www.cbn.example',
		short: 'CBN',
		american: false,
	},
	{
		name: 'Meridian Wire',
		style: 'wire',
		domain: 'www.meridianwire.example',
		short: 'Meridian',
		american: true,
	},
	{
		name: 'Eastern News Agency',
		style: 'agency',
		domain: 'english.ena.example',
		short: 'ENA',
		american: true,
	},
	{
		name: 'Global Newswire Digest',
		style: 'plain',
		domain: 'digest.example',
		short: 'Digest',
		american: true,
	},
	{
		name: 'Pacific Business Review',
		style: 'review',
		domain: 'asia.pbr.example',
		short: 'PBR',
		american: true,
	},
];

/** How much of the outlet's furniture a capture shows: a short capture has less text and other furniture. */
export interface Capture {
	/** How many of the content's blocks the page shows. */
	blocks: number;
	/** A capture of the page made another time, or of its mobile version. */
	alternate: boolean;
}

const CREDITS = [
	'Reuters',
	'AFP',
	'AP',
	'EPA-EFE',
	'Xinhua',
	'Getty Images',
	'Handout',
	'Kyodo',
	'Tass',
	'Sputnik',
];

/** "3 hours ago", "an hour ago", "Yesterday". */
const relativeStamp = (random: Random): string =>
	random.pick([
		'an hour ago',
		'2 hours ago',
		'3 hours ago',
		'5 hours ago',
		'9 hours ago',
		'Yesterday',
		'1 day ago',
	]);

const paragraphs = (content: ArticleContent, capture: Capture) => content.blocks.slice(0, capture.blocks);

/** A wire-style dateline: "BEIJING, June 3 (Meridian) - ". */
const dateline = (content: ArticleContent, published: number, agency: string, dash: string): string =>
	`${content.dateline.toUpperCase()}, ${monthName(published)} ${dayOfMonth(published)} (${agency}) ${dash} `;

/** Wraps prose at a width, as plain-text feeds do. */
function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		if (line && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/** Lays an article out as the outlet's page would be scraped; returns the file's text. */
export function renderPage(
	outlet: Outlet,
	content: ArticleContent,
	published: number,
	capture: Capture,
	random: Random,
): string {
	const render = RENDERERS[outlet.style];
	return `${render(outlet, content, published, capture, random)
		.join('\n')
		.replace(/\n{3,}/g, '\n\n\n')}\n`;
}

type Renderer = (
	outlet: Outlet,
	content: ArticleContent,
	published: number,
	capture: Capture,
	random: Random,
) => string[];

const harbour: Renderer = (outlet, content, _published, capture, random) => {
	const lines: string[] = [];
	const body = paragraphs(content, capture);
	if (capture.alternate) {
		lines.push('Advertisement', content.headline, ...content.standfirst.map((s) => `- ${s}`));
		lines.push(
			`Reading Time:${Math.max(1, Math.round(body.length / 4))} minutes`,
			`Why you can trust ${outlet.short}`,
			String(random.int(1, 40)),
			'',
		);
		for (const [i, block] of body.entries()) {
			lines.push(block.text);
			if (i === 2 || (i > 3 && random.chance(0.2))) lines.push('Advertisement');
		}
		lines.push(
			'Advertisement',
			'Select Voice',
			'Choose your listening speed',
			'Get through articles 2x faster',
			'1.25x',
			'250 WPM',
			'Slow',
			'Average',
			'Fast',
			'1.25x',
		);
		return lines;
	}
	lines.push(
		'Advertisement',
		'Advertisement',
		random.pick(['China-Russia relations', 'Diplomacy', 'Politics', 'China', 'World', 'Asia']),
	);
	if (random.chance(0.6))
		lines.push(
			`Get more with my${outlet.short}`,
			'A personalised news feed of stories that matter to you',
			'Learn more',
		);
	if (random.chance(0.7)) lines.push(`${content.captions[0]}. Photo: ${random.pick(CREDITS)}`);
	lines.push('', content.headline, '');
	for (const s of content.standfirst) lines.push(`  • ${s}`);
	const videoAt = random.chance(0.4) ? random.int(3, Math.max(3, body.length - 2)) : -1;
	const teaserAt = random.int(3, Math.max(3, body.length - 1));
	for (const [i, block] of body.entries()) {
		if (i === teaserAt) lines.push(content.teasers[0]!, '');
		if (i === videoAt)
			lines.push(
				`0${random.int(1, 5)}:${String(random.int(10, 59))}`,
				'',
				content.teasers[1]!,
				'',
				content.teasers[1]!,
			);
		lines.push(block.text, '');
		if (i === 4 && content.captions[1])
			lines.push(`${content.captions[1]}. Photo: ${random.pick(CREDITS)}`, '');
	}
	lines.push(String(random.int(2, 60)));
	return lines;
};

const aggregator: Renderer = (outlet, content, _published, capture, random) => {
	const lines = ['', content.headline];
	if (random.chance(0.5)) lines.push(content.standfirst[0]!);
	for (const block of paragraphs(content, capture)) lines.push(block.text);
	lines.push(
		'Hashtags',
		'',
		'Try Our AI Features',
		`Explore what ${outlet.name} AI can do for you:`,
		'Comments',
		'No comments yet...',
		'Related Articles',
		'',
	);
	const source = random.pick(OUTLETS.filter((o) => o.style !== 'aggregator')).name;
	for (const [i, teaser] of content.teasers.entries()) {
		lines.push('', source, relativeStamp(random), `- ${source}`, teaser, content.summaries[i]!);
	}
	return lines;
};

const wordpress: Renderer = (outlet, content, published, capture, random) => {
	const lines = [
		random.pick(['DIPLOMACY', 'SECURITY', 'WORLD', 'ASIA', 'POLITICS']),
		'',
		content.headline,
		'',
	];
	lines.push(
		...(random.chance(0.5)
			? ['Published', '', 'on', '']
			: [`Published on ${longDate(published, outlet.american)}`, '', `By ${content.reporters[0]}`, '']),
	);
	for (const block of paragraphs(content, capture)) lines.push(block.text, '');
	if (random.chance(0.5)) lines.push(`Read more: ${content.teasers[0]}`, '');
	lines.push(random.pick(['MOST READ', 'Trending', 'Latest']), '', 'Exit mobile version');
	return lines;
};

const broadsheet: Renderer = (_outlet, content, published, capture, random) => {
	const lines = [content.tags[1]!, content.headline];
	if (content.standfirst[0]) lines.push(content.standfirst[0]);
	lines.push(
		`${content.reporters[0]} in ${content.dateline}`,
		stampWithClock(published, random.int(300, 1380), random.pick(['BST', 'GMT', 'CET'])),
		'Share',
	);
	const body = paragraphs(content, capture);
	const appealAt = random.int(2, Math.max(2, body.length - 2));
	for (const [i, block] of body.entries()) {
		if (i === appealAt && !capture.alternate) {
			lines.push(
				`Sign up to ${random.pick(['Global Dispatch', 'World Briefing', 'First Edition', 'Asia Watch'])}, our free newsletter`,
				'Get a different world view with a roundup of the best news, features and pictures, curated by our global development team',
				'Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.',
				'after newsletter promotion',
			);
		}
		lines.push(block.text);
	}
	lines.push('Explore more on these topics', ...content.tags, 'Share', 'Reuse this content');
	return lines;
};

const broadcaster: Renderer = (outlet, content, published, capture, random) => {
	const lines = ['Skip to content', 'Home', 'News', content.headline, relativeStamp(random), 'Share', 'Save'];
	lines.push(
		content.reporters[0]!,
		content.dateline.includes(' ') ? `${outlet.short} News` : `${outlet.short} News, ${content.dateline}`,
	);
	if (!capture.alternate) lines.push(random.pick(['Getty Images', 'EPA', 'Reuters']), content.captions[0]!);
	const body = paragraphs(content, capture);
	for (const [i, block] of body.entries()) {
		if (i === 3 && random.chance(0.5)) lines.push('What is on the agenda?', '');
		lines.push(block.text, '');
		if (i === 5 && content.captions[1]) lines.push('EPA', content.captions[1], '');
	}
	lines.push('Related topics', ...content.tags.slice(0, 2), 'More on this story');
	for (const teaser of content.teasers.slice(0, 2)) {
		lines.push(
			teaser,
			random.chance(0.5) ? `${random.int(2, 6)} days ago` : longDate(published - random.int(7, 60)),
		);
	}
	return lines;
};

const wire: Renderer = (outlet, content, published, capture, random) => {
	const reporters = content.reporters.join(' and ');
	const lines = [
		random.pick(['World', 'Asia Pacific', 'Europe', 'China']),
		content.headline,
		`By ${reporters}`,
		`${random.int(2, 6)} minute read`,
		`Updated ${random.int(1, 9)} hours ago`,
	];
	const body = paragraphs(content, capture);
	for (const [i, block] of body.entries()) {
		lines.push(i === 0 ? `${dateline(content, published, outlet.short, '-')}${block.text}` : block.text);
		if (i === 1) lines.push('Advertisement · Scroll to continue');
		if (i === 3 && !capture.alternate) lines.push(`Read more: ${content.teasers[0]}`);
	}
	lines.push(
		`Reporting by ${reporters}; Editing by ${random.pick(['John Smith', 'Kim Coghill', 'Raju Gopalakrishnan', 'Ed Davies', 'Lincoln Feast'])}`,
	);
	lines.push(`Our Standards: The ${outlet.name} Trust Principles.`);
	return lines;
};

const agency: Renderer = (outlet, content, published, capture, random) => {
	const lines = [
		content.headline,
		`Source: ${outlet.short}`,
		`Editor: ${random.pick(['Wang Lin', 'Zhang Yue', 'Liu Xin', 'Chen Jing', 'Li Yan'])}`,
		isoStamp(published, random.int(20000, 86000)),
	];
	for (const [i, block] of paragraphs(content, capture).entries()) {
		lines.push(i === 0 ? `${dateline(content, published, outlet.short, '--')}${block.text}` : block.text);
		if (i === 0 && !capture.alternate)
			lines.push(
				`${content.captions[0]!.replace(' (left) and ', ' (R) meets ')}. (${outlet.short}/${random.pick(['Zhang Ling', 'Xie Huanchi', 'Ju Peng', 'Yue Yuewei', 'Li Xueren'])})`,
			);
	}
	if (random.chance(0.3)) lines.push("[Editor's note: This story has been updated.]");
	lines.push('Share:');
	return lines;
};

const plain: Renderer = (_outlet, content, published, capture) => {
	const lines = [content.headline.toUpperCase(), '', `By ${content.reporters[0]}`, ''];
	for (const [i, block] of paragraphs(content, capture).entries()) {
		const text = i === 0 ? `${content.dateline.toUpperCase()} -- ${block.text}` : block.text;
		lines.push(...(block.kind === 'subheading' ? [text] : wrap(text, 72)), '');
	}
	lines.push(`Copyright ${yearOf(published)}. All rights reserved.`);
	return lines;
};

const review: Renderer = (outlet, content, published, capture, random) => {
	const clock = `${String(random.int(6, 22)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}`;
	const lines = [random.pick(['Politics', 'International relations', 'Economy']), content.headline];
	if (content.standfirst[0]) lines.push(content.standfirst[0]);
	lines.push(`${outlet.short} staff writers`, `${longDate(published, true)} ${clock} JST`);
	if (random.chance(0.5))
		lines.push(
			`Updated on ${longDate(published, true)} ${String(random.int(0, 23)).padStart(2, '0')}:00 JST`,
		);
	for (const [i, block] of paragraphs(content, capture).entries()) {
		lines.push(
			i === 0
				? `${random.pick(['TOKYO', 'SINGAPORE', 'HONG KONG', 'BANGKOK'])} -- ${block.text}`
				: block.text,
		);
		if (i === 1 && !capture.alternate)
			lines.push(
				`${content.captions[0]}. (Photo by ${random.pick(['Kyodo', 'Reuters', 'AP', 'Getty Images'])})`,
			);
		if (i === 2) lines.push(`Read next: ${content.teasers[0]}`);
		if (i === 4) lines.push('Sign up for our newsletters to stay updated');
	}
	lines.push(
		`Copyright © ${yearOf(published)} ${outlet.name}. All rights reserved.`,
		'Related Articles',
		content.teasers[1]!,
		content.teasers[2]!,
	);
	return lines;
};

const RENDERERS: Record<OutletStyle, Renderer> = {
	harbour,
	aggregator,
	wordpress,
	broadsheet,
	broadcaster,
	wire,
	agency,
	plain,
	review,
};

/** Month names, exported for the page address. */
export const monthNumber = (day: number): string =>
	String(MONTHS.indexOf(monthName(day) as (typeof MONTHS)[number]) + 1).padStart(2, '0');
