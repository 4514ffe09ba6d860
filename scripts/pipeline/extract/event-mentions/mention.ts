import type { FuzzyDate, Source } from '../../../../src/schemas/source.ts';
import type { SentenceFacts } from '../sentence-facts.ts';
import type { Sentence } from '../sentences.ts';
import { isFuture } from '../toolkit/modality.ts';

export type EventKind = 'trip' | 'visit' | 'conference' | 'attack' | 'appointment' | 'other';

/** One sentence's report of an event, before reports of one event are merged. */
export interface EventMention {
	kind: EventKind;
	/** The words that name the event in the sentence ("a nine-day trip", "12th International Meeting …"). */
	name: string;
	/** Words that identify the event across articles (for conferences, founding, attacks). */
	key: string;
	/** Ordinal in the event's name ("12th" → 12), or null. */
	ordinal: number | null;
	/** The person travelling (trips and visits), or null. */
	person: string | null;
	/** People the sentence places at the event. */
	participants: string[];
	places: string[];
	start: FuzzyDate | null;
	end: FuzzyDate | null;
	/** True when the start is a day the sentence states ("on Saturday"), not one worked out. */
	startStated: boolean;
	/** A day within the event, when the text dates it only by its context, or null. */
	during: FuzzyDate | null;
	/** A trip's length in days ("a nine-day trip"), or null. */
	lengthDays: number | null;
	/** True when the trip is ending as the report is written ("as he wrapped up a trip"). */
	ending: boolean;
	/** True when the sentence tells of the trip's last leg ("flew into Moscow on Tuesday for the last leg of an eight-day trip"): its date is the end's. */
	lastLeg?: boolean;
	/** True for a visit a meeting abroad implies, not one the text names (see `tripsFromMeetings`). */
	implied?: boolean;
	planned: boolean;
	/** Where in the sentence the event is named. */
	at: number;
	source: Source;
	sentence: Sentence;
}

/** A finder of one kind of event: a sentence in, the events it names out, not yet dated. */
export type EventFinder = (line: SentenceFacts) => EventMention[];

/** How far before an event's name a future marker makes it planned ("Chen is slated to begin a trip"). */
const PLANNED_REACH = 50;

/**
 * A report of a `kind` of event that `line`'s sentence names as `name` at offset `at`, with the
 * `details` a finder read, and undated: planned when a future marker comes just before its name.
 */
export function newMention(
	line: SentenceFacts,
	kind: EventKind,
	name: string,
	at: number,
	details: Partial<
		Pick<
			EventMention,
			'key' | 'ordinal' | 'person' | 'participants' | 'places' | 'lengthDays' | 'ending' | 'lastLeg'
		>
	> = {},
): EventMention {
	const { sentence } = line;
	return {
		kind,
		name,
		key: '',
		ordinal: null,
		person: null,
		participants: [],
		places: [],
		start: null,
		end: null,
		during: null,
		startStated: false,
		lengthDays: null,
		ending: false,
		planned: isFuture(sentence.text.slice(Math.max(0, at - PLANNED_REACH), at)),
		at,
		source: { article: sentence.article, paragraph: sentence.paragraph, quote: sentence.text },
		sentence,
		...details,
	};
}
