import { countryOf } from './countries.ts';
import type { Sentence } from './sentences.ts';
import { isCapitalised, tokenize, type Token } from './tokens.ts';

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
	/** The country the title names ("Russian …" → "Russia"), or null. */
	country: string | null;
	/** True when the text gives evidence on its own that this is a person (a title, a first name…). */
	evidence: boolean;
	sentence: Sentence;
}

/** Nouns that end an official's title: "spy chief", "top security official", "counterpart". */
export const ROLE_NOUNS = new Set(
	`president premier minister secretary chief official officer counterpart envoy leader spokesman spokeswoman
	spokesperson diplomat ambassador director head chairman chairwoman chair commander general admiral governor mayor
	executive adviser advisor aide prosecutor judge senator lawmaker representative commissioner deputy ruler king
	queen emir sheikh monarch chancellor marshal colonel captain inspector superintendent consul attaché delegate
	negotiator coordinator tsar czar boss president-elect vice-president vice-premier secretary-general`.split(
		/\s+/,
	),
);

/** Capitalised words that belong to titles, not names: "Prime", "Foreign", "Security"… */
const TITLE_WORDS = new Set(
	`mr mrs ms dr prof sir dame lord lady general gen admiral state foreign defence defense interior home finance
	trade security intelligence prime vice deputy first chief senior special acting former federal national
	public state-owned presidential premier council`.split(/\s+/),
);

/** Words that make a capitalised phrase an organisation, place or event, never a person. */
const NOT_PERSON_WORDS = new Set(
	`council commission committee party ministry department agency bureau office organisation organization
	initiative meeting meetings forum summit conference dialogue group bloc union nations association alliance
	journal post times news press daily herald telegraph tribune review television radio agency university
	institute academy college school court army navy police force forces guard bank fund company corporation
	group hall square street road avenue city province region district county state republic kingdom emirates
	islands sea ocean river mountain east west north south central eastern western northern southern mechanism
	treaty accord pact agreement plan programme program project strategy policy doctrine law act declaration
	charter belt war revolution day week month year communist`.split(/\s+/),
);

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
const REPORTING_VERBS =
	/^(?:said|says|told|tells|met|meets|added|stressed|pledged|accused|confirmed|warned|urged|called|announced|noted|touted|visited|arrived|wrote|insisted|argued|replied)$/;
/** Lower-case words that may sit inside a title between its capitalised words: "Secretary of State". */
const TITLE_LINKS = new Set(['of', 'for']);

/** Every person named in a sentence, with the title before each name. */
export function findPersonMentions(sentence: Sentence): PersonMention[] {
	const tokens = tokenize(sentence.text);
	const mentions: PersonMention[] = [];
	let i = 0;
	while (i < tokens.length) {
		if (!isCapitalised(tokens[i]!)) {
			i++;
			continue;
		}
		let j = i;
		// A run of capitalised words with no punctuation between them.
		while (
			j + 1 < tokens.length &&
			isCapitalised(tokens[j + 1]!) &&
			tokens[j]!.post === '' &&
			!isPossessive(tokens[j]!)
		)
			j++;
		const mention = mentionInRun(tokens, i, j, sentence);
		if (mention) mentions.push(mention);
		i = j + 1;
	}
	return mentions;
}

