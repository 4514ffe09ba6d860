import * as chrono from 'chrono-node';
import nlp from 'compromise';
import type { FuzzyDate } from '../../../src/schemas/source.ts';

/** The time a clause speaks of, which decides where a date without a year or week falls. */
export type Tense = 'past' | 'present' | 'future';

/** One date expression in a sentence, resolved to the calendar. */
export interface DateMention extends FuzzyDate {
	/** The words of the date as written in the sentence, exactly `sentence.slice(start, end)`. */
	text: string;
	start: number;
	end: number;
	/** For a range ("from Sunday to 28 April", "from Tuesday to Thursday"): the end as a FuzzyDate; else null. */
	until: FuzzyDate | null;
	/** The tense the date was resolved with. */
	tense: Tense;
}

// ---------------------------------------------------------------------------------------------
// Calendar maths on UTC day numbers (days since 1970-01-01), so no local time zone ever enters.

const DAY_MS = 86_400_000;
const dayNumber = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / DAY_MS;
const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const yearOf = (day: number) => new Date(day * DAY_MS).getUTCFullYear();
const monthOf = (day: number) => new Date(day * DAY_MS).getUTCMonth() + 1;
/** 0 = Sunday … 6 = Saturday, as in chrono and `Date#getUTCDay`. */
const weekdayOf = (day: number) => new Date(day * DAY_MS).getUTCDay();
const mondayOf = (day: number) => day - ((weekdayOf(day) + 6) % 7);
const pad = (n: number) => String(n).padStart(2, '0');

