import type { Article } from '../schemas/article.ts';
import type { Event } from '../schemas/event.ts';
import type { Figure } from '../schemas/figure.ts';
import type { Meeting } from '../schemas/meeting.ts';
import type { Official, Role } from '../schemas/official.ts';
import type { Source } from '../schemas/source.ts';
import { sourceQuotes, sourceRefs, type CsvColumn, type CsvValue } from './csv.ts';

/** The fields of T whose values can go in a cell as they are. */
type PlainKey<T> = { [K in keyof T]: T[K] extends CsvValue ? K : never }[keyof T] & string;

/** Columns that copy the record's fields of the same names. */
function fields<T>(...names: PlainKey<T>[]): CsvColumn<T>[] {
	return names.map((name) => ({ name, value: (record: T) => record[name] as CsvValue }));
}

/** The `sources` column ("article#paragraph" each) and the `quotes` column beside it. */
function sourceColumns<T>(sourcesOf: (record: T) => readonly Source[]): CsvColumn<T>[] {
	return [
		{ name: 'sources', value: (record) => sourceRefs(sourcesOf(record)) },
		{ name: 'quotes', value: (record) => sourceQuotes(sourcesOf(record)) },
	];
}

/** A role as one item of the `roles` cell: "title (from–to)", with ", former" when spoken of as past. */
export function roleCell(role: Role): string {
	const period = role.from || role.to ? `${role.from ?? ''}–${role.to ?? ''}` : '';
	const notes = [period, role.former ? 'former' : ''].filter(Boolean).join(', ');
	return notes ? `${role.title} (${notes})` : role.title;
}

/** articles.csv: the paragraphs, subheadings included, become one `text` cell. */
export const articleColumns: CsvColumn<Article>[] = [
	...fields<Article>('id', 'source', 'title', 'outlet', 'republishes', 'published', 'dateBasis', 'sourceUrl'),
	...fields<Article>('standfirst'),
	{ name: 'text', value: (a) => a.paragraphs.map((paragraph) => paragraph.text).join('\n\n') },
	...fields<Article>('captions'),
	{ name: 'related', value: (a) => a.related.map((r) => (r.text ? `${r.title}: ${r.text}` : r.title)) },
	...fields<Article>('duplicateOf', 'duplicates', 'url'),
];

/** officials.csv: `sources` and `quotes` hold the sources of the roles, in role order. */
export const officialColumns: CsvColumn<Official>[] = [
	...fields<Official>('id', 'name', 'aliases'),
	{ name: 'spellings', value: (o) => o.spellings.map((s) => `${s.name} (${s.articles.join('; ')})`) },
	...fields<Official>('country'),
	{ name: 'roles', value: (o) => o.roles.map(roleCell) },
	...sourceColumns<Official>((o) => o.roles.flatMap((role) => role.sources)),
	...fields<Official>('articles'),
	{
		name: 'mentions',
		value: (o) => o.mentions.map((m) => `${m.article}#${m.paragraph}@${m.start}-${m.end}`),
	},
	...fields<Official>('url'),
];

/** meetings.csv: `announcements` holds the sources (as "article#paragraph") that announced it. */
export const meetingColumns: CsvColumn<Meeting>[] = [
	...fields<Meeting>('id', 'title', 'date', 'datePrecision', 'earliest', 'latest', 'dateBasis'),
	...fields<Meeting>('status', 'place', 'placeBasis', 'participants'),
	...sourceColumns<Meeting>((m) => m.sources),
	{ name: 'announcements', value: (m) => sourceRefs(m.announcements) },
	...fields<Meeting>('events', 'url'),
];

/** events.csv: each value the sources disagree on as "field=value". */
export const eventColumns: CsvColumn<Event>[] = [
	...fields<Event>('id', 'kind', 'title', 'aliases', 'start', 'end', 'datePrecision', 'earliest', 'latest'),
	...fields<Event>('planned', 'basis', 'places', 'participants', 'meetings', 'related'),
	{ name: 'conflicts', value: (e) => e.conflicts.map((c) => `${c.field}=${c.value}`) },
	...sourceColumns<Event>((e) => e.sources),
	...fields<Event>('url'),
];

export const figureColumns: CsvColumn<Figure>[] = [
	...fields<Figure>('id', 'value', 'unit', 'text', 'measure'),
	...sourceColumns<Figure>((f) => f.sources),
	...fields<Figure>('group', 'agreement'),
];
