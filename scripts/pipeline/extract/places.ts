import { monthNumber } from './dates/calendar-words.ts';
import { countryOf } from './countries.ts';
import { isCapitalised, tokenize, type Token } from './tokens.ts';

/** A place named in a sentence. */
export interface PlaceMention {
	/** The place's name without a possessive: "St Petersburg", "Moscow". */
	name: string;
	start: number;
	end: number;
	/** The preposition before it, lower case ("in", "to", "near"), or null. */
	preposition: string | null;
	/** True for "Russia’s …": the place owns something rather than locates it. */
	possessive: boolean;
}

const PREPOSITIONS = new Set([
	'in',
	'to',
	'into',
	'at',
	'near',
	'from',
	'by',
	'outside',
	'inside',
	'across',
	'around',
	'visited',
	'visit',
	'visits',
	'toured',
	'touring',
]);

/**
 * Places a sentence names: runs of capitalised words the tagger marks as places, and country
 * names, each with the preposition before it ("in Moscow", "to Russia", "near Moscow").
 */
export function findPlaces(text: string, tokens: readonly Token[] = tokenize(text)): PlaceMention[] {
	return readPlaces(tokens);
}

/** "St." in "St. Petersburg", "Ft." in "Ft. Worth": an abbreviation whose full stop is in the name. */
const abbreviationBefore = (token: Token) => token.post === '.' && /^(?:St|Mt|Ft)$/.test(token.bare);

function readPlaces(tokens: readonly Token[]): PlaceMention[] {
	const places: PlaceMention[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		// A capitalised name right after "in" or "at" is a place even when the tagger does not know it.
		// So is one after "the resort of", "the city of".
		const afterLocative =
			i > 0 &&
			(/^(?:in|at)$/.test(tokens[i - 1]!.text) ||
				(tokens[i - 1]!.text === 'of' && i > 1 && SETTLEMENTS.test(tokens[i - 2]!.text))) &&
			isUnknownName(token);
		if (!isCapitalised(token) || !(isPlaceWord(token) || afterLocative) || monthNumber(token.bare) > 0)
			continue; // a month's name is a date, never a place ("in May")
		let j = i;
		for (;;) {
			if (
				j + 1 < tokens.length &&
				(tokens[j]!.post === '' || abbreviationBefore(tokens[j]!)) &&
				isCapitalised(tokens[j + 1]!) &&
				isPlaceWord(tokens[j + 1]!)
			)
				j++;
			// "Dar es Salaam", "Rio de Janeiro": a lower-case particle between two capitalised words of one name.
			else if (
				j + 2 < tokens.length &&
				tokens[j]!.post === '' &&
				tokens[j + 1]!.post === '' &&
				NAME_PARTICLES.test(tokens[j + 1]!.text) &&
				isCapitalised(tokens[j + 2]!)
			)
				j += 2;
			else break;
		}
		// "St Petersburg": an abbreviation before a place belongs to it.
		let first = i;
		if (
			i > 0 &&
			/^(?:St|Saint|San|Santa|New|Nizhny|Ulan|Abu|Kuala)$/.test(tokens[i - 1]!.bare) &&
			(tokens[i - 1]!.post === '' || abbreviationBefore(tokens[i - 1]!))
		)
			first = i - 1;
		const last = tokens[j]!;
		const before = tokens[first - 1];
		// "the Uzbek city of Samarkand" places as "in Samarkand" does.
		const ofSettlement =
			before?.text === 'of' && tokens[first - 2] !== undefined && SETTLEMENTS.test(tokens[first - 2]!.text);
		const preposition = ofSettlement
			? 'in'
			: before && PREPOSITIONS.has(before.text.toLowerCase())
				? before.text.toLowerCase()
				: null;
		const name = tokens
			.slice(first, j + 1)
			.map((t) => t.bare)
			.join(' ');
		// "Secretary of State", "Minister of State Security": part of a title, not a place.
		const inTitle =
			before?.text === 'of' && tokens[first - 2] !== undefined && isCapitalised(tokens[first - 2]!);
		// "World War II", "the Cold War": a war's name, not a place.
		const war = tokens[j + 1]?.bare === 'War';
		// A demonym ("Russian president") names no place; a possessive country ("Russia’s") is a place.
		if (
			!inTitle &&
			!war &&
			!(countryOf(name) !== null && countryOf(name) !== name && !/^(?:US|UK|USA)$/.test(name))
		) {
			places.push({
				name,
				start: tokens[first]!.start,
				end: last.start + last.bare.length,
				preposition,
				possessive: last.bare !== last.text,
			});
		}
		i = j;
	}
	return places;
}

/** Particles inside place names: "Dar es Salaam", "Rio de Janeiro", "Sharm el-Sheikh". */
const NAME_PARTICLES = /^(?:es|de|da|del|la|al|el|du|di)$/;
/** Nouns for a place whose name follows "of": "the city of Samarkand", "the port city of Durban". */
const SETTLEMENTS =
	/^(?:city|capital|town|port|village|resort|enclave|exclave|island|province|region|republic)$/i;

const NOT_PLACE_TAGS = [
	'Person',
	'FirstName',
	'LastName',
	'Date',
	'Month',
	'WeekDay',
	'Organization',
	'Demonym',
	'Pronoun',
	'Determiner',
	'Value',
];

function isUnknownName(token: Token): boolean {
	return (
		isCapitalised(token) &&
		!NOT_PLACE_TAGS.some((tag) => token.tags.has(tag)) &&
		!/^(?:The|A|An|This|That|These|Those|His|Her|Their)$/.test(token.text)
	);
}

function isPlaceWord(token: Token): boolean {
	if (token.tags.has('Demonym') || token.tags.has('Person')) return false;
	return (
		token.tags.has('Place') ||
		token.tags.has('City') ||
		token.tags.has('Country') ||
		countryOf(token.bare) === token.bare
	);
}
