/**
 * Dates in sentences: relative expressions ("last Tuesday", "in March last year") resolved against
 * the publication day and the tense of their clause.
 */
export { isoWeek } from './toolkit/calendar.ts';
export { findDates, type DateMention } from './dates/find-dates.ts';
export type { Tense } from './dates/tense-markers.ts';
export { tenseAt, tenseIn } from './dates/tense.ts';
export { analysisOf, type Analysis as TenseAnalysis } from './dates/tense-markers.ts';
