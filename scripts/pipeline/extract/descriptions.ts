import { countryOf } from './countries.ts';
import type { PersonMention } from './people.ts';

/**
 * People written of by what they are instead of by name: "the Chinese leader", "Russia's top
 * diplomat", "the Indian prime minister". News copy names a person once and then describes them,
 * so a meeting's or a trip's words often have such a description for one side ("the Russian
 * president will host Xi").
 */

/** A description: a country (adjective or possessive), then a role noun, maybe after "top" or "chief". */
const DESCRIPTION =
	/\b(?:[Tt]he\s+(?:(?:visiting|outgoing|new)\s+)?(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)|(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)[’']s)\s+(?:(?:top|chief|senior|most senior|new)\s+)?(leader|president|premier|prime minister|chancellor|head of state|foreign minister|defen[cs]e minister|defen[cs]e chief|interior minister|security minister|minister|diplomat|security chief|spy chief|intelligence chief|security official)(?![\p{L}-])/giu;

/** An office with no country opening a sentence: "The head of state …", "The President …". */
const OFFICE_OPENING = /^The\s+(head of state|President|Premier|Prime Minister|Chancellor)(?=\s+\p{Ll})/u;

/** Two surnames joined for their meeting: "the Xi-Modi meeting", "Putin–Xi talks". */
export const SURNAME_PAIR =
	/(?<![\p{L}-])(\p{Lu}[\p{L}’']+)[-–](\p{Lu}[\p{L}’']+)\s+(?:meeting|talks|summit|encounter)\b/gu;

/** For each role noun, the titles it stands for. */
const TITLES_FOR: Record<string, RegExp> = {
	leader: /\b(?:president|premier|prime minister|chairman|general secretary|leader|chancellor)\b/i,
	'head of state': /\b(?:president|king|emir|sultan)\b/i,
	president: /\bpresident\b/i,
	premier: /\b(?:premier|prime minister)\b/i,
	'prime minister': /\b(?:premier|prime minister)\b/i,
	'foreign minister': /\bforeign (?:minister|affairs)\b|\bminister of foreign affairs\b/i,
	diplomat: /\bforeign (?:minister|affairs)\b|\bminister of foreign affairs\b|\bdiplomat\b/i,
	'defence minister': /\bdefen[cs]e\b/i,
	'defence chief': /\bdefen[cs]e\b/i,
	chancellor: /\bchancellor\b/i,
	'interior minister': /\binterior\b|\binternal affairs\b|\bpublic security\b/i,
	'security minister': /\bsecurity\b/i,
	minister: /\bminister\b/i,
	'security chief': /\bsecurity\b/i,
	'spy chief': /\bintelligence\b|\bspy\b/i,
	'intelligence chief': /\bintelligence\b|\bspy\b/i,
	'security official': /\bsecurity\b/i,
};

/** What is known of a person named so far in an article: the countries and titles given them. */
export interface NamedSoFar {
	person: string;
	countries: ReadonlySet<string>;
	titles: readonly string[];
	/** What appositives said they are: "Wang Xiaohong, China's minister of public security". */
	appositives: readonly string[];
	/** The words of the names they were given ("Xi", "Jinping"). */
	nameParts: ReadonlySet<string>;
}

/** A description in a sentence that stands for one person named before it. */
export interface Described {
	person: string;
	start: number;
	end: number;
	/** The description's country, or for a surname, the person's, when known. */
	country: string | null;
}

/**
 * The descriptions in `text` that stand for exactly one of the people `named` so far in the
 * article: of the country the description gives, with a title its role noun stands for, else the
 * only one it could be (see below; `inSentence`: those the sentence itself names). A
 * description right before a name is that name's title ("the Chinese leader Xi Jinping"), and one
 * that could be two people is no one's. The surnames of "the Xi-Modi meeting" stand for the people
 * of those names too.
 */
export function describedPeople(
	text: string,
	named: readonly NamedSoFar[],
	mentions: readonly Pick<PersonMention, 'start' | 'end' | 'titleText'>[],
	protagonist: (people: readonly string[]) => string = (people) => people[0]!,
	inSentence: ReadonlySet<string> = new Set(),
): Described[] {
	const found: Described[] = [];
	// "The head of state also had a meeting with B": a sentence that opens on an office with no
	// country speaks of the story's protagonist among those holding it.
	const opening = OFFICE_OPENING.exec(text);
	if (opening && !mentions.some((m) => m.start < opening[0].length + 2)) {
		const titles = TITLES_FOR[opening[1]!.toLowerCase()];
		const holders = named.filter((p) => titles !== undefined && p.titles.some((t) => titles.test(t)));
		if (holders.length > 0) {
			const person = protagonist(holders.map((p) => p.person));
			const country = [...named.find((p) => p.person === person)!.countries][0] ?? null;
			found.push({ person, start: 0, end: opening[0].length, country });
		}
	}
	for (const match of text.matchAll(DESCRIPTION)) {
		// Case-blind as the pattern is for "the Russian President", its capitalised words may have
		// taken a word before them ("received China's"): those are the country's only.
		const words = match[1] ?? match[2]!;
		const capitalised = words.replace(/^(?:\p{Ll}\S*\s+)+/u, '');
		const country = countryOf(capitalised);
		const titles = TITLES_FOR[match[3]!.toLowerCase().replace('defense', 'defence')] ?? null;
		if (country === null || titles === null) continue;
		const start = match[2] === undefined ? match.index : match.index + words.length - capitalised.length;
		const end = match.index + match[0].length;
		// A title written before a name, or inside one a mention took as its title.
		const titleOrName = (m: (typeof mentions)[number]) =>
			(m.start >= end && /^\s*$/.test(text.slice(end, m.start))) ||
			(start < m.end && end > m.start - (m.titleText?.length ?? 0) - 1);
		if (mentions.some(titleOrName)) continue;
		const holders = named.filter((p) => p.countries.has(country) && p.titles.some((t) => titles.test(t)));
		// Of several, the one of no other country ("the Head of State Nazarbayev, President of China Xi").
		const candidates = holders.length > 1 ? holders.filter((p) => p.countries.size === 1) : holders;
		// Else the one person it could be: no other country known for them, no other title, and not
		// named in the sentence itself ("Putin received China's most senior diplomat" after "Wang Yi's
		// stop at the Kremlin", with Putin the Russian president).
		const could = (p: NamedSoFar) =>
			(p.countries.size === 0 || p.countries.has(country)) &&
			(p.titles.length === 0 || p.titles.some((t) => titles.test(t))) &&
			!inSentence.has(p.person);
		const loose = candidates.length === 0 ? named.filter(could) : [];
		// Of several it could be, the one no appositive gave another office: "Wang Xiaohong, China's
		// minister of public security" is not "the Chinese leader" where Xi is named bare.
		const fitting =
			loose.length > 1
				? loose.filter((p) => p.appositives.length === 0 || p.appositives.some((t) => titles.test(t)))
				: loose;
		const person = candidates.length === 1 ? candidates[0] : fitting.length === 1 ? fitting[0] : undefined;
		if (person) found.push({ person: person.person, start, end, country });
	}
	for (const pair of text.matchAll(SURNAME_PAIR)) {
		let start = pair.index;
		for (const surname of [pair[1]!, pair[2]!]) {
			const end = start + surname.length;
			const people = named.filter((p) => p.nameParts.has(surname));
			if (people.length === 1 && !mentions.some((m) => start < m.end && end > m.start))
				found.push({ person: people[0]!.person, start, end, country: [...people[0]!.countries][0] ?? null });
			start = end + 1;
		}
	}
	return found.sort((a, b) => a.start - b.start);
}
