/**
 * Events in sentences: trips and visits, conferences, attacks, foundings, elections and the like,
 * one finder each under event-mentions/, dated by the sentence and its context.
 */
export { attackTargets } from './event-mentions/attacks.ts';
export { findEventMentions } from './event-mentions/find-event-mentions.ts';
export type { EventKind, EventMention } from './event-mentions/mention.ts';
export { topicKey } from './event-mentions/topic-key.ts';
