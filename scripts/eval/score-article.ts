import type { Gold } from './gold.ts';
import { tally, type Tally } from './metrics.ts';
import type { ArticleOutput } from './output.ts';
import { scoreFigures } from './score-figures.ts';
import { scoreMeetings } from './score-meetings.ts';
import { scorePage } from './score-page.ts';
import { scorePeople } from './score-people.ts';

/**
 * Every measure of one article, as a tally of right answers out of those asked: its page parts,
 * officials, meetings, trips and figures. An article the build rejected (`output` null) gets
 * nothing right of what its gold asks.
 */
export function scoreArticle(output: ArticleOutput | null, gold: Gold): Record<string, Tally> {
	const read = output ?? nothingRead();
	return {
		'articles: read': tally(output ? 1 : 0, 1),
		...scorePage(read.article, gold.page),
		...scorePeople(read, gold),
		...scoreMeetings(read, gold),
		...scoreFigures(read, gold),
	};
}

function nothingRead(): ArticleOutput {
	return {
		article: {
			id: 'rejected',
			source: 'rejected.txt',
			title: '',
			outlet: null,
			republishes: null,
			published: '1970-01-01',
			dateBasis: null,
			sourceUrl: null,
			standfirst: [],
			paragraphs: [],
			captions: [],
			related: [],
			duplicateOf: null,
			duplicates: [],
			url: '/articles/rejected/',
		},
		officials: [],
		meetings: [],
		events: [],
		figures: [],
		officialById: new Map(),
	};
}
