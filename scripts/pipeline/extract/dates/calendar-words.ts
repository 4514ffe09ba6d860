// Month and weekday names, in calendar order: a name's index gives its number.

const MONTH_NAMES =
	'january february march april may june july august september october november december'.split(' ');
/** Sunday first, so the index is the weekday number of chrono and `Date#getUTCDay`. */
const WEEKDAY_NAMES = 'sunday monday tuesday wednesday thursday friday saturday'.split(' ');

/** A regular-expression group that captures a month's full name; use it with the `i` flag. */
export const MONTH = `(${MONTH_NAMES.join('|')})`;
/** A regular-expression group that captures a weekday's full name; use it with the `i` flag. */
export const WEEKDAY = `(${WEEKDAY_NAMES.join('|')})`;

/** 1 = January … 12 = December. */
export const monthNumber = (name: string): number => MONTH_NAMES.indexOf(name.toLowerCase()) + 1;
/** 0 = Sunday … 6 = Saturday. */
export const weekdayNumber = (name: string): number => WEEKDAY_NAMES.indexOf(name.toLowerCase());

/** The rules take a month or weekday only when capitalised, as news copy writes names ("may" is a verb). */
export const capitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