function mentionInRun(
	tokens: readonly Token[],
	first: number,
	last: number,
	sentence: Sentence,
): PersonMention | null {
	// The name is the longest tail of the run (three words at most) made of name-like words; after
	// a title word in the run ("… Secretary of State Antony Blinken") every word is the name's.
	const afterTitle = tokens.slice(first, last + 1).findLastIndex((t) => isTitleWord(t));
	let nameStart = last + 1;
	while (nameStart > first && last - nameStart < 2) {
		const candidate = tokens[nameStart - 1]!;
		const forced = afterTitle !== -1 && nameStart - 1 > first + afterTitle && isNameShaped(candidate);
		if (!forced && !isNameLike(candidate)) break;
		nameStart--;
	}
	if (nameStart > last) return null;
	const nameTokens = tokens.slice(nameStart, last + 1);
	if (nameTokens.some((t) => NOT_PERSON_WORDS.has(t.bare.toLowerCase()))) return null;
	// "Eurasian affairs", "Bilateral trade": a capitalised word before a noun describes the noun.
	const following = tokens[last + 1];
	const describesNoun =
		following !== undefined &&
		tokens[last]!.post === '' &&
		!isPossessive(tokens[last]!) &&
		!isCapitalised(following) &&
		following.tags.has('Noun') &&
		!following.tags.has('Pronoun');
	if (describesNoun) return null;

	const titleStart = walkBackTitle(tokens, nameStart, first);
	const titleTokens = tokens.slice(titleStart, nameStart);
	const hasRole = titleTokens.some((t) => ROLE_NOUNS.has(t.bare.toLowerCase()));
	const countryToken = titleTokens.find((t) => countryOf(t.text) !== null);
	const next = tokens[last + 1];
	const evidence =
		hasRole ||
		nameTokens.some((t) => PERSON_TAGS.some((tag) => t.tags.has(tag))) ||
		(nameTokens.length > 1 && next !== undefined && REPORTING_VERBS.test(next.text.toLowerCase()));
	const name = nameTokens.map((t) => t.bare).join(' ');
	const lastToken = nameTokens.at(-1)!;
	const titleWords = titleTokens.filter((t) => t !== countryToken);
	return {
		name,
		parts: nameTokens.map((t) => t.bare),
		start: nameTokens[0]!.start,
		end: lastToken.start + lastToken.bare.length,
		title: hasRole && titleWords.length > 0 ? titleWords.map((t) => t.bare).join(' ') : null,
		titleText: hasRole ? sentence.text.slice(titleTokens[0]!.start, titleTokens.at(-1)!.end) : null,
		country: hasRole && countryToken ? countryOf(countryToken.text) : null,
		evidence,
		sentence,
	};
}

/**
 * Where the title before a name starts: back over the run's own title words, then over
 * lower-case title words ("top security official", "special envoy for Eurasian affairs") and a
 * country word, stopping at punctuation, verbs, determiners and other prepositions.
 */
function walkBackTitle(tokens: readonly Token[], nameStart: number, runStart: number): number {
	let start = nameStart;
	while (start > 0) {
		const previous = tokens[start - 1]!;
		if (previous.post !== '' && !isPossessive(previous)) break;
		const word = previous.bare.toLowerCase();
		const country = countryOf(previous.text) !== null;
		const before = tokens[start - 2];
		const titleWord =
			start - 1 >= runStart ||
			country ||
			ROLE_NOUNS.has(word) ||
			(TITLE_LINKS.has(word) && before !== undefined && isTitleWord(before)) ||
			(isCapitalised(previous) && (TITLE_WORDS.has(word) || previous.tags.has('ProperNoun'))) ||
			(!isCapitalised(previous) &&
				(previous.tags.has('Adjective') || previous.tags.has('Noun')) &&
				!['Pronoun', 'Determiner', 'Verb', 'Adverb', 'Preposition'].some((tag) => previous.tags.has(tag)));
		if (!titleWord || (previous.tags.has('Verb') && !ROLE_NOUNS.has(word))) break;
		start--;
		// A country starts the title: "Russian Security Council Secretary", "China’s top security official".
		if (country) break;
	}
	return start;
}

/** A word that can head or end a title: a role noun or a capitalised title word. */
function isTitleWord(token: Token): boolean {
	const word = token.bare.toLowerCase();
	return ROLE_NOUNS.has(word) || (isCapitalised(token) && TITLE_WORDS.has(word));
}

/** Shaped like a name word, whatever the tagger thinks it is. */
function isNameShaped(token: Token): boolean {
	const word = token.bare.toLowerCase();
	return (
		/^\p{Lu}[\p{L}’'-]*$/u.test(token.bare) &&
		!TITLE_WORDS.has(word) &&
		!ROLE_NOUNS.has(word) &&
		!NOT_PERSON_WORDS.has(word) &&
		countryOf(token.bare) === null
	);
}

function isNameLike(token: Token): boolean {
	if (!isNameShaped(token)) return false;
	if (PERSON_TAGS.some((tag) => token.tags.has(tag))) return true;
	return !NON_NAME_TAGS.some((tag) => token.tags.has(tag));
}

const isPossessive = (token: Token): boolean => /[’']s$/.test(token.text);
