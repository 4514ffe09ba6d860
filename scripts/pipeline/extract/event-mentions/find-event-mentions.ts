import type { SentenceFacts } from '../sentence-facts.ts';
import { findAttacks } from './attacks.ts';
import { findConferences } from './conferences.ts';
import { dateMentions } from './dating.ts';
import { findFoundings } from './foundings.ts';
import type { EventFinder, EventMention } from './mention.ts';
import { findOtherEvents } from './other-events.ts';
import { findTrips } from './trips.ts';

/** The finders, in the order their events are listed; a date goes to the first of two at one place. */
const FINDERS: readonly EventFinder[] = [
	findTrips,
	findConferences,
	findAttacks,
	findFoundings,
	findOtherEvents,
];

/**
 * Every event the sentences report: trips and visits, conferences, attacks, foundings and others,
 * each found in its sentence and then dated by it (see `dateMentions`).
 */
export function findEventMentions(lines: readonly SentenceFacts[]): EventMention[] {
	return lines.flatMap((line, i) => {
		const found = FINDERS.flatMap((find) => find(line));
		if (found.length === 0) return [];
		// An election or an invasion is an event here only when the sentence dates it.
		return dateMentions(found, lines, i).filter((m) => !m.key.startsWith('other:') || m.start !== null);
	});
}
