import type { Article } from '../../schemas/article.ts';
import type { Event } from '../../schemas/event.ts';
import type { Figure } from '../../schemas/figure.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import type { Official } from '../../schemas/official.ts';
import type { Source } from '../../schemas/source.ts';
import { kindHeadings } from '../events.ts';
import { formatDate, formatDateRange, formatDay, outletLabel, sentenceCase } from '../format.ts';
import { citedOfficials, mentionFinder } from './mentions.ts';
import type { SearchDocument } from './types.ts';

/** The collections search covers. */
export interface SearchRecords {
	articles: readonly Article[];
	officials: readonly Official[];
	meetings: readonly Meeting[];
	events: readonly Event[];
	figures: readonly Figure[];
}

const yearOf = (day: string) => Number(day.slice(0, 4));
const yearsBetween = (earliest: string, latest: string) =>
	Array.from({ length: yearOf(latest) - yearOf(earliest) + 1 }, (_, i) => yearOf(earliest) + i);
// "week of 22 May 2023" without "(ISO week 2023-W21)": the snippet is for reading, not for the week number.
const brief = (date: string) => date.replace(/ \(ISO week [^)]*\)/g, '');
const distinct = <T>(values: Iterable<T>) => [...new Set(values)];
const sentences = (...parts: Array<string | false | null | undefined>) =>
	parts.filter((part): part is string => !!part).join(' ');
const kindNames = new Map(kindHeadings.map(([kind, heading]) => [kind, heading.replace(/s$/, '')]));
const kindName = (kind: Event['kind']) => (kind === 'other' ? 'Event' : (kindNames.get(kind) ?? 'Event'));

/**
 * Turn the collections into the documents search finds: officials, meetings, events, figures, stories
 * and their paragraphs. Near-duplicate captures are left out, so a paragraph is found once, on its story.
 * A paragraph concerns the officials it names (see `mentionFinder`) and those of the facts it is cited for.
 *
 * @returns Officials, meetings, events and figures, each in its collection's order, then each story
 *   followed by its paragraphs; query results break ties in this order.
 */
export function searchDocuments(records: SearchRecords): SearchDocument[] {
	const { officials, meetings, events, figures } = records;
	const articles = records.articles.filter((article) => article.duplicateOf === null);
	const articleById = new Map(records.articles.map((article) => [article.id, article]));
	const published = (source: Source) => articleById.get(source.article)?.published;
	const yearsReported = (sources: readonly Source[]) =>
		distinct(sources.map(published).filter((day) => day !== undefined)).map(yearOf);

	const cited = citedOfficials(officials, [...meetings, ...events]);
	const findNames = mentionFinder(officials);
	const officialsOf = new Map<string, Set<string>>();
	for (const official of officials)
		for (const id of official.articles)
			officialsOf.set(id, (officialsOf.get(id) ?? new Set()).add(official.id));
	// In `officials` order, as the official filter lists them.
	const namedIn = (article: Article) => officialsOf.get(article.id) ?? new Set<string>();

	return [
		...officials.map((official): SearchDocument => ({
			key: `official:${official.id}`,
			type: 'official',
			title: official.name,
			text: sentences(
				official.roles.length > 0 && official.roles.map((role) => sentenceCase(role.title)).join('; ') + '.',
				official.aliases.length > 0 && `Also written ${official.aliases.join(', ')}.`,
			),
			url: official.url,
			meta: official.country ?? '',
			keywords: official.country ?? '',
			officials: [official.id],
			years: distinct(official.articles.map((id) => articleById.get(id)?.published ?? ''))
				.filter(Boolean)
				.map(yearOf),
		})),
		...meetings.map((meeting): SearchDocument => {
			const when = [brief(formatDate(meeting.date)), meeting.place].filter(Boolean).join(', ');
			return {
				key: `meeting:${meeting.id}`,
				type: 'meeting',
				title: meeting.title,
				text: meeting.sources[0]?.quote ?? '',
				url: meeting.url,
				meta: [when, meeting.status === 'planned' && 'planned'].filter(Boolean).join(' · '),
				keywords: when,
				officials: meeting.participants,
				years: yearsBetween(meeting.earliest, meeting.latest),
			};
		}),
		...events.map((event): SearchDocument => {
			const when = [brief(formatDateRange(event.start, event.end)), ...event.places].join(', ');
			return {
				key: `event:${event.id}`,
				type: 'event',
				title: event.title,
				text: sentences(
					event.aliases.length > 0 && `Also called ${event.aliases.join('; ')}.`,
					event.sources[0]?.quote,
				),
				url: event.url ?? '/events/',
				meta: [kindName(event.kind), when, event.planned && 'planned'].filter(Boolean).join(' · '),
				keywords: `${kindName(event.kind)} ${when}`,
				officials: event.participants,
				years: yearsBetween(event.earliest, event.latest),
			};
		}),
		...figures.map((figure): SearchDocument => {
			const quote = figure.sources[0]?.quote ?? '';
			const day = figure.sources[0] && published(figure.sources[0]);
			return {
				key: `figure:${figure.id}`,
				type: 'figure',
				title: `${sentenceCase(figure.measure)}: ${figure.text}`,
				text: quote,
				url: `/figures/#group-${figure.group}`,
				meta: day ? `Reported ${formatDay(day)}` : '',
				officials: findNames(`${figure.measure}. ${quote}`),
				years: yearsReported(figure.sources),
			};
		}),
		...articles.flatMap((article): SearchDocument[] => {
			const key = `article:${article.id}`;
			const named = namedIn(article);
			return [
				{
					key,
					type: 'article',
					title: article.title,
					text: article.standfirst.join(' '),
					url: article.url,
					meta: `${formatDay(article.published)} · ${outletLabel(article)}`,
					keywords: [formatDay(article.published), article.outlet, article.republishes].join(' '),
					officials: [...named],
					years: [yearOf(article.published)],
				},
				...article.paragraphs.map((paragraph): SearchDocument => ({
					key: `${key}#${paragraph.id}`,
					type: 'paragraph',
					title: '',
					text: paragraph.text,
					url: `${article.url}#${paragraph.id}`,
					meta: `Paragraph ${paragraph.id.slice(2)}`,
					parent: key,
					officials: distinct([
						...findNames(paragraph.text, named),
						...(cited.get(`${article.id}#${paragraph.id}`) ?? []),
					]),
					years: [],
				})),
			];
		}),
	];
}
