import { countryOf, institutionCountry } from '../countries.ts';
import { countryOfPlace } from '../gazetteer/index.ts';
import { list } from '../toolkit/lists.ts';
import { isCapitalised, type Token } from '../tokens.ts';
import { kindOfNoun, ORGANISATION_NOUNS } from './occupations.ts';

// The grammar of a title written before a name: "[country] [modifiers] head [of|for complement]
// [and another title]", read backwards from the name: "Russian Security Council Secretary",
// "Secretary of the National Security Division of Pakistan", "Chinese State Councilor and Minister
// of Public Security", "China’s top security official".

/** Capitalised words that belong to titles, not names: "Prime", "Foreign", "Security"… */
export const TITLE_WORDS = new Set(
	list(`mr mrs ms dr prof sir dame lord lady general gen admiral adm col colonel lt lieutenant maj major brig
	brigadier capt captain cmdr commander marshal state foreign defence defense interior home
	finance trade security intelligence prime vice deputy first chief senior special acting former federal national
	public state-owned presidential premier council professor`),
);
/** Lower-case words that qualify a title without being its head: "acting foreign minister". */
const QUALIFIERS = new Set(
	list('acting former deputy vice first chief senior special top then new outgoing'),
);
/** Prepositions after which a country is what a title is about, not whose it is: "envoy for Afghanistan". */
const ABOUT = new Set(list('for to in on with at against toward towards from into over'));
const LINKS = new Set(['of', 'for']);
const POSSESSIVE_PRONOUNS = new Set(list('its his her their our my your'));
const NEVER_IN_TITLE = ['Pronoun', 'Determiner', 'Verb', 'Adverb', 'Preposition', 'Date', 'Month', 'WeekDay'];

