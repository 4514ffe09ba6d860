/**
 * Whether words speak of the future: the one list of future markers. The tense of a date's
 * clause (`tenseAt`) reads it, and so do the meeting and event finders to tell a planned meeting
 * or trip from one that was held.
 */

/** Each way news copy puts a clause in the future, in order of precedence, with an example. */
const FUTURE_MARKERS: readonly string[] = [
	// "will visit", "would meet", "won’t attend"
	String.raw`\b(?:will|shall|would|won['’]t|wouldn['’]t)\b`,
	// "he’ll travel"
	String.raw`['’]ll\b`,
	// "could meet briefly on Monday", "might travel"; not "could not", "could have met"
	String.raw`\b(?:could|might)\s+(?!(?:not|never|have|n['’]t)\b)(?:\w+ly\s+)?[a-z]+\b`,
	// "is expected to", "are due to", "is set for", "is slated to", "was widely expected", "is to"
	String.raw`\b(?:is|are|am|was|were|be|being|been)\s+(?:\w+ly\s+)?(?:expected|due\s+to|set\s+(?:to|for)|scheduled|slated|going\s+to|poised\s+to|to)\b`,
	// "plans to", "intends to", "is preparing to"
	String.raw`\b(?:plans?|planned|planning|intends?|intended|intending|prepares?|preparing)\s+to\b`,
	// "the summit, to be held in Kazan"
	String.raw`\bto\s+be\s+held\b`,
	// "the upcoming summit"; "the expected visit", "a long-anticipated trip" (not "as expected")
	String.raw`\b(?:upcoming|forthcoming)\b|\b(?:an?|the|this|his|her|its|their)\s+(?:long-|much-)?(?:anticipated|expected)\b`,
	// "next week", "next Tuesday"; not "next to"
	String.raw`\bnext\b(?!\s+to\b)`,
	// "talks scheduled for May", "slated to open"
	String.raw`\b(?:scheduled|slated)\s+(?:to|for)\b`,
];
const FUTURE = new RegExp(FUTURE_MARKERS.join('|'), 'i');
const EVERY_FUTURE = new RegExp(FUTURE.source, 'gi');

/** True when `text` holds a future marker ("will", "is slated to", "plans to", "is expected to" …). */
export const isFuture = (text: string): boolean => FUTURE.test(text);

/** Where each future marker in `text` is, in order: its first offset and the offset after it. */
export const futureMarkers = (text: string): { from: number; to: number }[] =>
	[...text.matchAll(EVERY_FUTURE)].map((m) => ({ from: m.index, to: m.index + m[0].length }));
