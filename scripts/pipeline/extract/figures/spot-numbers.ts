import { list, table } from '../toolkit/lists.ts';
import { WORD_NUMBER, wordValue } from '../toolkit/number-words.ts';
import { QUALIFIER } from './qualifiers.ts';

const SCALES = table(
	'k:1e3 thousand:1e3 hundred:1e2 m:1e6 mn:1e6 million:1e6 bn:1e9 billion:1e9 tn:1e12 trillion:1e12',
);
const CURRENCIES = table(`US$:USD $:USD HK$:HKD NZ$:NZD A$:AUD C$:CAD S$:SGD £:GBP €:EUR ¥:JPY ₹:INR
	dollars:USD euros:EUR pounds:GBP yuan:CNY renminbi:CNY roubles:RUB rubles:RUB yen:JPY rupees:INR`);
/**
 * A number with what is written around it: currency, scale ("$46 billion", "$46-billion"), per
 * cent, a hyphenated unit ("nine-day").
 */
export const FIGURE = new RegExp(
	String.raw`(?<![\p{L}\p{N}$£€¥₹.,-])(?<currency>US\$|HK\$|NZ\$|A\$|C\$|S\$|\$|£|€|¥|₹)?` +
		String.raw`(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|${WORD_NUMBER}(?!\p{L}))` +
		String.raw`(?<scale>(?<=\d)(?:bn|mn|m|tn|k)(?![\p{L}\p{N}])|[\s-](?:trillion|billion|million|thousand|hundred)(?!\p{L}))?` +
		String.raw`(?<percent>\s?%|\s?per\s?cent(?!\p{L})|\spercent(?!\p{L})|\spercentage points?(?!\p{L}))?` +
		String.raw`(?<currencyWord>\s(?:dollars|euros|pounds|yuan|renminbi|roubles|rubles|yen|rupees)(?!\p{L}))?` +
		String.raw`(?:-(?<compound>\p{L}+(?:-\p{L}+)*))?`,
	'giu',
);

/** Written after a number, these make it a time, an ordinal, a range or a multiplier, not a count. */
const NOT_A_COUNT_AFTER = /^(?:[\p{L}\p{N}]|:\d|[-–]\d|\s?(?:am|pm|a\.m\.|p\.m\.|gmt|o['’]clock|times)\b)/iu;
/** Units written as "nine-day", in days where they are days. */
export const DURATIONS = table('day:1 night:1 week:7 month:1 year:1 hour:1 minute:1');
/** Units written as "24-member", "27-nation": the size of a body. */
const BODY_SIZES = new Set(list('member strong nation country state seat'));

/** A number as written, before the sentence says what it counts. */
export interface Span {
	value: number;
	unit: string;
	/** Where the figure's text starts (qualifier included) and ends. */
	start: number;
	end: number;
	kind: 'money' | 'percent' | 'compound' | 'count';
	/** The unit of a hyphenated figure ("day" of "nine-day"), else null. */
	compound: string | null;
}

/** Reads the number a match spells out, or null when it is a date, a year, an ordinal or a time. */
export function readSpan(match: RegExpExecArray, text: string): Span | null {
	const groups = match.groups ?? {};
	const written = groups['number'] ?? '';
	const end = match.index + match[0].length;
	if (NOT_A_COUNT_AFTER.test(text.slice(end)) && !groups['compound']) return null;
	const literal = /\d/.test(written) ? Number(written.replace(/,/g, '')) : wordValue(written);
	const scale = Number(SCALES.get((groups['scale'] ?? '').replace(/^-/, '').trim().toLowerCase()) ?? 1);
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
