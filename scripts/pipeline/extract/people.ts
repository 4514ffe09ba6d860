import { countryOf } from './countries.ts';
import { monthNumber } from './dates/calendar-words.ts';
import { creditKind } from './people/credits.ts';
import { describedIn, describedRole, describersAfter, type Description } from './people/describers.ts';
import { FAMILY_NAMES_WRITTEN_FIRST } from './people/lone-surnames.ts';
import {
	headOf,
	headsOrganisation,
	kindOfNoun,
	kindOfPhrase,
	ORGANISATION_NOUNS,
	type PersonKind,
} from './people/occupations.ts';
import {
	acronymsIn,
	countryEndingAt,
	holderCountries,
	holderCountry,
	isPossessive,
	isTitleWord,
	titleStart,
	TITLE_WORDS,
} from './people/titles.ts';
import type { Sentence } from './sentences.ts';
import { compoundTokens, isCapitalised, isPluralNoun, writtenEnd, type Token } from './tokens.ts';

export { ROLE_NOUNS, type PersonKind } from './people/occupations.ts';

/** A name in a sentence, with the title written before it. */
export interface PersonMention {
	/** The name as written, without a possessive: "Sergey Lavrov", "Patrushev". */
	name: string;
	/** The name's words. */
	parts: string[];
	/** Where the name is in the sentence's text. */
	start: number;
	end: number;
	/** The title before the name without its country ("Security Council Secretary"), or null. */
	title: string | null;
	/** The title as written, country included: an exact excerpt of the sentence. */
	titleText: string | null;
	/**
	 * The country the person serves, as the title or the words after the name say ("Russian …",
	 * "…, secretary of the Security Council of Kazakhstan"), or a possessive before it ("Brazil’s
	 * Dilma Rousseff"); null when none does.
	 */
	country: string | null;
	/** True when the text gives evidence on its own that this is a person (a title, a first name…). */
	evidence: boolean;
	/**
	 * What the text says the person is, from their title, the words after the name or a credit:
	 * an official, a journalist, an analyst…; null when it says nothing.
	 */
	kind: PersonKind | null;
	/** What the words after the name say the person is: "…, secretary of …", "who heads …", "previously served as …". */
	descriptions: Description[];
	sentence: Sentence;
}

/** Tags that say a capitalised word is not part of a name. */
const NON_NAME_TAGS = [
	'Place',
	'Organization',
	'Verb',
	'Determiner',
	'Preposition',
	'Conjunction',
	'Pronoun',
	'Date',
	'Month',
	'WeekDay',
	'Value',
	'Adverb',
];
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];
const GIVEN_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];
/** The endings of nouns of agents and offices: "Councilor", "Comptroller", "Secretary". */
const AGENT_NOUN = /(?:or|er|ist|ary)$/;
const REPORTING_VERBS =
	/^(?:said|says|told|tells|met|meets|added|stressed|pledged|accused|confirmed|warned|urged|called|announced|noted|touted|visited|arrived|wrote|insisted|argued|replied)$/;

/** A mention with where its name (`first`–`last`) and its title (from `titleStart`) are among the tokens. */
interface FoundMention {
	mention: PersonMention;
	first: number;
	last: number;
	titleStart: number;
}

/** Every person named in a sentence, with the title before each name. */
export function findPersonMentions(sentence: Sentence): PersonMention[] {
	const tokens = compoundTokens(sentence.text);
	const acronyms = acronymsIn(sentence.text);
	const mentions: FoundMention[] = [];
	let i = 0;
	while (i < tokens.length) {
		if (!isCapitalised(tokens[i]!)) {
			i++;
			continue;
		}
		let j = i;
		// A run of capitalised words with no punctuation between them but an initial's full stop
		// ("S. Jaishankar"), and a name's particle between two of them ("Mohamed bin Zayed").
		while (
			j + 1 < tokens.length &&
			(isCapitalised(tokens[j + 1]!) || isParticleBetween(tokens, j + 1)) &&
			(tokens[j]!.post === '' || isInitial(tokens[j]!)) &&
			tokens[j + 1]!.pre === '' &&
			!isPossessive(tokens[j]!)
		)
			j++;
		const found = mentionInRun(tokens, i, j, sentence, acronyms);
		if (found) mentions.push(found);
		i = j + 1;
	}
	return shareCountries(tokens, mentions, shareTitles(tokens, mentions));
}

