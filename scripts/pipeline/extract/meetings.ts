/**
 * Meetings in sentences ("A met B", "during talks, A told B", "A and B pledged"), held or planned,
 * and the reports of one meeting merged into one record.
 */
export { findMeetings, type MeetingMention } from './meetings/find-meetings.ts';
export { dedupeSources, mergeMeetings } from './meetings/merge-meetings.ts';