function parseDay(text: string): number {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	const day = match ? dayNumber(Number(match[1]), Number(match[2]), Number(match[3])) : NaN;
	if (Number.isNaN(day) || iso(day) !== text)
		throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${text}`);
	return day;
}

/** The ISO 8601 week of a day "YYYY-MM-DD", as "YYYY-Www" (the year is the ISO week-year). */
export function isoWeek(day: string): string {
	const thursday = mondayOf(parseDay(day)) + 3;
	const year = yearOf(thursday);
	return `${year}-W${pad(Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1)}`;
}

const onDay = (day: number): FuzzyDate => ({
	date: iso(day),
	datePrecision: 'day',
	earliest: iso(day),
	latest: iso(day),
});
const inWeek = (day: number): FuzzyDate => {
	const monday = mondayOf(day);
	return {
		date: isoWeek(iso(monday)),
		datePrecision: 'week',
		earliest: iso(monday),
		latest: iso(monday + 6),
	};
};
const inMonth = (year: number, month: number): FuzzyDate => ({
	date: `${year}-${pad(month)}`,
	datePrecision: 'month',
	earliest: iso(dayNumber(year, month, 1)),
	latest: iso(dayNumber(year, month + 1, 0)),
});
const inYear = (year: number): FuzzyDate => ({
	date: String(year),
	datePrecision: 'year',
	earliest: `${year}-01-01`,
	latest: `${year}-12-31`,
});

// ---------------------------------------------------------------------------------------------
// Tense of the clause around a position.

// A future marker anywhere in a clause; its words are not read again as past or present verbs.
const FUTURE =
	/\b(?:will|shall|would|won['’]t|wouldn['’]t)\b|['’]ll\b|\b(?:is|are|am|was|were|be|being|been)\s+(?:\w+ly\s+)?(?:expected|due\s+to|set\s+(?:to|for)|scheduled|slated|going\s+to|poised\s+to|to)\b|\b(?:plans?|planned|planning|intends?|intended|intending|prepares?|preparing)\s+to\b|\bto\s+be\s+held\b|\b(?:upcoming|forthcoming)\b|\bnext\b(?!\s+to\b)|\b(?:scheduled|slated)\s+(?:to|for)\b/gi;
// Where one clause ends and another begins: punctuation, subordinating words, ", but" and the like.
const CLAUSE_BREAK =
	/[;()“”—]|:(?=\s)|\s[–-]\s|,\s+(?=(?:but|as|whereas|although|though|because)\b)|\b(?:which|who|whom|whose|when|where|while|whereas|although|though|because|that|if|unless)\b/gi;
// Softer breaks inside a clause: commas and coordinating conjunctions.
const PHRASE_BREAK = /,\s|\s(?:and|but|or)\s/g;
const RELATIVE = /^(?:which|who|whom|whose|where)\b/i;

interface Indicator {
	at: number;
	tense: Tense;
}
interface Analysis {
	indicators: Indicator[];
	clauseBreaks: number[];
	phraseBreaks: number[];
}

interface Term {
	text: string;
	tags: string[];
	offset: { start: number; length: number };
}

function analyse(sentence: string): Analysis {
	const future = [...sentence.matchAll(FUTURE)].map((m) => ({ from: m.index, to: m.index + m[0].length }));
	const inFuture = (at: number) => future.some(({ from, to }) => at >= from && at < to);
	const indicators: Indicator[] = future.map(({ from }) => ({ at: from, tense: 'future' }));
	const terms = (nlp(sentence).json({ offset: true }) as { terms: Term[] }[]).flatMap((s) => s.terms);
	terms.forEach((term, i) => {
		const at = term.offset.start;
		if (inFuture(at)) return;
		const tense = verbTense(term, terms[i - 1]);
		if (tense) indicators.push({ at, tense });
	});
	indicators.sort((a, b) => a.at - b.at);
	const breaks = (re: RegExp) => [...sentence.matchAll(re)].map((m) => m.index);
	return { indicators, clauseBreaks: breaks(CLAUSE_BREAK), phraseBreaks: breaks(PHRASE_BREAK) };
}

// compromise tags verbs; "is" and "are" carry no tense tag, and a bare "meet" counts as present only
// after its subject ("leaders meet"), not after "to" or a modal.
function verbTense(term: Term, previous: Term | undefined): Tense | null {
	const tags = new Set(term.tags);
	const word = term.text.toLowerCase();
	if (tags.has('Auxiliary') && /^(?:has|have|had)$/.test(word)) return 'past';
	if (tags.has('PastTense')) return 'past';
	if (/^(?:is|are|am)$/.test(word)) return 'present';
	if (!tags.has('Verb') || !tags.has('PresentTense') || tags.has('Gerund') || tags.has('Auxiliary'))
		return null;
	const prev = new Set(previous?.tags ?? []);
	// "During talks", "the visits": a noun that compromise took for a verb.
	if (['Preposition', 'Determiner', 'Possessive', 'Adjective'].some((tag) => prev.has(tag))) return null;
	if (!tags.has('Infinitive')) return 'present';
	return prev.has('Noun') ? 'present' : null;
}

let cached: { sentence: string; analysis: Analysis } | undefined;
const analysisOf = (sentence: string) => {
	if (cached?.sentence !== sentence) cached = { sentence, analysis: analyse(sentence) };
	return cached.analysis;
};

const around = (breaks: number[], at: number, from: number, to: number) => ({
	from: Math.max(from, ...breaks.filter((b) => b <= at && b >= from)),
	to: Math.min(to, ...breaks.filter((b) => b > at && b <= to)),
});

/**
 * The tense of the clause around position `at` in `sentence`: the nearest tense marker before `at`
 * in its phrase (between commas or "and"), else the first after it, else the same in the whole
 * clause (cut at semicolons, dashes, brackets, quotes, "which", "who", "when", "that", ", but" …),
 * else the main verb after an embedded ", who …," clause, else past, the default of news reports.
 * Future markers: "will", "would", "is/are expected", "is to", "is set/due to", "plans to",
 * "to be held", "upcoming", "next"; present: a present-tense verb ("runs", "is touring");
 * past: a past-tense verb or participle ("met", "said", "was killed", "has been").
 */
export function tenseAt(sentence: string, at: number): Tense {
	const { indicators, clauseBreaks, phraseBreaks } = analysisOf(sentence);
	const clause = around(clauseBreaks, at, 0, sentence.length);
	const phrase = around(phraseBreaks, at, clause.from, clause.to);
	const before = (from: number) => indicators.findLast((i) => i.at < at && i.at >= from)?.tense;
	const after = (to: number, from = at) => indicators.find((i) => i.at >= from && i.at < to)?.tense;
	return (
		before(phrase.from) ??
		after(phrase.to) ??
		before(clause.from) ??
		after(clause.to) ??
		afterEmbeddedClause(sentence, clause.to, indicators, clauseBreaks) ??
		'past'
	);
}

// "During a meeting on Tuesday, Chen, who heads …, told …": the clause resumes after the second comma.
function afterEmbeddedClause(sentence: string, end: number, indicators: Indicator[], breaks: number[]) {
	if (!RELATIVE.test(sentence.slice(end)) || !/,\s*$/.test(sentence.slice(0, end))) return undefined;
	const resume = sentence.indexOf(', ', end);
	if (resume < 0) return undefined;
	const to = Math.min(sentence.length, ...breaks.filter((b) => b > resume));
	return indicators.find((i) => i.at > resume && i.at < to)?.tense;
}

// ---------------------------------------------------------------------------------------------
// Placing a date whose year (or week) the text leaves out.

/** What the text states of a date; the rest is left to the tense. */
interface Parts {
	year?: number;
	month?: number;
	day?: number;
	weekday?: number;
}

/** How to place the missing part: by tense from publication, or on/after (before) an anchor day. */
type Placement = { tense: Tense; published: number } | { onOrAfter: number } | { onOrBefore: number };

function place(parts: Parts, how: Placement): FuzzyDate | null {
	const { year, month, day, weekday } = parts;
	const near = yearOf(anchorOf(how));
	if (month !== undefined && day !== undefined) {
		// Only real days: 29 February falls in leap years, 31 April in none.
		const years = year === undefined ? range(near - 4, near + 4) : [year];
		const days = years.map((y) => dayNumber(y, month, day)).filter((d) => monthOf(d) === month);
		return year === undefined ? pickDay(days, how) : days[0] === undefined ? null : onDay(days[0]);
	}
	if (month !== undefined) {
		if (year !== undefined) return inMonth(year, month);
		const months = range(near - 1, near + 1).map((y): [number, number] => [
			dayNumber(y, month, 1),
			dayNumber(y, month + 1, 0),
		]);
		const chosen = choose(months, how);
		return chosen === undefined ? null : inMonth(yearOf(chosen[0]), month);
	}
	if (weekday !== undefined) {
		if ('tense' in how && how.tense === 'present')
			return onDay(mondayOf(how.published) + ((weekday + 6) % 7));
		const anchor = anchorOf(how);
		return pickDay(
			range(anchor - 7, anchor + 7).filter((d) => weekdayOf(d) === weekday),
			how,
		);
	}
	return year === undefined ? null : inYear(year);
}

function pickDay(days: number[], how: Placement): FuzzyDate | null {
	const chosen = choose(
		days.map((d): [number, number] => [d, d]),
		how,
	);
	return chosen === undefined ? null : onDay(chosen[0]);
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const anchorOf = (how: Placement) =>
	'tense' in how ? how.published : 'onOrAfter' in how ? how.onOrAfter : how.onOrBefore;

// Past: the latest candidate starting on or before the anchor; future: the earliest ending on or
// after it; present: the one nearest to it.
function choose(candidates: [number, number][], how: Placement): [number, number] | undefined {
	const anchor = anchorOf(how);
	const direction = 'tense' in how ? how.tense : 'onOrAfter' in how ? 'future' : 'past';
	if (direction === 'past') return candidates.findLast(([first]) => first <= anchor);
	if (direction === 'future') return candidates.find(([, last]) => last >= anchor);
	const distance = ([first, last]: [number, number]) => Math.max(first - anchor, anchor - last, 0);
	return candidates.reduce<[number, number] | undefined>(
		(best, c) => (best === undefined || distance(c) < distance(best) ? c : best),
		undefined,
	);
}

// ---------------------------------------------------------------------------------------------
// Expressions chrono does not read as calendar periods: "last month", "in March last year", years.

const MONTHS = 'january february march april may june july august september october november december'.split(
	' ',
);
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const WEEKDAYS = 'sunday monday tuesday wednesday thursday friday saturday'.split(' ');
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const YEAR = '((?:19|20)\\d{2})';
const SHIFT = { last: -1, past: -1, this: 0, next: 1 } as const;
const TENSE_OF_SHIFT: Record<number, Tense> = { [-1]: 'past', 0: 'present', 1: 'future' };
const monthNumber = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1;
const weekdayNumber = (name: string) => WEEKDAYS.indexOf(name.toLowerCase());
const shiftOf = (word: string) => SHIFT[word.toLowerCase() as keyof typeof SHIFT];
const capitalised = (word: string) => /^\p{Lu}/u.test(word);

// After a year, a lowercase word that is not a function word means the number counts something
// ("in 2000 cases"); a year is then too unsure to take.
const FUNCTION_WORDS = new Set(
	'a an the and or but as at by for from in into of on to with when while after before since until that which who it he she they we i you his her its their our was were is are had has have will would could should can may might did do does been be not also than then so if amid during following despite against under over between'.split(
		' ',
	),
);
function countsSomething(rest: string): boolean {
	if (/^(?:\d|[.,]\d|\s*(?:%|per\s*cent|percent)|[-–]\w)/i.test(rest)) return true;
	const next = /^\s+(\p{Ll}+)/u.exec(rest)?.[1];
	return next !== undefined && !FUNCTION_WORDS.has(next);
}

interface Found {
	start: number;
	end: number;
	date: FuzzyDate;
	until?: FuzzyDate | null;
	/** Set when the words fix the tense ("last", "next"); else the clause's tense is reported. */
	tense?: Tense;
}
type Rule = [RegExp, (m: RegExpExecArray, published: number, sentence: string) => Found | null];

const span = (m: RegExpExecArray, group: number) => {
	const start = m.index + m[0].indexOf(m[group] ?? '');
	return { start, end: m.index + m[0].length };
};
const afterThe = (sentence: string, at: number) => /\bthe\s+$/i.test(sentence.slice(0, at));

/** Rules in order of precedence; an earlier rule's match hides the words from later ones. */
const RULES: Rule[] = [
	// "(in) March last year", "late March next year"
	[
		new RegExp(`\\b((?:early|mid|late)[\\s-]+)?${MONTH}(?:\\s+of)?\\s+(last|this|next)\\s+year\\b`, 'gi'),
		(m, published) => {
			if (!capitalised(m[2]!)) return null;
			const shift = shiftOf(m[3]!);
			const date = inMonth(yearOf(published) + shift, monthNumber(m[2]!));
			return { ...span(m, m[1] ? 1 : 2), date, tense: TENSE_OF_SHIFT[shift]! };
		},
	],
	// "Tuesday last week", "Friday of next week"
	[
		new RegExp(`\\b${WEEKDAY}\\s+(?:of\\s+)?(last|this|next)\\s+week\\b`, 'gi'),
		(m, published) => {
			if (!capitalised(m[1]!)) return null;
			const shift = shiftOf(m[2]!);
			const day = mondayOf(published) + 7 * shift + ((weekdayNumber(m[1]!) + 6) % 7);
			return { ...span(m, 1), date: onDay(day), tense: TENSE_OF_SHIFT[shift]! };
		},
	],
	// "last Tuesday" (strictly before publication), "next Tuesday" (strictly after), "this Tuesday"
	[
		new RegExp(`\\b(last|past|this|next)\\s+${WEEKDAY}\\b`, 'gi'),
		(m, published, sentence) => {
			if (!capitalised(m[2]!) || afterThe(sentence, m.index)) return null;
			const shift = shiftOf(m[1]!);
			const weekday = weekdayNumber(m[2]!);
			const how: Placement =
				shift === 0
					? { tense: 'present', published }
					: shift < 0
						? { onOrBefore: published - 1 }
						: { onOrAfter: published + 1 };
			const date = place({ weekday }, how);
			return date && { ...span(m, 1), date, tense: TENSE_OF_SHIFT[shift]! };
		},
	],
	// "last March" (the latest March before the publication month), "next May", "this October"
	[
		new RegExp(`\\b(last|this|next)\\s+${MONTH}\\b`, 'gi'),
		(m, published, sentence) => {
			if (!capitalised(m[2]!) || afterThe(sentence, m.index)) return null;
			const shift = shiftOf(m[1]!);
			const month = monthNumber(m[2]!);
			const [year, current] = [yearOf(published), monthOf(published)];
			const date =
				shift === 0
					? inMonth(year, month)
					: place(
							{ month },
							shift < 0
								? { onOrBefore: dayNumber(year, current, 1) - 1 }
								: { onOrAfter: dayNumber(year, current + 1, 1) },
						);
			return date && { ...span(m, 1), date, tense: TENSE_OF_SHIFT[shift]! };
		},
	],
	// "last month('s)", "earlier this month", "next week", "this year's", "late last year";
	// not "the last year" (a rolling twelve months).
	[
		/\b(?:(earlier|later|early|late)\s+)?(last|this|next)\s+(week|month|year)\b/gi,
		(m, published, sentence) => {
			if (afterThe(sentence, m.index)) return null;
			const shift = shiftOf(m[2]!);
			const unit = m[3]!.toLowerCase();
			const month = dayNumber(yearOf(published), monthOf(published) + shift, 1);
			let date =
				unit === 'week'
					? inWeek(published + 7 * shift)
					: unit === 'month'
						? inMonth(yearOf(month), monthOf(month))
						: inYear(yearOf(published) + shift);
			// "earlier this month" ends on publication and "later this year" starts there.
			const qualifier = shift === 0 ? m[1]?.toLowerCase() : undefined;
			if (qualifier === 'earlier') date = { ...date, latest: iso(published) };
			if (qualifier === 'later') date = { ...date, earliest: iso(published) };
			const tense =
				qualifier === 'earlier' ? 'past' : qualifier === 'later' ? 'future' : TENSE_OF_SHIFT[shift]!;
			return { start: m.index, end: m.index + m[0].length, date, tense };
		},
	],
	// "today", "yesterday", "tomorrow", "tonight"
	[
		/\b(today|tonight|yesterday|tomorrow)\b/gi,
		(m, published) => {
			const word = m[1]!.toLowerCase();
			const shift = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
			return {
				start: m.index,
				end: m.index + m[0].length,
				date: onDay(published + shift),
				tense: TENSE_OF_SHIFT[shift]!,
			};
		},
	],
	// "from 2014 to 2016", "between 2010 and 2020"
	[
		new RegExp(`\\b(?:from|between)\\s+${YEAR}\\s*(?:to|and|until|till|through|-|–)\\s*${YEAR}\\b`, 'gi'),
		(m, _published, sentence) => {
			const [first, last] = [Number(m[1]), Number(m[2])];
			if (last < first || countsSomething(sentence.slice(m.index + m[0].length))) return null;
			return { ...span(m, 1), date: inYear(first), until: inYear(last) };
		},
	],
	// "in 2014", "since 2010", "late 2023", "mid-2023", "the end of 2024"; never a bare number.
	[
		new RegExp(
			`\\b(?:((?:early|mid|late)[\\s-]+)|(?:in|since|by|from|until|till|through|during|before|after)\\s+((?:early|mid|late)[\\s-]+)?|(?:end|start|beginning|middle|half|quarter|spring|summer|autumn|fall|winter)\\s+of\\s+)${YEAR}\\b`,
			'gi',
		),
		(m, _published, sentence) => {
			if (countsSomething(sentence.slice(m.index + m[0].length))) return null;
			const from = m[1] ? 1 : m[2] ? 2 : 3;
			return { ...span(m, from), date: inYear(Number(m[3])) };
		},
	],
];

// ---------------------------------------------------------------------------------------------
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
const calendarParser = (() => {
	const configuration = chrono.en.configuration.createCasualConfiguration();
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
	return new chrono.Chrono(configuration);
})();

const WEEKDAY_WORD =
	/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.)/;
// Month names are capitalised in news copy; lowercase, "may" and "march" are verbs.
const LOWERCASE_MONTH =
	/\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/;
// A month alone ("in May") must follow one of these, so "Theresa May" or "protesters march" is no date.
const BEFORE_BARE_MONTH =
	/\b(?:in|since|by|from|until|till|through|during|before|after|of|between|early|mid|late)[\s-]+$/i;

function partsOf(components: chrono.ParsedComponents): Parts {
	const parts: Parts = {};
	for (const key of ['year', 'month', 'day', 'weekday'] as const) {
		const value = components.get(key);
		if (components.isCertain(key) && value !== null) parts[key] = value;
	}
	return parts;
}

interface Read {
	start: number;
	end: number;
	parts: Parts;
	endParts: Parts | null;
}

function readCalendar(masked: string, published: number): Read[] {
	const instant = new Date(published * DAY_MS + DAY_MS / 2);
	const reads: Read[] = [];
	for (const result of calendarParser.parse(masked, { instant, timezone: 0 })) {
		const lead = /^[\s,(（]*(?:(?:on|in|from|between|since|by|until|during|of)\s+)?/i.exec(result.text)![0]
			.length;
		let start = result.index + lead;
		const end = result.index + result.text.replace(/[\s,)）]+$/, '').length;
		const text = masked.slice(start, end);
		const parts = partsOf(result.start);
		// Chrono fills "next Tuesday" from its reference; the rules above read such words instead.
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
	return joinBetween(masked, reads);
}

// "between May 27 and 29", "between Tuesday and Thursday": chrono reads no range with "and".
function joinBetween(text: string, reads: Read[]): Read[] {
	const joined: Read[] = [];
	for (let i = 0; i < reads.length; i++) {
		const read = reads[i]!;
		const next = reads[i + 1];
		if (read.endParts || !/\bbetween\s+$/i.test(text.slice(0, read.start))) {
			joined.push(read);
			continue;
		}
		if (next && /^\s+and\s+$/.test(text.slice(read.end, next.start))) {
			joined.push({ ...read, end: next.end, endParts: next.parts });
			i++;
			continue;
		}
		const day = /^\s+and\s+(\d{1,2})\b(?!\s*(?:%|per\b)|[.,]\d)/.exec(text.slice(read.end));
		const { day: first, month } = read.parts;
		if (day && first !== undefined && Number(day[1]) > first && Number(day[1]) <= 31) {
			joined.push({
				...read,
				end: read.end + day[0].length,
				endParts: { month: month!, day: Number(day[1]) },
			});
		} else joined.push(read);
	}
	return joined;
}

// ---------------------------------------------------------------------------------------------

/**
 * Every date expression in a sentence, resolved against the publication day `published`
 * ("YYYY-MM-DD") and the tense of its clause (see `tenseAt`), in order of position.
 *
 * - A weekday in the past is the latest such day on or before publication; in the future the
 *   earliest on or after it (so "will … on Friday" published on a Friday is that day); in the
 *   present the one in the publication day's Monday–Sunday week.
 * - A month or day-and-month without a year: past → the latest at or before publication, future →
 *   the earliest at or after it, present → the nearest. A range's end is the first on or after its start.
 * - "last/this/next week|month|year", "in March last year", "earlier this month" and years after
 *   "in", "since", "late" … are calendar periods of week, month or year precision.
 * - Nothing is given a day the text does not state.
 *
 * @example findDates('Chen will visit Russia from Sunday to 28 April, it said.', '2024-04-19')
 * // → [{ text: 'Sunday to 28 April', date: '2024-04-21', until: { date: '2024-04-28', … }, tense: 'future', … }]
 */
export function findDates(sentence: string, published: string): DateMention[] {
	const day = parseDay(published);
	const found: Found[] = [];
	let masked = sentence;
	for (const [pattern, read] of RULES) {
		for (const match of masked.matchAll(pattern)) {
			const hit = read(match as RegExpExecArray, day, masked);
			if (!hit) continue;
			found.push(hit);
			masked = masked.slice(0, hit.start) + ' '.repeat(hit.end - hit.start) + masked.slice(hit.end);
		}
	}
	for (const read of readCalendar(masked, day)) {
		const tense = tenseAt(sentence, read.start);
		const endYearOnly = read.endParts?.year !== undefined && read.parts.year === undefined;
		const endDate = endYearOnly ? place(read.endParts!, { tense, published: day }) : null;
		const date = place(
			read.parts,
			endDate ? { onOrBefore: parseDay(endDate.latest) } : { tense, published: day },
		);
		if (!date) continue;
		const until = read.endParts && (endDate ?? place(read.endParts, { onOrAfter: parseDay(date.earliest) }));
		found.push({ start: read.start, end: read.end, date, until, tense });
	}
	return found
		.sort((a, b) => a.start - b.start)
		.map(({ start, end, date, until, tense }) => ({
			...date,
			text: sentence.slice(start, end),
			start,
			end,
			until: until ?? null,
			tense: tense ?? tenseAt(sentence, start),
		}));
}