const DATE_PREPOSITIONS =
	/^(?:in|on|since|by|until|till|from|of|last|next|early|late|mid|this|that|during|before|after|between|and)$/i;

/**
 * "In May", "since May 2019", "on June 5": a month, though a surname could be spelt so (Theresa
 * May); a lone word that is a month's name is a date when a date's words come around it.
 */
function isMonthInDate(tokens: readonly Token[], at: number): boolean {
	if (monthNumber(tokens[at]!.bare) === 0) return false;
	const before = tokens[at - 1];
	const after = tokens[at + 1];
	return (
		(before !== undefined && DATE_PREPOSITIONS.test(before.bare)) ||
		(after !== undefined && /^\d/.test(after.bare) && tokens[at]!.post === '')
	);
}

/** Small words inside a name: "Mohamed bin Zayed", "Ursula von der Leyen". */
const NAME_PARTICLES = new Set('bin bint ibn al el von van der den de da dos del'.split(' '));

/**
 * A name's particle at token `i`, inside a name: after a capitalised word with nothing between,
 * and before one, or before another particle ("von der Leyen").
 */
function isParticleBetween(tokens: readonly Token[], i: number): boolean {
	const [before, particle] = [tokens[i - 1], tokens[i]!];
	if (!before || !NAME_PARTICLES.has(particle.bare) || before.post !== '' || particle.post !== '')
		return false;
	let k = i + 1;
	while (tokens[k] && NAME_PARTICLES.has(tokens[k]!.bare) && tokens[k]!.post === '') k++;
	return tokens[k] !== undefined && isCapitalised(tokens[k]!);
}

/** A capital letter and a full stop: "S." of "S. Jaishankar". */
const isInitial = (token: Token): boolean => /^\p{Lu}$/u.test(token.bare) && token.post === '.';

