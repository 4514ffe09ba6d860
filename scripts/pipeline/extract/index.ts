import type { Article } from '../../../src/schemas/article.ts';
import type { CuratedOfficial } from '../../../src/schemas/curated.ts';
import type { Event } from '../../../src/schemas/event.ts';
import type { Figure } from '../../../src/schemas/figure.ts';
import type { Meeting } from '../../../src/schemas/meeting.ts';
import type { Official } from '../../../src/schemas/official.ts';
import { findInArticle, type ArticleFindings } from './article-findings.ts';
import { readArticle, recall, sentenceReading, type ArticleReading } from './article-reading.ts';
import { peopleBySentence } from './coreference.ts';
import { tripsFromMeetings, type Travellers } from './event-mentions/trips-from-meetings.ts';
import { linkEvents, mergeEvents } from './events.ts';
import { groupFigures } from './figures.ts';
import { hostCountries, outletCountry, servesAtHome } from './host-countries.ts';
import { mergeMeetings } from './meetings.ts';
import { resolvePeople, type ResolvedPerson } from './officials.ts';
import { datelinePlace } from './dateline.ts';
import { countryOfPlace } from './gazetteer/index.ts';
import type { PersonMention } from './people.ts';
import { mergeRoles, type RoleMention } from './roles.ts';
import { withReadings } from './sentence-facts.ts';
import type { Sentence } from './sentences.ts';

export interface Knowledge {
	officials: Official[];
	meetings: Meeting[];
	events: Event[];
	figures: Figure[];
}

/** One canonical article as the finders are given it: its sentences, the people they name, and who each is. */
export interface ArticleToFind {
	article: Article;
	sentences: readonly Sentence[];
	mentions: readonly PersonMention[];
	/**
	 * The person each of `mentions` resolved to, in order: an official's id with the country the
	 * corpus gives them, when it does ("vladimir-putin@Russia": the finders read "the Russian
	 * president" by it), `kind:id` for a person who is none ("analyst:li-ming"), null for a name
	 * that is no person's.
	 */
	people: readonly (string | null)[];
}

/** `findInArticle` on an article's lines; the build's keeps each article's findings (see cached-stages.ts). */
export type FindingsOf = (toFind: ArticleToFind, find: () => ArticleFindings) => ArticleFindings;

/**
 * Reads officials, meetings, events and figures out of the articles' story text. Stages: each
 * canonical article read on its own (`readArticle`: sentences, names, dates, places, figures;
 * `readingOf` may give a kept reading instead) → people (one record per person) → who each
 * sentence names, "he" included → roles, meetings and events in each article (`findingsOf` may
 * give kept ones) → merged across articles, with figures, each citing the sentences it comes from
 * → meetings and events linked to each other (the trip or conference a meeting was held during).
 */
