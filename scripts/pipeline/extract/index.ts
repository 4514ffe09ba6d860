import type { Article } from '../../../src/schemas/article.ts';
import type { CuratedOfficial } from '../../../src/schemas/curated.ts';
import type { Event } from '../../../src/schemas/event.ts';
import type { Figure } from '../../../src/schemas/figure.ts';
import type { Meeting } from '../../../src/schemas/meeting.ts';
import type { Official } from '../../../src/schemas/official.ts';
import { readArticle, recall, type ArticleReading } from './article-reading.ts';
import { peopleBySentence } from './coreference.ts';
import { forgetDates } from './dates.ts';
import { findEventMentions } from './event-mentions.ts';
import { mergeEvents } from './events.ts';
import { groupFigures } from './figures.ts';
import { findMeetings, mergeMeetings } from './meetings.ts';
import { resolvePeople } from './officials.ts';
import { forgetPlaces } from './places.ts';
import { findRoles, mergeRoles, type RoleMention } from './roles.ts';

export interface Knowledge {
	officials: Official[];
	meetings: Meeting[];
	events: Event[];
	figures: Figure[];
}

/**
 * Reads officials, meetings, events and figures out of the articles' story text. Stages: each
 * canonical article read on its own (`readArticle`: sentences, names, dates, places, figures;
 * `readingOf` may give a kept reading instead) → people (one record per person) → who each
 * sentence names, "he" included → roles, meetings, events and figures, each citing the sentences
 * it comes from.
 */
export function extractKnowledge(
	articles: readonly Article[],
	curated: readonly CuratedOfficial[] = [],
	readingOf: (article: Article) => ArticleReading = readArticle,
): Knowledge {
	try {
		return extractFromReadings(articles, curated, readingOf);
	} finally {
		forgetDates();
		forgetPlaces();
	}
}

function extractFromReadings(
	articles: readonly Article[],
	curated: readonly CuratedOfficial[],
	readingOf: (article: Article) => ArticleReading,
): Knowledge {
	const stories = articles.filter((a) => a.duplicateOf === null);
	const readings = stories.map((article) => readingOf(article));
	const recalled = stories.map((article, i) => recall(article, readings[i]!));
	const sentences = recalled.flatMap((r) => r.sentences);
	const mentions = recalled.flatMap((r) => r.mentions);
	const { people, personOf } = resolvePeople(mentions, curated);
	const lines = peopleBySentence(sentences, mentions, personOf);
	const names = new Map(people.map((p) => [p.id, p.name]));

	const roles = findRoles(lines);
	const meetings = mergeMeetings(findMeetings(lines), names);
	const events = mergeEvents(findEventMentions(lines), roles, meetings, names);
	const figures = groupFigures(readings.flatMap((r) => r.figures));

	const rolesOf = new Map<string, RoleMention[]>();
	for (const role of roles) {
		const held = rolesOf.get(role.person);
		if (held) held.push(role);
		else rolesOf.set(role.person, [role]);
	}
	const officials = people.map((person) => ({
		id: person.id,
		name: person.name,
		aliases: person.spellings.map((s) => s.name).filter((n) => n !== person.name),
		spellings: person.spellings,
		country: person.country,
		roles: mergeRoles(rolesOf.get(person.id) ?? []),
		articles: [...new Set(person.mentions.map((m) => m.sentence.article))].sort(),
		mentions: person.mentions.map((m) => ({
			article: m.sentence.article,
			paragraph: m.sentence.paragraph,
			start: m.sentence.start + m.start,
			end: m.sentence.start + m.end,
		})),
		url: `/officials/${person.id}/`,
	}));
	return { officials, meetings, events, figures };
}