export const isPossessive = (token: Token): boolean => /[’']s$/.test(token.text);
const lower = (token: Token | undefined): string => token?.bare.toLowerCase() ?? '';

/**
 * A word that can head or end a title before a name: an official's noun or a capitalised title
 * word ("Professor"). Other people's nouns are names too often ("Son", "Singer") to end a run's name.
 */
export function isTitleWord(token: Token): boolean {
	const word = lower(token);
	return kindOfNoun(word) === 'official' || (isCapitalised(token) && TITLE_WORDS.has(word));
}

/**
 * The country that ends at token `end`, written in one to three words ("South Africa’s",
 * "Russian Federation", "Kazakh"): the index of its first word, or -1.
 */
export function countryEndingAt(
	tokens: readonly Token[],
	end: number,
): { start: number; country: string } | null {
	for (let length = 3; length >= 1; length--) {
		const start = end - length + 1;
		if (start < 0) continue;
		const words = tokens.slice(start, end + 1);
		// A country's words are written together, punctuation only after the last.
		if (words.slice(0, -1).some((t) => t.post !== '') || !words.every(isCapitalised)) continue;
		const country = countryOf(words.map((t) => t.text).join(' '));
		if (country) return { start, country };
	}
	return null;
}

/** Whether a country's name starts at token `start`. */
const countryStartingAt = (tokens: readonly Token[], start: number): boolean =>
	[start, start + 1, start + 2].some((end) => countryEndingAt(tokens, end)?.start === start);

/**
 * The country a title or description says its holder serves, from its tokens: one it starts with
 * or owns a body of ("Russian …", "of Iran’s law enforcement forces", "of the Security Council of
 * Kazakhstan"), not one it is about ("special representative for Afghanistan"). Null when none.
 */
export function holderCountry(tokens: readonly Token[]): string | null {
	return holderCountries(tokens)[0] ?? null;
}

/**
 * Every country a title names as its holders', in order (see `holderCountry`): "presidents of
 * Russia and China"; else the one whose institution it names ("Kremlin spokesman"); else the one
 * of the city it is an office of ("Mayor of Shanghai").
 */
export function holderCountries(tokens: readonly Token[]): string[] {
	const countries: string[] = [];
	for (let end = 0; end < tokens.length; end++) {
		const found = countryEndingAt(tokens, end);
		if (!found) continue;
		// "South Africa" ends at "Africa": take the longest country ending at the next word first.
		const longer = end + 1 < tokens.length ? countryEndingAt(tokens, end + 1) : null;
		if (longer && longer.start <= found.start) continue;
		const before = lower(tokens[found.start - 1]);
		// "of Russia and China": a country joined to one the title holds holds too.
		const joined =
			before === 'and' && countries.length > 0 && countryEndingAt(tokens, found.start - 2) !== null;
		if (!ABOUT.has(before) || joined) countries.push(found.country);
	}
	if (countries.length > 0) return countries;
	const institution = tokens.find((t) => isCapitalised(t) && institutionCountry(t.bare) !== null);
	if (institution) return [institutionCountry(institution.bare)!];
	// "Mayor of Shanghai", "Shanghai party chief": the country of the city the office is of.
	for (const [i, t] of tokens.entries()) {
		const country = isCapitalised(t) && !ABOUT.has(lower(tokens[i - 1])) ? countryOfPlace(t.bare) : null;
		if (country !== null) return [country];
	}
	return [];
}

/**
 * Where the title before a name starts (token index), reading back from `nameStart` over the
 * words of the name's own capitalised run (from `runStart`), title words and their links ("of the",
 * "and"), a parenthesised acronym ("(RATS)"), lower-case modifiers ("top security official") and a
 * country, which starts a title unless it ends a complement ("of Pakistan"). It stops at
 * punctuation, verbs, determiners, pronouns and other prepositions. With `acrossComma`, the word
 * just before the name may end in a comma ("China’s new president, Xi Jinping").
 */
export function titleStart(
	tokens: readonly Token[],
	nameStart: number,
	runStart: number,
	acrossComma = false,
): number {
	let start = nameStart;
	while (start > 0) {
		const previous = tokens[start - 1]!;
		const before = tokens[start - 2];
		const next = tokens[start];
		const punctuated = previous.post !== '' && !isPossessive(previous);
		const acronym = previous.pre === '(' && previous.post === ')' && /^\p{Lu}{2,}$/u.test(previous.bare);
		if (punctuated && !acronym && !(acrossComma && start === nameStart && previous.post === ',')) break;
		const word = lower(previous);
		const country = countryEndingAt(tokens, start - 1);
		// A link joins title words: a person's noun, a body, a country ("Security Council of Kazakhstan").
		const titleish = (t: Token | undefined) =>
			t !== undefined &&
			(isTitleWord(t) ||
				ORGANISATION_NOUNS.has(lower(t)) ||
				countryEndingAt(tokens, tokens.indexOf(t)) !== null);
		const titleWord =
			start - 1 >= runStart ||
			country !== null ||
			acronym ||
			kindOfNoun(word) !== null ||
			(LINKS.has(word) && titleish(before)) ||
			(word === 'the' && LINKS.has(lower(before))) ||
			(word === 'and' &&
				start < nameStart &&
				titleish(before) &&
				next !== undefined &&
				(isTitleWord(next) || countryStartingAt(tokens, start))) ||
			// "Minister of Culture and Tourism": "and" inside a title's complement.
			(word === 'and' &&
				next !== undefined &&
				start < nameStart &&
				isCapitalised(next) &&
				inComplement(tokens, start - 2)) ||
			QUALIFIERS.has(word) ||
			(isCapitalised(previous) &&
				(TITLE_WORDS.has(word) || previous.tags.has('ProperNoun') || previous.tags.has('Acronym')) &&
				!['Date', 'Month', 'WeekDay'].some((tag) => previous.tags.has(tag))) ||
			// A sentence's first word is capitalised whatever it is: it is read as if it were not.
			((!isCapitalised(previous) || start - 1 === 0) &&
				(previous.tags.has('Adjective') || previous.tags.has('Noun')) &&
				!POSSESSIVE_PRONOUNS.has(word) &&
				!NEVER_IN_TITLE.some((tag) => previous.tags.has(tag)));
		// A verb ends the title, even one spelt like a role noun ("who heads Asian studies").
		const verb =
			previous.tags.has('Verb') &&
			(kindOfNoun(word) === null || !previous.tags.has('Noun')) &&
			!QUALIFIERS.has(word) &&
			!acronym;
		if (!titleWord || (verb && country === null && !LINKS.has(word) && word !== 'and')) break;
		start = country ? country.start : start - 1;
		// A country starts the title ("Russian Security Council Secretary"), unless a complement
		// ends with it ("Secretary of the National Security Division of Pakistan").
		if (country && !LINKS.has(lower(tokens[start - 1])) && lower(tokens[start - 1]) !== 'and') break;
	}
	// A title never starts with a link.
	while (start < nameStart && /^(?:of|for|the|and)$/.test(lower(tokens[start]))) start++;
	return start;
}

/**
 * Whether the capitalised words ending at token `last` are a title's complement: "of" or "for"
 * opens them, after a title's word ("Minister of Housing and Urban-Rural Development"), and none
 * is a person's name or a country ("President of Tajikistan Emomali Rahmon and …" is a list).
 */
function inComplement(tokens: readonly Token[], last: number): boolean {
	let k = last;
	while (k >= 0 && isCapitalised(tokens[k]!) && tokens[k]!.post === '') {
		const token = tokens[k]!;
		if (NAME_TAGS.some((tag) => token.tags.has(tag)) || countryEndingAt(tokens, k) !== null) return false;
		k--;
	}
	const [link, head] = [tokens[k], tokens[k - 1]];
	return (
		k < last &&
		link !== undefined &&
		head !== undefined &&
		/^(?:of|for)$/.test(lower(link)) &&
		isTitleWord(head)
	);
}

/** The tagger's tags of a person's name. */
const NAME_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];

/**
 * Acronyms the text spells out, each with the words it stands for, lower case: "China National
 * Petroleum Corporation (CNPC)" → CNPC: china national petroleum corporation.
 */
export function acronymsIn(text: string): Map<string, string[]> {
	const found = new Map<string, string[]>();
	for (const match of text.matchAll(/((?:\p{Lu}[\p{L}-]*\s+(?:(?:of|for|and|the)\s+)*)+)\((\p{Lu}{2,})\)/gu))
		found.set(match[2]!, match[1]!.trim().toLowerCase().split(/\s+/));
	return found;
}
