import type { DateMention } from '../dates.ts';

/** "said on Friday", "announced last week", "reported by Xinhua on Thursday": when a report was made. */
const REPORTING =
	/\b(?:said|says|announced|reported|confirmed|stated|added)(?:\s+by\s+(?:\S+\s+){1,6}?|\s+)(?:on|in|last|this|earlier)?\s*$/;

/** Whether a date of sentence `text` dates the reporting of something, which dates no event or meeting. */
export const datesReporting = (text: string, date: DateMention): boolean =>
	REPORTING.test(text.slice(0, date.start));
