import nlp from 'compromise';
import type { Figure } from '../../../src/schemas/figure.ts';
import type { Source } from '../../../src/schemas/source.ts';
import { slugify } from '../ids.ts';
import { FUNCTION_WORDS } from '../words.ts';
import { countryOf } from './countries.ts';
import { findPersonMentions, type PersonMention } from './people.ts';
import type { Sentence } from './sentences.ts';
import { tokenize, type Token } from './tokens.ts';

/**
 * The figures stage: every number in the story text that counts something (people killed,
 * money, growth, countries attending, a body's size, a trip's length), what it measures, and
 * whether the articles that report the same measure agree.
 */

/** One number that counts something, found in one sentence. */
export interface FigureMention {
	/** The number in `unit`s: "US$240.1 billion" → 240100000000, "down 5 per cent" → -5. */
	value: number;
	/** "people", "USD", "percent", "countries", "days", "members"… */
	unit: string;
	/** The figure as written, qualifier and counted noun included: "more than 100 countries". */
	text: string;
	/** What is counted, in words: "people killed in the attack on a concert hall near Moscow". */
	measure: string;
	/**
	 * words that identify what is counted, for grouping: `unit|what|context`, then `@period`
	 * (a year) when the text dates the measure. Reports of one measure share the part before `@`.
	 */
	key: string;
	source: Source;
}

// ── Spotting numbers ─────────────────────────────────────────────────────────────────────────

/** Splits a list written as one string: "a b c" → ["a", "b", "c"]. */
const list = (text: string): string[] => text.trim().split(/\s+/);
/** A table written as one string: "k:1000 m:1000000" → Map { k → 1000, m → 1000000 }. */
const table = (text: string): Map<string, string> =>
	new Map(list(text).map((pair) => pair.split(':') as [string, string]));

const SMALL = list(`zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
	fifteen sixteen seventeen eighteen nineteen`);
const TENS = list('twenty thirty forty fifty sixty seventy eighty ninety');
const WORD_NUMBER = `(?:(?:${TENS.join('|')})(?:-(?:${SMALL.slice(1, 10).join('|')}))?|${SMALL.slice(1).reverse().join('|')})`;
const SCALES = table(
	'k:1e3 thousand:1e3 hundred:1e2 m:1e6 mn:1e6 million:1e6 bn:1e9 billion:1e9 tn:1e12 trillion:1e12',
);
const CURRENCIES = table(`US$:USD $:USD HK$:HKD NZ$:NZD A$:AUD C$:CAD S$:SGD £:GBP €:EUR ¥:JPY ₹:INR
	dollars:USD euros:EUR pounds:GBP yuan:CNY renminbi:CNY roubles:RUB rubles:RUB yen:JPY rupees:INR`);
/** A number with what is written around it: currency, scale, per cent, a hyphenated unit ("nine-day"). */
const FIGURE = new RegExp(
	String.raw`(?<![\p{L}\p{N}$£€¥₹.,-])(?<currency>US\$|HK\$|NZ\$|A\$|C\$|S\$|\$|£|€|¥|₹)?` +
		String.raw`(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|${WORD_NUMBER}(?!\p{L}))` +
		String.raw`(?<scale>(?<=\d)(?:bn|mn|m|tn|k)(?![\p{L}\p{N}])|\s(?:trillion|billion|million|thousand|hundred)(?!\p{L}))?` +
		String.raw`(?<percent>\s?%|\s?per\s?cent(?!\p{L})|\spercent(?!\p{L})|\spercentage points?(?!\p{L}))?` +
		String.raw`(?<currencyWord>\s(?:dollars|euros|pounds|yuan|renminbi|roubles|rubles|yen|rupees)(?!\p{L}))?` +
		String.raw`(?:-(?<compound>\p{L}+(?:-\p{L}+)*))?`,
	'giu',
);
/** Words before a number that make it a bound or an estimate; they stay part of the figure's text. */
const QUALIFIER =
	/(?:^|\s)(more than|over|at least|upwards of|in excess of|no fewer than|no less than|almost|nearly|close to|about|around|roughly|approximately|some|an estimated|up to|as many as|fewer than|less than|under|at most|no more than)\s+$/i;
const LOWER_BOUND = /^(?:more than|over|at least|upwards of|in excess of|no fewer than|no less than)\b/i;
const UPPER_BOUND = /^(?:up to|as many as|fewer than|less than|under|at most|no more than)\b/i;
const NEARLY = /^(?:almost|nearly|close to)\b/i;
const ABOUT = /^(?:about|around|roughly|approximately|some|an estimated)\b/i;

const MONTHS =
	/^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