/** A word in capitals of two letters or more: "RIA", "TASS", "CNPC". */
const isAcronym = (token: Token): boolean => /^\p{Lu}{2,}$/u.test(token.bare);
/** A body's acronym opening a name: three capitals or more ("RIA", not the initials of "KP Sharma Oli"). */
const isBodyAcronym = (token: Token): boolean => /^\p{Lu}{3,}$/u.test(token.bare);
/** A name with a patronymic's initial glued to it: "Ts.Elbegdorj". */
const GLUED_INITIAL = /^(?:\p{Lu}\p{Ll}?\.)+\p{Lu}[\p{L}’'-]+$/u;

function mentionInRun(
	tokens: readonly Token[],
	first: number,
	last: number,
	sentence: Sentence,
	acronyms: ReadonlyMap<string, string[]>,
): FoundMention | null {
	const nameStart = nameStartIn(tokens, first, last);
	if (nameStart === null) return null;
	const nameTokens = tokens.slice(nameStart, last + 1);
	if (nameTokens.length === 1 && isMonthInDate(tokens, nameStart)) return null;
	// A body's name ("Security Council"), unless it is a given name and a surname ("Thomas West").
	const givenAndSurname =
		nameTokens.length === 2 && GIVEN_NAME_TAGS.some((tag) => nameTokens[0]!.tags.has(tag));
	if (!givenAndSurname && nameTokens.some((t) => ORGANISATION_NOUNS.has(t.bare.toLowerCase()))) return null;
	// "RIA Novosti", "TASS Russian": an acronym, then a word in ordinary case, names a body; a name in
	// capitals is in capitals throughout ("By JOHN SMITH").
	if (
		nameTokens.length > 1 &&
		isBodyAcronym(nameTokens[0]!) &&
		nameTokens.slice(1).some((t) => !isAcronym(t))
	)
		return null;

	const words = (from: number, to: number) =>
		tokens.slice(from, to).flatMap((t) => acronyms.get(t.bare) ?? [t.bare.toLowerCase()]);
	let start = titleStart(tokens, nameStart, first);
	// "China’s official news agency Xinhua": what the title heads is an organisation.
	if (start < nameStart && headsOrganisation(words(start, nameStart))) return null;
	let kind = start < nameStart ? kindOfPhrase(words(start, nameStart)) : null;
	if (kind === null) start = nameStart;
	// "Eurasian affairs", "Bilateral trade": a capitalised word before a noun describes the noun,
	// unless a title says it is a name ("his Chinese counterpart Xi Jinping watching").
	const following = tokens[last + 1];
	const describesNoun =
		following !== undefined &&
		tokens[last]!.post === '' &&
		!isPossessive(tokens[last]!) &&
		!isCapitalised(following) &&
		following.tags.has('Noun') &&
		!following.tags.has('Pronoun') &&
		!FUNCTION_WORDS.has(following.bare.toLowerCase());
	if (describesNoun && kind === null) return null;
	// "China’s new president, Xi Jinping, …": a title set off by commas, the name closed by punctuation.
	const after = tokens[last + 2];
	const closed =
		tokens[last]!.post !== '' ||
		last === tokens.length - 1 ||
		(tokens[last + 1]!.bare === 'and' && after !== undefined && isCapitalised(after));
	if (kind === null && start === nameStart && closed && tokens[nameStart - 1]?.post === ',') {
		const before = titleStart(tokens, nameStart, nameStart, true);
		const beforeKind = before < nameStart ? kindOfPhrase(words(before, nameStart)) : null;
		if (beforeKind !== null) {
			start = before;
			kind = beforeKind;
		}
	}
	const titleTokens = kind !== null ? tokens.slice(start, nameStart) : [];
	const described = describersAfter(tokens, last);
	const describers = described.map((d) => ({
		kind: kindOfPhrase(describedRole(d.relation, words(d.first, d.last + 1).join(' ')).split(' ')),
		country: holderCountry(tokens.slice(d.first, d.last + 1)),
	}));
	const describedKind = describers.find((d) => d.kind !== null)?.kind ?? null;
	// "Brazil’s Dilma Rousseff": a country’s two-word name is a person’s.
	const owner = tokens[nameStart - 1];
	const possessor = owner && isPossessive(owner) ? countryEndingAt(tokens, nameStart - 1) : null;
	const credit = creditKind(tokens, nameStart, last);
	const next = tokens[last + 1];
	const evidence =
		kind !== null ||
		describedKind !== null ||
		credit !== null ||
		nameTokens.some((t) => PERSON_TAGS.some((tag) => t.tags.has(tag))) ||
		(possessor !== null && start === nameStart && nameTokens.length > 1) ||
		(nameTokens.length > 1 && next !== undefined && REPORTING_VERBS.test(next.text.toLowerCase()));

	const lastToken = nameTokens.at(-1)!;
	// The title without the country it starts with: "Russian Security Council Secretary" → "Security Council Secretary".
	const leading = titleTokens.length > 0 ? countryAtStart(titleTokens) : 0;
	const titleWords = titleTokens.slice(leading);
	const titleEnd = titleTokens.at(-1);
	const country =
		holderCountry(titleTokens) ??
		describers.find((d) => d.kind === 'official' && d.country !== null)?.country ??
		(possessor && start === nameStart ? possessor.country : null) ??
		countryAfter(tokens, last) ??
		counterpartCountry(sentence.text.slice(0, tokens[start]!.start));
	return {
		first: nameStart,
		last,
		titleStart: start,
		mention: {
			name: nameTokens.map((t) => (isInitial(t) ? `${t.bare}.` : t.bare)).join(' '),
			parts: nameTokens.map((t) => t.bare),
			start: nameTokens[0]!.start,
			end: lastToken.start + lastToken.bare.length,
			title:
				titleWords.length > 0
					? titleWords.map((t) => (t.pre === '(' ? `(${t.bare})` : t.bare)).join(' ')
					: null,
			titleText: titleEnd
				? sentence.text.slice(
						titleTokens[0]!.start,
						writtenEnd(titleEnd) - (titleEnd.text.length - titleEnd.bare.length),
					)
				: null,
			country,
			evidence,
			kind: credit ?? kind ?? describedKind,
			descriptions: described.map((d) => describedIn(sentence.text, tokens, d)),
			sentence,
		},
	};
}

/**
 * Where the name starts in the capitalised run `first`–`last`: its longest tail of name-like
 * words, three at most. A run after a title's "of" ("Minister of Commerce Wang Wentao") starts
 * with the title's complement, and its name has a third word only when that is a given name
 * ("Minister of Energy Alexander Valentinovich Novak"); after a title word in the run, a third
 * word ending like an agent noun is the title's ("State Councilor Yang Jiechi"). Null when the
 * run has no name ("Minister of Justice").
 */
function nameStartIn(tokens: readonly Token[], first: number, last: number): number | null {
	const run = tokens.slice(first, last + 1);
	// The run's last title word or body's word ends its title: "Chief of General Staff Dang Duc Son".
	const afterTitle = run.findLastIndex((t) => isTitleWord(t) || ORGANISATION_NOUNS.has(t.bare.toLowerCase()));
	// Over what may stand between "of" and the complement: "of the party’s Political …", "of its …".
	let link = first - 1;
	while (link > 0 && /^(?:the|its|their)$|^\p{Ll}.*[’']s$/u.test(tokens[link]!.text)) link--;
	const complement = /^(?:of|for)$/i.test(tokens[link]?.bare ?? '') && titleBefore(tokens, link);
	let nameStart = last + 1;
	// Up to three words, not counting particles ("Ursula von der Leyen").
	const words = (from: number) =>
		tokens.slice(from, last + 1).filter((t) => !NAME_PARTICLES.has(t.bare)).length;
	while (nameStart > first + (complement ? 1 : 0) && words(nameStart) < 3) {
		const candidate = tokens[nameStart - 1]!;
		const forced =
			afterTitle !== -1 &&
			nameStart - 1 > first + afterTitle &&
			isNameShaped(candidate) &&
			!['Date', 'Month', 'WeekDay', 'Value'].some((tag) => candidate.tags.has(tag)) &&
			!isPlural(candidate);
		// A surname that is also a body's or a place's word, after a given name: "Thomas West".
		const surname =
			nameStart - 1 === last &&
			ORGANISATION_NOUNS.has(candidate.bare.toLowerCase()) &&
			GIVEN_NAME_TAGS.some((tag) => tokens[last - 1]?.tags.has(tag)) &&
			last > first;
		// A pronoun is not capitalised inside a sentence: before a name it is a family name ("minister He Lifeng").
		const family =
			nameStart - 1 > 0 && nameStart <= last && candidate.tags.has('Pronoun') && candidate.bare !== 'I';
		// A short last word after a person's name word, the tagger's verb or prefix: "Kim Jong Un".
		const syllable =
			nameStart - 1 === last &&
			last > first &&
			PERSON_TAGS.some((tag) => tokens[last - 1]!.tags.has(tag)) &&
			/^\p{Lu}\p{Ll}{1,3}$/u.test(candidate.bare);
		// A given name after a family name written first, whatever else the tagger takes it for:
		// "Dong Jun" (not the month), "Huang Kunming" (not the city).
		const afterFamily =
			nameStart - 1 === last &&
			last > first &&
			FAMILY_NAMES_WRITTEN_FIRST.has(tokens[last - 1]!.bare.toLowerCase()) &&
			/^\p{Lu}\p{Ll}+$/u.test(candidate.bare);
		// And nothing before such a name but a given name: "Minister of Culture and Tourism Sun Yeli".
		const familyFirst =
			nameStart === last - 1 &&
			FAMILY_NAMES_WRITTEN_FIRST.has(tokens[nameStart]!.bare.toLowerCase()) &&
			!FAMILY_NAMES_WRITTEN_FIRST.has(candidate.bare.toLowerCase()) &&
			!GIVEN_NAME_TAGS.some((tag) => candidate.tags.has(tag));
		if (familyFirst) break;
		if (!forced && !surname && !family && !syllable && !afterFamily && !isNameLike(candidate)) break;
		// After "of" a third word of the name must be a given name ("Minister of Energy Alexander
		// Valentinovich Novak") or follow a title's or body's word ("Chief of General Staff Dang Duc
		// Son", not "Minister of Foreign Affairs Sergey Lavrov"); after a title word, not an agent
		// noun that ends the title ("State Councilor Yang Jiechi", "Deputy Comptroller …").
		const given = GIVEN_NAME_TAGS.some((tag) => candidate.tags.has(tag));
		const agent = !given && AGENT_NOUN.test(candidate.bare);
		if (last - nameStart === 1 && ((complement && !given && !forced) || (afterTitle !== -1 && agent))) break;
		nameStart--;
	}
	if (nameStart > last) return null;
	// One word left after a complement is a person's only when the tagger or a title word says so:
	// "Secretary of State Blinken", not "secretary of the Central Political and …".
	const lone = tokens[nameStart]!;
	const titled = TITLE_WORDS.has(tokens[nameStart - 1]?.bare.toLowerCase() ?? '') && !isPlural(lone);
	if (
		complement &&
		nameStart === last &&
		!titled &&
		!PERSON_TAGS.some((tag) => lone.tags.has(tag)) &&
		!GLUED_INITIAL.test(lone.bare)
	)
		return null;
	return nameStart;
}

/**
 * Whether the words before the link at `link` ("of", "for") end in a title or a body's name:
 * "Minister of …", "the Commission for …" (not "the first day of Putin’s visit").
 */
function titleBefore(tokens: readonly Token[], link: number): boolean {
	let i = link - 1;
	// Over the complement's own words: "Secretary of the Communist Party of …".
	while (i >= 0 && /^(?:the|of)$/i.test(tokens[i]!.bare)) i--;
	const word = tokens[i];
	return (
		word !== undefined &&
		(isTitleWord(word) || (isCapitalised(word) && ORGANISATION_NOUNS.has(word.bare.toLowerCase())))
	);
}

/** "Foreign Minister Wang Yi of China": the country written after the name with "of", or null. */
function countryAfter(tokens: readonly Token[], last: number): string | null {
	if (tokens[last]!.post !== '' || tokens[last + 1]?.bare !== 'of') return null;
	for (let end = last + 2; end <= last + 4 && end < tokens.length; end++) {
		const found = countryEndingAt(tokens, end);
		if (found?.start === last + 2) return found.country;
	}
	return null;
}

/**
 * "… met his Tajik counterpart, Col. Gen. Sherali Mirzo": the country of a counterpart, host or
 * guest described just before the name, set off by a comma or not, maybe with a rank between.
 */
const COUNTERPART_BEFORE =
	/\b(?:his|her|their|its|the)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+(?:counterparts?|hosts?|guests?|opposite numbers?)\s*,?\s*(?:\p{Lu}[\p{L}-]*\.?\s+){0,3}$/u;

function counterpartCountry(before: string): string | null {
	const demonym = COUNTERPART_BEFORE.exec(before)?.[1];
	return demonym ? countryOf(demonym) : null;
}

/** How many of a title's first tokens are the country it starts with ("Russian", "South Africa’s"). */
function countryAtStart(tokens: readonly Token[]): number {
	for (let end = Math.min(2, tokens.length - 1); end >= 0; end--) {
		const found = countryEndingAt(tokens, end);
		if (found?.start === 0) return end + 1;
	}
	return 0;
}

/**
 * Names listed after one title in the plural share it: "former presidents Ali Hassan Mwinyi and
 * Benjamin Mkapa" gives both the title; "the presidents of Russia and China, Vladimir Putin and Xi
 * Jinping" gives each the country in its place.
 */
function shareTitles(tokens: readonly Token[], found: readonly FoundMention[]): PersonMention[] {
	const mentions = found.map((f) => f.mention);
	let k = 0;
	while (k < found.length) {
		const owner = found[k]!;
		const head = headOf(owner.mention.title?.toLowerCase().split(/\s+/) ?? [])?.head ?? '';
		const plural = head.endsWith('s') && kindOfNoun(head) !== null && kindOfNoun(head.slice(0, -1)) !== null;
		let end = k + 1;
		while (plural && end < found.length) {
			const previous = found[end - 1]!;
			const current = found[end]!;
			const between = current.first - previous.last;
			const listed =
				(between === 2 && tokens[previous.last + 1]!.bare === 'and') ||
				(between === 1 && tokens[previous.last]!.post === ',');
			if (!listed || current.mention.titleText !== null) break;
			end++;
		}
		const countries = holderCountries(tokens.slice(owner.titleStart, owner.first));
		const respective = countries.length === end - k;
		for (let n = k; n < end && end - k > 1; n++) {
			const mention = mentions[n]!;
			mentions[n] = {
				...mention,
				title: owner.mention.title,
				titleText: owner.mention.titleText,
				country: respective ? countries[n - k]! : (mention.country ?? owner.mention.country),
				kind: mention.kind ?? owner.mention.kind,
				evidence: true,
			};
		}
		k = end;
	}
	return mentions;
}

/**
 * A title with no country joined by "and" to one with a country shares it: "US Secretary of State
 * Antony Blinken and national security advisor Jake Sullivan". Not a title with a name of its own
 * in it ("European Union foreign policy chief").
 */
function shareCountries(
	tokens: readonly Token[],
	found: readonly FoundMention[],
	mentions: readonly PersonMention[],
): PersonMention[] {
	return mentions.map((mention, k) => {
		const previous = mentions[k - 1];
		const { titleStart, first } = found[k]!;
		const joined = k > 0 && titleStart === found[k - 1]!.last + 2 && tokens[titleStart - 1]!.bare === 'and';
		if (!joined || mention.country !== null || mention.kind !== 'official' || titleStart === first)
			return mention;
		const country = previous?.kind === 'official' ? previous.country : null;
		const titleOnly = tokens.slice(titleStart, first).every((t) => !isCapitalised(t) || isTitleWord(t));
		const ownCountry =
			previous?.titleText !== null && countryAtStart(tokens.slice(found[k - 1]!.titleStart)) > 0;
		return country && titleOnly && ownCountry ? { ...mention, country } : mention;
	});
}

/** Shaped like a name word, whatever the tagger thinks it is: "Soo-hyun", "A.A.". */
function isNameShaped(token: Token): boolean {
	const word = token.bare.toLowerCase();
	return (
		(/^\p{Lu}[\p{L}’'-]*$/u.test(token.bare) ||
			/^(?:\p{Lu}\.)+$/u.test(token.bare) ||
			GLUED_INITIAL.test(token.bare) ||
			NAME_PARTICLES.has(token.bare)) &&
		!TITLE_WORDS.has(word) &&
		!isTitleWord(token) &&
		!ORGANISATION_NOUNS.has(word) &&
		!FUNCTION_WORDS.has(word) &&
		countryEndingAt([token], 0) === null
	);
}

/** Words capitalised only for opening a sentence, which the tagger may take for nouns: "There Xi will …". */
const FUNCTION_WORDS = new Set(
	'there here then now when while after before since also but yet so still meanwhile later earlier today yesterday tomorrow instead however thus hence'.split(
		' ',
	),
);

/**
 * A word that can be part of a name: shaped like one, and a person's by its tags or no other
 * word class's; never a plural noun ("Security Issues") or a parenthesised acronym ("(FSB)").
 */
function isNameLike(token: Token): boolean {
	if (!isNameShaped(token)) return false;
	if (PERSON_TAGS.some((tag) => token.tags.has(tag))) return true;
	if (token.pre === '(' && /^\p{Lu}+$/u.test(token.bare)) return false;
	return !NON_NAME_TAGS.some((tag) => token.tags.has(tag)) && !token.tags.has('Plural');
}

/**
 * A plural noun, as the tagger reads it here or alone ("Foreign Affairs"), unless it reads a name.
 * Read alone, a name ending in "s" may look plural too ("Ayas"), so this only decides words a title
 * already makes doubtful.
 */
const isPlural = (token: Token): boolean =>
	!['LastName', ...GIVEN_NAME_TAGS].some((tag) => token.tags.has(tag)) &&
	(token.tags.has('Plural') || (/s$/.test(token.bare) && isPluralNoun(token.bare.toLowerCase())));
