import { findEventMentions, type EventMention } from './event-mentions.ts';
import { findMeetings, type MeetingMention } from './meetings.ts';
import { findRoles, type RoleMention } from './roles.ts';
import type { SentenceFacts } from './sentence-facts.ts';

/** What one article's sentences say of roles, meetings and events, before articles are merged. */
export interface ArticleFindings {
	roles: RoleMention[];
	meetings: MeetingMention[];
	events: EventMention[];
}

/**
 * The roles, meetings and events in one article's `lines` (its sentences with the people they
 * name and their dates and places). Each finder reads only the lines of the article it is given,
 * looking back no further than its first sentence, so a corpus's findings are its articles' findings one after another,
 * and an article's stay the same while its text and the people its names resolve to do.
 */
export function findInArticle(lines: readonly SentenceFacts[]): ArticleFindings {
	return { roles: findRoles(lines), meetings: findMeetings(lines), events: findEventMentions(lines) };
}