/** Written after a number, these make it a time, an ordinal, a range or a multiplier, not a count. */
const NOT_A_COUNT_AFTER = /^(?:[\p{L}\p{N}]|:\d|[-–]\d|\s?(?:am|pm|a\.m\.|p\.m\.|gmt|o['’]clock|times)\b)/iu;
/** "the two countries", "both sides": a number word after these refers back, it does not count. */
const REFERRING = new Set(list('the these those both its their his her our all'));
/** Units written as "nine-day", in days where they are days. */
const DURATIONS = table('day:1 night:1 week:7 month:1 year:1 hour:1 minute:1');
/** Units written as "24-member", "27-nation": the size of a body. */
const BODY_SIZES = new Set(list('member strong nation country state seat'));
const TRIP_NOUNS = new Set(list('trip visit tour journey stay mission voyage'));
/** What people are killed, hurt or arrested in. */
const EVENT_NOUNS = new Set(
	list(`attack bombing blast explosion shooting crash fire earthquake quake flood flooding storm typhoon hurricane
	raid strike airstrike clash protest riot war conflict fighting violence collision stampede incident assault siege
	offensive ambush massacre hijacking derailment landslide shelling disaster outbreak`),
);
const PREPOSITIONS = new Set(
	list(`in at on near outside inside across along around to into from off throughout during after following over
	by with for of against between among`),
);
/** Prepositions that carry a place on: "at a concert hall" + "near Moscow". */
const PLACE_LINKS = new Set(list('near in outside of on'));
const AUXILIARIES = new Set(list('is are was were be been being have has had will would'));
const NOT_ACTIONS =
	/^(?:said|says|say|told|include[sd]?|including|has|have|had|is|are|was|were|be|been|with|among)$/i;
const PLURAL_WITHOUT_S = new Set(list('people police staff personnel crew children men women cattle'));
const CHANGE =
	/^(?:up|rose|rise[ns]?|rising|jump|grew|grow|increas|climb|surg|soar|gain|expand|rebound|added)/i;
const FALL =
	/^(?:down|fell|fall|drop|declin|decreas|slump|plung|slid|shr[iau]nk|contract|lost|los[ei]|dip|sank|sink|cut|slash|shed)/i;
/** Verbs of amounts that the tagger, next to a number, often takes for nouns ("rose", "cut"). */
const AMOUNT_VERB = /^(?:reach|hit|total|stood|stand|amount)/i;
/** A verb, or a word of change the tagger mistook for a noun. */
const isVerb = (t: Token | undefined): boolean =>
	t !== undefined &&
	(has(t, 'Verb') ||
		((CHANGE.test(t.bare) || FALL.test(t.bare) || AMOUNT_VERB.test(t.bare)) &&
			!/^(?:up|down)$/i.test(t.bare)));
/** Words that qualify an amount without saying what it is an amount of. */
const FILLERS = new Set(list('total overall combined annual bilateral two-way record new'));
const ATTEND = /^(?:attend|participat)/i;

interface Span {
	value: number;
	unit: string;
	/** Where the figure's text starts (qualifier included) and ends. */
	start: number;
	end: number;
	kind: 'money' | 'percent' | 'compound' | 'count';
	compound: string | null;
}

/** Reads the number a match spells out, or null when it is a date, a year, an ordinal or a time. */
function readSpan(match: RegExpExecArray, text: string): Span | null {
	const groups = match.groups ?? {};
	const written = groups['number'] ?? '';
	const end = match.index + match[0].length;
	if (NOT_A_COUNT_AFTER.test(text.slice(end)) && !groups['compound']) return null;
	const literal = /\d/.test(written) ? Number(written.replace(/,/g, '')) : wordValue(written);
	const scale = Number(SCALES.get((groups['scale'] ?? '').trim().toLowerCase()) ?? 1);
	const value = Number((literal * scale).toPrecision(12));
	const qualifier = QUALIFIER.exec(text.slice(0, match.index));
	const start = qualifier
		? match.index - qualifier[0].length + qualifier[0].indexOf(qualifier[1]!)
		: match.index;
	const currency = groups['currency'] ?? groups['currencyWord']?.trim().toLowerCase();
	if (currency !== undefined)
		return { value, unit: CURRENCIES.get(currency) ?? 'USD', start, end, kind: 'money', compound: null };
	if (groups['percent']) {
		const unit = /point/i.test(groups['percent']) ? 'percentage points' : 'percent';
		return { value, unit, start, end, kind: 'percent', compound: null };
	}
	const compound = groups['compound']?.toLowerCase();
	if (compound !== undefined) {
		const [unit, ...rest] = compound.split('-');
		const known = unit !== undefined && rest.length === 0 && (DURATIONS.has(unit) || BODY_SIZES.has(unit));
		if (!known) return null;
		const days = Number(DURATIONS.get(unit) ?? 0);
		const base = unit === 'week' ? 'day' : unit;
		const plural = BODY_SIZES.has(base) && base !== 'seat' ? 'members' : `${base}s`;
		return { value: days ? value * days : value, unit: plural, start, end, kind: 'compound', compound: unit };
	}
	if (/^one$/i.test(written)) return null;
	return { value, unit: '', start, end, kind: 'count', compound: null };
}

function wordValue(word: string): number {
	const [tens, units] = word.toLowerCase().split('-');
	const tensIndex = TENS.indexOf(tens ?? '');
	if (tensIndex >= 0) return (tensIndex + 2) * 10 + Math.max(0, SMALL.indexOf(units ?? ''));
	return SMALL.indexOf(tens ?? '');
}

// ── Reading the sentence around a number ─────────────────────────────────────────────────────

const tokenCache = new WeakMap<Sentence, Token[]>();
const personCache = new WeakMap<Sentence, PersonMention[]>();

function tokensOf(sentence: Sentence): Token[] {
	let tokens = tokenCache.get(sentence);
	if (!tokens) tokenCache.set(sentence, (tokens = tokenize(sentence.text).filter((t) => t.text !== '')));
	return tokens;
}

function peopleOf(sentence: Sentence): PersonMention[] {
	let people = personCache.get(sentence);
	if (!people) personCache.set(sentence, (people = findPersonMentions(sentence).filter((p) => p.evidence)));
	return people;
}

/** A crude stem: lowercase, no possessive, British spelling, no plural, and for common words no verb ending. */
function stem(word: string): string {
	const bare = word.toLowerCase().replace(/[’']s?$/, '');
	// Names keep their letters: "Airbus", "Wenqing".
	if (/^\p{Lu}/u.test(word)) return bare;
	let w = bare.replace(/iz(e|ing|ation)/, 'is$1');
	if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
	else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
	if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
	else if (w.length > 5 && w.endsWith('ed')) w = w.slice(0, -2);
	return w;
}

/** The topic-bearing words of a phrase, stemmed, countries by their names ("Chinese" → "china"), for keys. */
const keyWords = (text: string): string[] =>
	(text.match(/[\p{L}\p{N}]+(?:[’'][\p{L}]+)?/gu) ?? [])
		.filter(
			(w) =>
				!FUNCTION_WORDS.has(w.toLowerCase()) &&
				!PREPOSITIONS.has(w.toLowerCase()) &&
				!FILLERS.has(w.toLowerCase()) &&
				// Another figure inside the phrase ("delegates from 130 countries") says nothing of the measure.
				!/^\d+$/.test(w),
		)
		.map((w) => countryOf(w)?.toLowerCase() ?? stem(w));

const word = (token: Token | undefined): string => token?.bare.toLowerCase() ?? '';
const has = (token: Token | undefined, ...tags: string[]): boolean => tags.some((t) => token?.tags.has(t));
const isNounish = (t: Token | undefined): boolean =>
	t !== undefined &&
	!PREPOSITIONS.has(word(t)) &&
	!has(t, 'Pronoun', 'Verb', 'Conjunction', 'Adverb', 'QuestionWord') &&
	has(t, 'Noun', 'Adjective', 'Determiner', 'Possessive', 'Value', 'Acronym', 'ProperNoun');
const ends = (t: Token): boolean => /[,;:–—()“”"]/.test(t.post);

/** One sentence with its tokens and clause boundaries, and the article's earlier sentences. */
interface Reading {
	sentence: Sentence;
	tokens: Token[];
	before: readonly Sentence[];
	/** The last count read in this sentence, for "40 missiles and 30 drones" to share its verb. */
	lastCount?: { head: number; action: string; chain: Chain };
}

/** Token indices [first, last] of the clause around token `i`: punctuation and "while/but" end clauses. */
function clause(tokens: readonly Token[], i: number): [number, number] {
	let first = i;
	while (
		first > 0 &&
		!ends(tokens[first - 1]!) &&
		!/^(?:while|whereas|but|although)$/.test(word(tokens[first]))
	)
		first--;
	let last = i;
	while (
		last < tokens.length - 1 &&
		!ends(tokens[last]!) &&
		!/^(?:while|whereas|but|although)$/.test(word(tokens[last + 1]))
	)
		last++;
	return [first, last];
}

const textOf = (r: Reading, from: Token, to: Token): string => r.sentence.text.slice(from.start, to.end);

/** A year (as text) for "last year", "this week's", "in 2023" in `text`, counted from `published`. */
function periodOf(text: string, published: string): string {
	const pattern = /\b(?:(last|this|next) (year|month|week)|(?:in|during|for|of) ((?:19|20)\d\d))\b/gi;
	for (const m of text.matchAll(pattern)) {
		if (/\b(?:from|since|than|compared with|over)\s+(?:the\s+)?$/i.test(text.slice(0, m.index))) continue;
		if (m[3]) return m[3];
		const date = new Date(`${published}T00:00:00Z`);
		const step = m[1]!.toLowerCase() === 'last' ? -1 : m[1]!.toLowerCase() === 'next' ? 1 : 0;
		const unit = m[2]!.toLowerCase();
		if (unit === 'year') date.setUTCFullYear(date.getUTCFullYear() + step);
		if (unit === 'month') date.setUTCMonth(date.getUTCMonth() + step);
		if (unit === 'week') date.setUTCDate(date.getUTCDate() + 7 * step);
		return String(date.getUTCFullYear());
	}
	return '';
}

/** The words of a noun phrase that ends just before token `end` (exclusive), walking back. */
function phraseBefore(tokens: readonly Token[], end: number, floor: number): [number, number] | null {
	// The tagger takes a clause's first word for an imperative verb: "Imports fell", "Trade between …".
	const nounAt = (i: number) =>
		isNounish(tokens[i]) ||
		(i === floor &&
			has(tokens[i], 'Infinitive', 'PresentTense') &&
			(isVerb(tokens[i + 1]) || PREPOSITIONS.has(word(tokens[i + 1]))));
	let i = end;
	while (i > floor && nounAt(i - 1) && (i === end || !ends(tokens[i - 1]!))) {
		i--;
		// "trade with Russia", "trade between China and Russia"
		const link = tokens[i - 1];
		if (
			i - 1 > floor &&
			/^(?:of|with|between|and)$/.test(word(link)) &&
			nounAt(i - 2) &&
			!ends(tokens[i - 2]!)
		)
			i--;
	}
	while (i < end && (has(tokens[i], 'Determiner') || PREPOSITIONS.has(word(tokens[i])))) i++;
	return i < end ? [i, end - 1] : null;
}

interface Chain {
	event: string | null;
	place: { text: string; words: string[] } | null;
}

/** Prepositional phrases from token `from` to `to`: what happened (an event noun) and where. */
function readChain(r: { sentence: Sentence; tokens: readonly Token[] }, from: number, to: number): Chain {
	const { tokens } = r;
	const chain: Chain = { event: null, place: null };
	let placeStart = -1;
	let placeEnd = -1;
	let i = from;
	while (i <= to && PREPOSITIONS.has(word(tokens[i]))) {
		let k = i + 1;
		while (k <= to && isNounish(tokens[k])) {
			k++;
			if (ends(tokens[k - 1]!)) break;
		}
		const object = tokens.slice(i + 1, k);
		const event = object.find((t) => EVENT_NOUNS.has(stem(t.bare)));
		if (object.some((t) => has(t, 'Date', 'Duration'))) {
			// a time: "in decades", "on Saturday"
		} else if (event) {
			chain.event ??= stem(event.bare);
		} else if (!chain.place) {
			placeStart = tokens[i]!.start;
			chain.place = { text: r.sentence.text.slice(placeStart, tokens[k - 1]!.end), words: [] };
			placeEnd = k;
		} else if (
			placeEnd === i &&
			PLACE_LINKS.has(word(tokens[i])) &&
			object.some((t) => has(t, 'ProperNoun', 'Place'))
		) {
			chain.place.text = r.sentence.text.slice(placeStart, tokens[k - 1]!.end);
			placeEnd = k;
		}
		if (k === i + 1 || ends(tokens[k - 1]!)) break;
		i = k;
	}
	if (chain.place) chain.place.words = keyWords(chain.place.text).sort();
	return chain;
}

/** Where a definite "the attack" was described: the same noun with a place, earlier on. */
function antecedentPlace(r: Reading, event: string, beforeIndex: number): Chain['place'] {
	const candidates = [{ sentence: r.sentence, tokens: r.tokens.slice(0, beforeIndex) }];
	for (const s of [...r.before].reverse()) candidates.push({ sentence: s, tokens: tokensOf(s) });
	for (const c of candidates) {
		for (let i = c.tokens.length - 1; i >= 0; i--) {
			if (stem(c.tokens[i]!.bare) !== event) continue;
			const [, last] = clause(c.tokens, i);
			const found = readChain(c, i + 1, last).place;
			if (found) return found;
		}
	}
	return null;
}

/** The countries a phrase names ("China’s total trade with Russia"), in order, without repeats. */
function countriesIn(tokens: readonly Token[]): string[] {
	const found: string[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const pair = i + 1 < tokens.length ? countryOf(`${tokens[i]!.bare} ${tokens[i + 1]!.bare}`) : null;
		const country = pair ?? countryOf(tokens[i]!.bare);
		if (pair) i++;
		if (country && !found.includes(country)) found.push(country);
	}
	return found;
}

/** The two countries an article is about: the two it names most often up to this sentence. */
function articleCountries(r: Reading): string[] {
	const counts = new Map<string, number>();
	for (const s of [...r.before, r.sentence]) {
		const tokens = tokensOf(s);
		for (let i = 0; i < tokens.length; i++) {
			const country = countryOf(tokens[i]!.bare);
			if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
		}
	}
	return [...counts]
		.sort((a, b) => b[1] - a[1])
		.slice(0, 2)
		.map(([c]) => c);
}

/** The person a trip belongs to: a possessive or the nearest person named before the figure. */
function traveller(r: Reading, start: number): string | null {
	const before = r.tokens.filter((t) => t.end <= start);
	const last = before.at(-1);
	if (last && /^\p{Lu}.*[’']s$/u.test(last.text) && !countryOf(last.bare) && !has(last, 'Date'))
		return last.bare;
	const people = peopleOf(r.sentence).filter((p) => p.end <= start);
	let person = people.at(-1);
	for (const s of [...r.before].reverse()) person ??= peopleOf(s).at(-1);
	if (!person) return null;
	if (person.parts.length > 1) return person.name;
	// "Chen" is "Chen Wenqing" when the article named him in full earlier.
	for (const s of r.before) {
		const full = peopleOf(s).find((p) => p.parts.length > 1 && p.parts.includes(person.name));
		if (full) return full.name;
	}
	return person.name;
}

const participle = (verb: Token): string => {
	if (has(verb, 'PastTense', 'Participle') || /ed$/.test(verb.text)) return verb.text.toLowerCase();
	const forms = (nlp(verb.text).verbs() as unknown as { conjugate(): { PastTense?: string }[] }).conjugate();
	return (forms[0]?.PastTense ?? verb.text).toLowerCase();
};
const gerund = (verb: string): string => {
	const forms = (nlp(verb).verbs() as unknown as { conjugate(): { Gerund?: string }[] }).conjugate();
	return (forms[0]?.Gerund ?? verb).toLowerCase();
};

interface Described {
	measure: string;
	what: string;
	context: string;
	period: string;
}

/** Finds what an amount of money or a percentage is of: "Bilateral trade jumped … to US$240.1 billion". */
function describeAmount(r: Reading, span: Span, first: number, last: number): Described | null {
	const { tokens } = r;
	const previous = tokens[first - 1];
	const growth =
		span.kind === 'percent'
			? CHANGE.test(word(previous)) || FALL.test(word(previous)) || word(previous) === 'by'
			: /^(?:up|down|by)$/.test(word(previous));
	if (
		growth &&
		(FALL.test(word(previous)) || (word(previous) === 'by' && FALL.test(word(tokens[first - 2]))))
	) {
		span.value = -span.value;
	}
	const period = periodOf(r.sentence.text, r.sentence.published);
	const next = tokens[last + 1];
	// "12 per cent of voters", "a £1.2bn contract", "a 12% stake in the firm"
	if (!growth && word(next) === 'of' && span.kind === 'percent') {
		const [, end] = clause(tokens, last + 2);
		let k = last + 2;
		while (k <= end && isNounish(tokens[k])) k++;
		if (k > last + 2) {
			const of = textOf(r, tokens[last + 2]!, tokens[k - 1]!);
			return { measure: `share of ${of}`, what: `share ${keyWords(of).join(' ')}`, context: '', period };
		}
	}
	// After "a", whatever runs up to a preposition is the noun the amount qualifies (the tagger may say verb).
	const article = /^(?:a|an|the)$/.test(word(previous));
	const nounLike = (t: Token | undefined): t is Token =>
		t !== undefined &&
		!PREPOSITIONS.has(word(t)) &&
		!has(t, 'Date', 'Pronoun', 'Conjunction', 'Determiner') &&
		(article || has(t, 'Noun'));
	if (!growth && nounLike(next) && !ends(tokens[last]!)) {
		let k = last + 1;
		while (k + 1 < tokens.length && nounLike(tokens[k + 1]) && !ends(tokens[k]!)) k++;
		const noun = textOf(r, next, tokens[k]!);
		const [, end] = clause(tokens, k);
		const chain = readChain(r, k + 1, end);
		const measure = span.kind === 'money' ? `value of the ${noun}` : noun;
		return {
			measure: chain.place ? `${measure} ${chain.place.text}` : measure,
			what: keyWords(noun).join(' '),
			context: chain.place?.words.join(' ') ?? '',
			period,
		};
	}
	if (/^(?:worth|at|costing|cost)$/.test(word(previous))) {
		const back = word(previous) === 'at' && word(tokens[first - 2]) === 'valued' ? first - 2 : first - 1;
		const phrase = phraseBefore(tokens, back, 0);
		if (phrase) {
			const np = textOf(r, tokens[phrase[0]]!, tokens[phrase[1]]!);
			return { measure: `value of ${np}`, what: keyWords(np).join(' '), context: '', period };
		}
	}
	// The subject of the nearest verb before the figure, in this clause or the ones before it.
	let [clauseFirst] = clause(tokens, first);
	let subject: [number, number] | null = null;
	for (let hops = 0; hops < 3 && !subject && clauseFirst >= 0; hops++) {
		for (let v = Math.min(first - 1, tokens.length - 1); v >= clauseFirst && !subject; v--) {
			if (!isVerb(tokens[v]) || has(tokens[v], 'Gerund')) continue;
			let s = v;
			while (
				s > clauseFirst &&
				(has(tokens[s - 1], 'Auxiliary', 'Adverb') || AUXILIARIES.has(word(tokens[s - 1])))
			)
				s--;
			subject = phraseBefore(tokens, s, clauseFirst);
			if (!subject && s === clauseFirst) subject = subjectBeforeRelative(tokens, clauseFirst);
		}
		first = clauseFirst;
		clauseFirst = clauseFirst > 0 ? clause(tokens, clauseFirst - 1)[0] : -1;
	}
	if (!subject) return null;
	const phrase = tokens.slice(subject[0], subject[1] + 1);
	let countries = countriesIn(phrase);
	const bilateral = phrase.some((t) => /^(?:bilateral|two-way)$/i.test(t.bare));
	if (bilateral && countries.length < 2) countries = articleCountries(r);
	const rest = phrase.filter(
		(t) =>
			countriesIn([t]).length === 0 &&
			!FILLERS.has(word(t)) &&
			!FUNCTION_WORDS.has(word(t)) &&
			!has(t, 'Determiner'),
	);
	const what = rest.map((t) => (has(t, 'ProperNoun', 'Acronym') ? t.bare : t.bare.toLowerCase())).join(' ');
	const named =
		countries.length >= 2 && what !== ''
			? `${[...countries].sort().join('–')} ${what}`
			: textOf(r, phrase[0]!, phrase.at(-1)!);
	return {
		measure: growth ? `${named} growth` : named,
		what: [...keyWords(what), ...(growth ? ['growth'] : [])].join(' '),
		context: countries
			.map((c) => c.toLowerCase())
			.sort()
			.join(' '),
		period,
	};
}

/** "The company, which employs 20,000 people, earned …": the subject sits before a relative clause. */
function subjectBeforeRelative(tokens: readonly Token[], clauseFirst: number): [number, number] | null {
	if (clauseFirst === 0) return null;
	const [relative] = clause(tokens, clauseFirst - 1);
	if (relative === 0 || !/^(?:which|who|whose|that)$/.test(word(tokens[relative]))) return null;
	const [first, last] = clause(tokens, relative - 1);
	return phraseBefore(tokens, last + 1, first);
}

/** Finds what a hyphenated figure measures: "a nine-day trip to Russia", "the 24-member Politburo". */
function describeCompound(r: Reading, span: Span, last: number): Described | null {
	const { tokens } = r;
	let k = last + 1;
	while (has(tokens[k], 'Adjective') && !has(tokens[k], 'Noun')) k++;
	const nounStart = k;
	while (
		k < tokens.length &&
		has(tokens[k], 'Noun') &&
		!has(tokens[k], 'Pronoun') &&
		!PREPOSITIONS.has(word(tokens[k]))
	) {
		if (ends(tokens[k]!) || /[’']s$/.test(tokens[k]!.text)) {
			k++;
			break;
		}
		k++;
	}
	if (k === nounStart) return null;
	const head = tokens[k - 1]!;
	const noun = textOf(r, tokens[nounStart]!, head);
	const [, clauseLast] = clause(tokens, k - 1);
	const sentencePeriod = periodOf(r.sentence.text, r.sentence.published);
	if (DURATIONS.has(span.compound ?? '')) {
		const period = sentencePeriod || r.sentence.published.slice(0, 4);
		if (TRIP_NOUNS.has(stem(head.bare))) {
			const owner = traveller(r, span.start);
			let destination = '';
			if (/^(?:to|of)$/.test(word(tokens[k])) && has(tokens[k + 1], 'ProperNoun')) {
				let d = k + 1;
				while (has(tokens[d + 1], 'ProperNoun') && !ends(tokens[d]!)) d++;
				destination = textOf(r, tokens[k + 1]!, tokens[d]!);
			}
			const measure = `length of ${owner ? `${owner}’s` : 'the'} ${noun}${destination ? ` to ${destination}` : ''}`;
			return {
				measure,
				what: 'trip length',
				context: keyWords(`${owner ?? ''} ${destination}`).join(' '),
				period,
			};
		}
		const chain = readChain(r, k, clauseLast);
		return {
			measure: `length of the ${noun}${chain.place ? ` ${chain.place.text}` : ''}`,
			what: `${keyWords(noun).join(' ')} length`,
			context: chain.place?.words.join(' ') ?? '',
			period,
		};
	}
	// A body's size: its owner is the possessive before the figure or an "of" phrase after the noun.
	let owner = '';
	const before = tokens.filter((t) => t.end <= span.start);
	if (before.length > 0 && /[’']s$/.test(before.at(-1)!.text)) {
		let o = before.length - 1;
		while (o > 0 && has(before[o - 1], 'ProperNoun') && !ends(before[o - 1]!)) o--;
		if (word(before[o - 1]) === 'the') o--;
		owner = textOf(r, before[o]!, before.at(-1)!);
	} else if (word(tokens[k]) === 'of' && has(tokens[k + 1], 'ProperNoun', 'Determiner')) {
		let d = k + 1;
		while (has(tokens[d + 1], 'ProperNoun') && !ends(tokens[d]!)) d++;
		owner = textOf(r, tokens[k + 1]!, tokens[d]!);
	}
	const measure = owner ? `${span.unit} of ${owner} ${noun}` : `${span.unit} of the ${noun}`;
	return { measure, what: 'size', context: keyWords(`${owner} ${noun}`).sort().join(' '), period: '' };
}

/** Finds what a plain count counts: "At least 137 people were killed in the attack". */
function describeCount(r: Reading, span: Span, first: number, last: number): Described | null {
	const { tokens } = r;
	const number = r.sentence.text.slice(tokens[first]!.start, tokens[last]!.end);
	if (!/\d/.test(number) && REFERRING.has(word(tokens[first - 1]))) return null;
	const yearLike = /^\d{4}$/.test(number) && Number(number) >= 1000 && Number(number) <= 2100;
	if (MONTHS.test(word(tokens[first - 1])) || MONTHS.test(word(tokens[last + 1]))) return null;
	// The counted noun: modifiers, then nouns up to the first plural one.
	let k = last + 1;
	while (has(tokens[k], 'Adjective') && !has(tokens[k], 'Noun') && !ends(tokens[k - 1]!)) k++;
	const nounStart = k;
	let head = -1;
	while (
		k < tokens.length &&
		has(tokens[k], 'Noun') &&
		!has(tokens[k], 'Pronoun', 'Possessive') &&
		!ends(tokens[k - 1]!)
	) {
		head = k;
		if (isPlural(tokens[k]!)) break;
		k++;
	}
	const headToken = tokens[head];
	if (!headToken || has(headToken, 'Date', 'Duration')) return null;
	if (!isPlural(headToken) && span.value !== 1) return null;
	if (yearLike && (PREPOSITIONS.has(word(tokens[first - 1])) || has(headToken, 'ProperNoun'))) return null;
	// "killed 12 people and injured 40 others": others are people.
	span.unit = /^others$/i.test(headToken.bare) ? 'people' : headToken.bare.toLowerCase();
	span.end = headToken.end;
	const noun =
		span.unit === 'people' && headToken.bare !== 'people'
			? 'people'
			: textOf(r, tokens[nounStart]!, headToken);
	const [, clauseLast] = clause(tokens, head);
	let period = periodOf(
		r.sentence.text.slice(tokens[clause(tokens, head)[0]]!.start, tokens[clauseLast]!.end),
		r.sentence.published,
	);
	// What happened to them: "were killed", "killed at", "arrested more than 300", "attended the summit".
	let action = '';
	let chainFrom = head + 1;
	let v = head + 1;
	while (has(tokens[v], 'Adverb')) v++;
	const passive = AUXILIARIES.has(word(tokens[v])) && !ends(tokens[head]!);
	while (AUXILIARIES.has(word(tokens[v])) || has(tokens[v], 'Adverb')) v++;
	const verb = tokens[v];
	const qualifierStart = tokens.findLastIndex((t) => t.end <= span.start);
	const verbBefore = tokens[qualifierStart];
	// "… and injured 40 others": a participle the tagger calls an adjective still acts.
	const actsBefore =
		verbBefore !== undefined &&
		!has(verbBefore, 'Auxiliary') &&
		!NOT_ACTIONS.test(verbBefore.text) &&
		(isVerb(verbBefore) || (/ed$/.test(verbBefore.text) && !has(tokens[qualifierStart - 1], 'Determiner')));
	let subjectEvent: string | null = null;
	if (
		verb &&
		has(verb, 'Verb') &&
		(passive || has(verb, 'PastTense', 'Participle')) &&
		!ends(tokens[head]!) &&
		!NOT_ACTIONS.test(verb.text)
	) {
		chainFrom = v + 1;
		if (passive || PREPOSITIONS.has(word(tokens[v + 1])) || v === clauseLast)
			action = verb.text.toLowerCase();
		else {
			// An active verb with its object: "attended the summit", "took part in the parade".
			const partIn = word(tokens[v + 1]) === 'part' && word(tokens[v + 2]) === 'in';
			const object = phraseAfter(tokens, partIn ? v + 3 : v + 1, clauseLast);
			const verbText = `${gerund(verb.text)}${partIn ? ' part in' : ''}`;
			action = object ? `${verbText} ${nameOf(r, object)}` : verbText;
			if (object) chainFrom = object[1] + 1;
		}
	} else if (actsBefore) {
		action = participle(verbBefore);
		// "The blast killed 12 people": the subject may be the event.
		const [clauseFirst] = clause(tokens, qualifierStart);
		const subject = phraseBefore(tokens, qualifierStart, clauseFirst);
		const event =
			subject && tokens.slice(subject[0], subject[1] + 1).find((t) => EVENT_NOUNS.has(stem(t.bare)));
		if (event) subjectEvent = stem(event.bare);
	} else {
		const attend = tokens.findIndex((t, i) => i < first && ATTEND.test(t.bare) && has(t, 'Verb'));
		const event = attend >= 0 ? phraseAfter(tokens, attend + 1, tokens.length - 1) : null;
		// Those attending a meeting are dated by the meeting: "this week’s International Meeting".
		if (event) action = `attending ${nameOf(r, event)}`;
		if (event) period ||= periodOf(r.sentence.text, r.sentence.published);
	}
	let chain = readChain(r, chainFrom, clauseLast);
	chain.event ??= subjectEvent;
	const shared = r.lastCount;
	if (!action && shared && /^(?:and|or)$/.test(word(verbBefore)) && shared.head === qualifierStart - 1) {
		action = shared.action;
		if (!chain.event && !chain.place) chain = shared.chain;
	}
	r.lastCount = { head, action, chain };
	if (chain.event && !chain.place) chain.place = antecedentPlace(r, chain.event, first);
	const measure = [noun, action, chain.event ? `in the ${chain.event}` : '', chain.place?.text ?? '']
		.filter((part) => part !== '')
		.join(' ');
	return {
		measure,
		what: keyWords(`${headToken.bare} ${action.split(' ')[0] ?? ''}`).join(' '),
		context: [
			chain.event ?? '',
			...(chain.place?.words ?? []),
			...keyWords(action.split(' ').slice(1).join(' ')).sort(),
		]
			.filter((w) => w !== '')
			.join(' '),
		period,
	};
}

function isPlural(token: Token): boolean {
	const w = token.bare.toLowerCase();
	return PLURAL_WITHOUT_S.has(w) || has(token, 'Plural') || (/[^s]s$/.test(w) && !has(token, 'ProperNoun'));
}

/** A noun phrase starting at token `from`: determiners and time possessives dropped ("this week’s"). */
function phraseAfter(tokens: readonly Token[], from: number, to: number): [number, number] | null {
	let i = from;
	while (
		i <= to &&
		(has(tokens[i], 'Determiner') || (has(tokens[i], 'Date') && /[’']s$/.test(tokens[i]!.text)))
	)
		i++;
	if (!has(tokens[i], 'Noun', 'Adjective', 'ProperNoun')) return null;
	const proper = /^\p{Lu}/u.test(tokens[i]!.text);
	let k = i;
	// A name runs on through "of", "for", "on", "and" between capitalised words.
	while (k < to && !ends(tokens[k]!)) {
		const next = tokens[k + 1]!;
		const link = /^(?:of|for|on|and|the)$/.test(word(next)) && /^\p{Lu}/u.test(tokens[k + 2]?.text ?? '');
		const noun = isNounish(next) && !has(next, 'Determiner') && !has(next, 'Date');
		if (proper ? /^\p{Lu}/u.test(next.text) || link || (noun && has(next, 'Noun')) : noun) k += link ? 2 : 1;
		else break;
	}
	return [i, k];
}

const nameOf = (r: Reading, [from, to]: [number, number]): string =>
	`the ${r.sentence.text.slice(r.tokens[from]!.start, r.tokens[to]!.end)}`;

/**
 * The figures of one sentence. `before` is the article's earlier sentences, read to resolve what
 * "the attack" or "bilateral" refers to and who "he" is.
 *
 * @example findFigures(s) // "At least 137 people were killed in the attack"
 * // → [{ value: 137, unit: 'people', text: 'At least 137 people', measure: 'people killed in the attack …' }]
 */
export function findFigures(sentence: Sentence, before: readonly Sentence[] = []): FigureMention[] {
	const r: Reading = { sentence, tokens: tokensOf(sentence), before };
	const mentions: FigureMention[] = [];
	for (const match of sentence.text.matchAll(FIGURE)) {
		const span = readSpan(match, sentence.text);
		if (!span) continue;
		const first = r.tokens.findIndex((t) => t.end > match.index);
		const last = r.tokens.findLastIndex((t) => t.start < match.index + match[0].length);
		if (first < 0 || last < first) continue;
		const described =
			span.kind === 'count'
				? describeCount(r, span, first, last)
				: span.kind === 'compound'
					? describeCompound(r, span, last)
					: describeAmount(r, span, first, last);
		if (!described || described.measure === '') continue;
		mentions.push({
			value: span.value,
			unit: span.unit,
			text: sentence.text.slice(span.start, span.end),
			measure: described.measure,
			key: `${span.unit}|${described.what}|${described.context}${described.period ? `@${described.period}` : ''}`,
			source: { article: sentence.article, paragraph: sentence.paragraph, quote: sentence.text },
		});
	}
	return mentions;
}

/** The figures of many articles' sentences, each sentence read with its article's earlier ones. */
export function findAllFigures(sentences: readonly Sentence[]): FigureMention[] {
	const byArticle = new Map<string, Sentence[]>();
	return sentences.flatMap((sentence) => {
		const before = byArticle.get(sentence.article) ?? [];
		const found = findFigures(sentence, before);
		byArticle.set(sentence.article, [...before, sentence]);
		return found;
	});
}

// ── Agreement ────────────────────────────────────────────────────────────────────────────────

/** The values a report allows: its rounding, widened by "at least", "about", "nearly"… */
function interval(m: FigureMention): [number, number] {
	const digits = /(\d[\d,]*)(?:\.(\d+))?/.exec(m.text);
	const literal = digits ? Number(`${digits[1]!.replace(/,/g, '')}${digits[2] ? `.${digits[2]}` : ''}`) : 0;
	const decimals = digits?.[2]?.length ?? 0;
	const magnitude = Math.abs(m.value);
	// Amounts and percentages are rounded to their last written digit; counts of things are exact.
	const rounded =
		digits !== null &&
		literal !== 0 &&
		(decimals > 0 || literal !== magnitude || m.unit === 'percent' || /^[A-Z]{3}$/.test(m.unit));
	const half = rounded ? 0.5 * 10 ** -decimals * (magnitude / literal) : 0;
	let [low, high] = [magnitude - half, magnitude + half];
	if (LOWER_BOUND.test(m.text)) high = Infinity;
	else if (UPPER_BOUND.test(m.text)) low = -Infinity;
	else if (NEARLY.test(m.text)) low = magnitude * 0.9 - half;
	else if (ABOUT.test(m.text)) [low, high] = [magnitude * 0.9 - half, magnitude * 1.1 + half];
	return m.value < 0 ? [-high, -low] : [low, high];
}

/** True when two reported values agree up to the rounding of the less precise one ("US$240.1 billion" vs "$240 billion"; "26.3 per cent" vs "26 per cent"; "more than 100" vs "100"). */
export function consistent(a: FigureMention, b: FigureMention): boolean {
	if (a.unit !== b.unit) return false;
	const [aLow, aHigh] = interval(a);
	const [bLow, bHigh] = interval(b);
	const slack = 1e-9 * Math.max(Math.abs(a.value), Math.abs(b.value));
	return aLow <= bHigh + slack && bLow <= aHigh + slack;
}

// ── Grouping ─────────────────────────────────────────────────────────────────────────────────

/**
 * Splits mentions into groups of one measure: the same key, and the same period where both give
 * one; a report with no period joins the measure's only dated group (two dated groups: it stays apart).
 */
function cluster(mentions: readonly FigureMention[]): FigureMention[][] {
	const byBase = new Map<string, FigureMention[]>();
	for (const m of mentions) {
		const base = m.key.replace(/@[^@|]*$/, '');
		byBase.set(base, [...(byBase.get(base) ?? []), m]);
	}
	const groups: FigureMention[][] = [];
	for (const members of byBase.values()) {
		const byPeriod = new Map<string, FigureMention[]>();
		for (const m of members) {
			const period = /@([^@|]*)$/.exec(m.key)?.[1] ?? '';
			byPeriod.set(period, [...(byPeriod.get(period) ?? []), m]);
		}
		const undated = byPeriod.get('') ?? [];
		byPeriod.delete('');
		const dated = [...byPeriod.values()];
		if (dated.length === 1) dated[0]!.push(...undated);
		else if (undated.length > 0) dated.push(undated);
		groups.push(...dated);
	}
	return groups;
}

/** The measure most reports use; ties go to the shortest, then the first in order. */
function groupMeasure(members: readonly FigureMention[]): string {
	const counts = new Map<string, number>();
	for (const m of members) counts.set(m.measure, (counts.get(m.measure) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]![0];
}

/** Short, unique article slugs for figure ids: the date and the headline's first words. */
function shortArticleIds(articles: readonly string[]): Map<string, string> {
	const result = new Map<string, string>();
	const unique = [...new Set(articles)];
	for (const article of unique) {
		const parts = article.split('-');
		let length = Math.min(parts.length, 6);
		const prefix = (n: number, id: string) => id.split('-').slice(0, n).join('-');
		while (
			length < parts.length &&
			unique.some((other) => other !== article && prefix(length, other) === prefix(length, article))
		)
			length++;
		result.set(article, prefix(length, article));
	}
	return result;
}

/** Groups mentions of one measure across articles and decides agreement; returns Figure records (schema above), sorted by group then article. */
export function groupFigures(mentions: readonly FigureMention[]): Figure[] {
	const groups = cluster(mentions).map((members) => {
		const measure = groupMeasure(members);
		const slug = slugify(
			measure.replace(/[’']s\b/g, '').replace(/\b(?:the|a|an|in|on|at|of|to|for|from|near)\b/gi, ' '),
			60,
		);
		const agreement: Figure['agreement'] =
			members.length === 1
				? 'single'
				: members.every((a) => members.every((b) => consistent(a, b)))
					? 'consistent'
					: 'conflicting';
		return { members, measure, slug: slug || 'figure', agreement };
	});
	const taken = new Map<string, number>();
	for (const group of groups.sort((a, b) => a.slug.localeCompare(b.slug))) {
		const seen = taken.get(group.slug) ?? 0;
		taken.set(group.slug, seen + 1);
		if (seen > 0) group.slug = `${group.slug}-${seen + 1}`;
	}
	const short = shortArticleIds(mentions.map((m) => m.source.article));
	const figures: Figure[] = [];
	const ids = new Set<string>();
	for (const group of groups) {
		const members = [...group.members].sort((a, b) => a.source.article.localeCompare(b.source.article));
		for (const m of members) {
			// SlugSchema allows single hyphens only, so group and article join with one.
			const base = `${group.slug}-${short.get(m.source.article)}`;
			let id = base;
			for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
			ids.add(id);
			figures.push({
				id,
				value: m.value,
				unit: m.unit,
				text: m.text,
				measure: group.measure,
				sources: [m.source],
				group: group.slug,
				agreement: group.agreement,
			});
		}
	}
	return figures;
}