export function extractKnowledge(
	articles: readonly Article[],
	curated: readonly CuratedOfficial[] = [],
	readingOf: (article: Article) => ArticleReading = readArticle,
	findingsOf: FindingsOf = (_, find) => find(),
): Knowledge {
	const stories = articles.filter((a) => a.duplicateOf === null);
	const readings = stories.map((article) => readingOf(article));
	const recalled = stories.map((article, i) => recall(article, readings[i]!));
	const mentions = recalled.flatMap((r) => r.mentions);
	const resolved = resolvePeople(mentions, curated);
	const { personOf } = resolved;
	const everyone = withDatelineCountries(resolved.people, stories);
	// Journalists, analysts and business people named in the story are no officials: none is published.
	const others = new Map(everyone.filter((p) => p.kind !== 'official').map((p) => [p.id, p.kind]));
	const people = everyone.filter((p) => !others.has(p.id));
	const names = new Map(people.map((p) => [p.id, p.name]));
	const countries = new Map(people.map((p) => [p.id, p.country]));
	const countryOf = (id: string) => countries.get(id) ?? null;
	const personKey = (m: PersonMention) => {
		const id = personOf.get(m);
		if (id === undefined) return null;
		if (others.has(id)) return `${others.get(id)}:${id}`;
		const country = countryOf(id);
		return country === null ? id : `${id}@${country}`;
	};

	const introducedIn = pageTopPeople(people);
	const otherIds: ReadonlySet<string> = new Set(others.keys());
	const found = stories.map((article, i) => {
		const { sentences, mentions } = recalled[i]!;
		const introduced = introducedIn(article);
		// Who the page top names is part of what the findings depend on.
		const people = [...mentions.map(personKey), ...introduced.map((p) => `introduced:${p.person}`)];
		const toFind = { article, sentences, mentions, people };
		return findingsOf(toFind, () =>
			findInArticle(
				withReadings(peopleBySentence(sentences, mentions, personOf, otherIds, countryOf, introduced), (k) =>
					sentenceReading(readings[i]!, k),
				),
			),
		);
	});
	const roles = found.flatMap((f) => f.roles);
	const meetingReports = found.flatMap((f) => f.meetings);
	const eventReports = [
		...found.flatMap((f) => f.events),
		...tripsFromMeetings(meetingReports, travellers(people, recalled, personOf, roles)),
	];
	const { events, meetings } = linkEvents(
		mergeEvents(eventReports, roles, names),
		mergeMeetings(meetingReports, names),
	);
	const figures = groupFigures(readings.flatMap((r) => r.figures));
	// The countries each person is reported travelling to.
	const visited = new Map<string, Set<string>>();
	for (const event of events) {
		if (event.kind !== 'trip' && event.kind !== 'visit') continue;
		const countries = event.places.flatMap((place) => countryOfPlace(place) ?? []);
		for (const id of event.participants)
			for (const country of countries) visited.set(id, (visited.get(id) ?? new Set()).add(country));
	}
	const hosts = hostCountries(
		people.map((p) => ({
			id: p.id,
			country: p.country,
			titles: p.mentions.flatMap((m) => m.title ?? []),
			visited: visited.get(p.id) ?? new Set(),
		})),
		meetings,
	);

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
		country: person.country ?? hosts.get(person.id) ?? null,
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

/** How many of an article's first sentences are its lede, whose people its story follows. */
const LEDE_SENTENCES = 3;
/** How often a person named in passing may be named; more often, the story follows them. */
const FOLLOWED_MENTIONS = 3;

/**
 * Who may travel in the meetings' reports (see `tripsFromMeetings`): the country each person
 * serves; in each article, the people its lede names or that it names at least three times; the
 * ambassadors.
 */
function travellers(
	people: readonly { id: string; country: string | null }[],
	recalled: readonly { mentions: readonly PersonMention[] }[],
	personOf: ReadonlyMap<PersonMention, string>,
	roles: readonly RoleMention[],
): Travellers {
	const countries = new Map(people.map((p) => [p.id, p.country]));
	const followed = new Set<string>();
	for (const { mentions } of recalled) {
		const counts = new Map<string, number>();
		for (const mention of mentions) {
			const person = personOf.get(mention);
			if (person === undefined) continue;
			const key = `${mention.sentence.article}|${person}`;
			counts.set(key, (counts.get(key) ?? 0) + 1);
			if (mention.sentence.index < LEDE_SENTENCES || counts.get(key)! >= FOLLOWED_MENTIONS) followed.add(key);
		}
	}
	const ambassadors = new Set(roles.filter((r) => /\bambassador\b/i.test(r.title)).map((r) => r.person));
	return {
		countryOf: (person) => countries.get(person) ?? null,
		isFollowedIn: (person, article) => followed.has(`${article}|${person}`),
		livesAbroad: (person) => ambassadors.has(person),
	};
}

/**
 * People of no known country given the dateline's: a report filed from Seoul that names "Defense
 * Minister Jeong Kyeong-doo", with no country in his title, means South Korea's. Only for a person
 * whose titles name a national office (an ambassador serves abroad), when the stories that name
 * them agree on the dateline's country.
 */
function withDatelineCountries(
	people: readonly ResolvedPerson[],
	stories: readonly Article[],
): ResolvedPerson[] {
	const datelineCountry = new Map(
		stories.map((story) => {
			const city = datelinePlace(story.paragraphs[0]?.text ?? '');
			return [story.id, (city === null ? null : countryOfPlace(city)) ?? outletCountry(story.outlet)];
		}),
	);
	return people.map((person) => {
		if (person.country !== null) return person;
		const titles = person.mentions.flatMap((m) => (m.title ? [m.title] : []));
		if (!servesAtHome(titles)) return person;
		const countries = new Set(person.mentions.map((m) => datelineCountry.get(m.sentence.article) ?? null));
		const [country] = countries;
		return countries.size === 1 && country ? { ...person, country } : person;
	});
}

/**
 * The officials an article's headline and standfirst name in full, as the story's first
 * sentences would: "Wang Yi's stop at the Kremlin …" above "Putin received China's most senior
 * diplomat". Each with the words of their name, in the order named. A name is looked up by the
 * runs of two to four words of the page top, so each article costs its own words only.
 */
function pageTopPeople(
	people: readonly ResolvedPerson[],
): (article: Article) => { person: string; nameParts: string[] }[] {
	const byName = new Map<string, string>();
	for (const person of people)
		for (const { name } of person.spellings) if (name.includes(' ')) byName.set(name, person.id);
	return (article) => {
		const found = new Map<string, string[]>();
		for (const line of [article.title, ...article.standfirst]) {
			const words = line.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|(?:[’']s)?[^\p{L}.]*$/gu, ''));
			for (let start = 0; start < words.length; start++)
				for (let end = start + 2; end <= Math.min(words.length, start + 4); end++) {
					const parts = words.slice(start, end);
					const person = byName.get(parts.join(' '));
					if (person !== undefined && !found.has(person)) found.set(person, parts);
				}
		}
		return [...found].map(([person, nameParts]) => ({ person, nameParts }));
	};
}
