import { createRequire } from 'node:module';
import type { Chrono, ParsedComponents } from 'chrono-node';
import { DAY_MS } from '../toolkit/calendar.ts';
import type { Parts } from './placement.ts';

// chrono, reduced to the parsers that read calendar words: no times, "now", "in 3 days", "a month
// after" or slash dates (7/5 is ambiguous between US and British order).

const CHRONO_PARSERS = new Set([
	'ENYearMonthDayParser',
	'ISOFormatParser',
	'ENMonthNameLittleEndianParser',
	'ENMonthNameMiddleEndianParser',
	'ENWeekdayParser',
	'ENYearMonthNameParser',
	'ENMonthNameParser',
]);
/**
 * The calendar parser, made on first use: a build whose dates are all cached never loads chrono.
 * Only chrono's English locale: the package's main module also loads every other language's
 * parsers (~100 ms against ~25 ms), and the English one it would hand us is this very module.
 */
let calendarParser: Chrono | undefined;
function calendar(): Chrono {
	calendarParser ??= makeCalendarParser();
	return calendarParser;
}

function makeCalendarParser(): Chrono {
	const en = createRequire(import.meta.url)('chrono-node/en') as typeof import('chrono-node/en');
	const configuration = en.configuration.createCasualConfiguration();
	configuration.parsers = configuration.parsers.filter((p) => CHRONO_PARSERS.has(p.constructor.name));
	// Its validity filters test a date in the year it guessed from the reference ("29 February"
	// fails in 2025) and drop "May" unless after "in"; `place` and BEFORE_BARE_MONTH do both jobs.
	const refiners = configuration.refiners.length;
	configuration.refiners = configuration.refiners.filter(
		(r) => !/UnlikelyFormatFilter$/.test(r.constructor.name),
	);
	// If chrono renames its parts, fail loudly rather than read dates differently.
	if (
		configuration.parsers.length !== CHRONO_PARSERS.size ||
		configuration.refiners.length !== refiners - 2
	) {
		throw new Error('chrono-node parsers or refiners changed');
	}
	return new en.Chrono(configuration);
}

const WEEKDAY_WORD =
	/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.)/;
// Month names are capitalised in news copy; lowercase, "may" and "march" are verbs.
const LOWERCASE_MONTH =
	/\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/;
// A month alone ("in May") must follow one of these, so "Theresa May" or "protesters march" is no date.
const BEFORE_BARE_MONTH =
	/\b(?:in|since|by|from|until|till|through|during|before|after|of|between|early|mid|late)[\s-]+$/i;

function partsOf(components: ParsedComponents): Parts {
	const parts: Parts = {};
	for (const key of ['year', 'month', 'day', 'weekday'] as const) {
		const value = components.get(key);
		if (components.isCertain(key) && value !== null) parts[key] = value;
	}
	return parts;
}

/** A date chrono read: where its words are, what they state, and for a range what its end states. */
export interface Read {
	start: number;
	end: number;
	parts: Parts;
	endParts: Parts | null;
}

/**
 * The dates chrono reads in a sentence whose rule-read dates are blanked out, with chrono's guesses
 * dropped: only what the words state is kept, for `place` to resolve by tense.
 */
export function readCalendar(masked: string, published: number): Read[] {
	const instant = new Date(published * DAY_MS + DAY_MS / 2);
	const reads: Read[] = [];
	for (const result of calendar().parse(masked, { instant, timezone: 0 })) {
		const lead = /^[\s,(（]*(?:(?:on|in|from|between|since|by|until|during|of)\s+)?/i.exec(result.text)![0]
			.length;
		let start = result.index + lead;
		const end = result.index + result.text.replace(/[\s,)）]+$/, '').length;
		const text = masked.slice(start, end);
		const parts = partsOf(result.start);
		// Chrono fills "next Tuesday" from its reference; the rules (rules.ts) read such words instead.
		if (parts.month === undefined && parts.weekday === undefined) continue;
		if (/\b(?:this|last|past|next)\b/i.test(text)) continue;
		if (parts.month === undefined && !WEEKDAY_WORD.test(text)) continue;
		if (LOWERCASE_MONTH.test(text)) continue;
		if (parts.month !== undefined && parts.day === undefined && parts.year === undefined) {
			if (!result.end && !BEFORE_BARE_MONTH.test(masked.slice(0, start))) continue;
		}
		// "mid-March", "late May 2023": the qualifier belongs to the words; the month stays the month.
		if (parts.day === undefined)
			start -= /(?:early|mid|late)[\s-]+$/i.exec(masked.slice(0, start))?.[0].length ?? 0;
		reads.push({ start, end, parts, endParts: result.end ? partsOf(result.end) : null });
	}
	return reads;
}
