import type { Meeting } from '../../../src/schemas/meeting.ts';
import { countryOf } from './countries.ts';
import { countryOfPlace } from './gazetteer/index.ts';

/** Someone the meetings may give a country: their id, known country and the titles they are given. */
export interface HostCandidate {
	id: string;
	country: string | null;
	titles: readonly string[];
	/** The countries they are reported travelling to: there they are visitors, not hosts. */
	visited: ReadonlySet<string>;
}

/** A national office: held at home, in the country whose officials hold it. */
const NATIONAL_OFFICE =
	/\b(?:(?:prime |foreign |defen[cs]e |interior |finance |deputy )?minister|president|premier|chancellor|spokes(?:man|woman|person)|chair(?:man|woman)?|speaker|general secretary|chief cabinet secretary|secretary of state|king|emir|crown prince)\b/i;
/** Offices held abroad: an ambassador meets visitors in the country they are posted to. */
const SERVED_ABROAD = /\b(?:ambassador|envoy|representative)\b/i;

/** Whether `titles` name a national office and none held abroad: its holder serves at home. */
export const servesAtHome = (titles: readonly string[]): boolean =>
	titles.some((t) => NATIONAL_OFFICE.test(t)) && !titles.some((t) => SERVED_ABROAD.test(t));

/**
 * The countries the meetings give people of no known country: the host's. "In Berlin, Li held
 * talks with Chancellor Angela Merkel": a national office's holder (see `servesAtHome`) meeting
 * someone of another country in a city of Germany is Germany's, when every such meeting agrees.
 * Only meetings whose place the report states or its context gives, not the story's setting; and
 * not for those reported travelling to that country, or meeting its own officials there (Pakistan's
 * foreign minister meeting Iran's and Uzbekistan's at a conference in Samarkand is no Uzbek).
 */
export function hostCountries(
	people: readonly HostCandidate[],
	meetings: readonly Pick<Meeting, 'participants' | 'place' | 'placeBasis'>[],
): Map<string, string> {
	const byId = new Map(people.map((p) => [p.id, p]));
	const placed = meetings.flatMap((meeting) => {
		if (meeting.place === null || (meeting.placeBasis !== 'stated' && meeting.placeBasis !== 'context'))
			return [];
		const country = countryOfPlace(meeting.place);
		const members = meeting.participants.flatMap((id) => byId.get(id) ?? []);
		return country === null ? [] : [{ country, members }];
	});
	// Who met one of that country's own officials there is a visitor, not a host.
	const visitors = new Set(
		placed.flatMap(({ country, members }) =>
			members.some((p) => p.country === country) ? members.map((p) => `${p.id}|${country}`) : [],
		),
	);
	const votes = new Map<string, Set<string>>();
	for (const { country, members } of placed) {
		if (!members.some((p) => p.country !== null && p.country !== country)) continue;
		for (const person of members) {
			if (person.country !== null || person.visited.has(country) || visitors.has(`${person.id}|${country}`))
				continue;
			if (!servesAtHome(person.titles)) continue;
			votes.set(person.id, (votes.get(person.id) ?? new Set()).add(country));
		}
	}
	return new Map(
		[...votes].flatMap(([id, countries]) =>
			countries.size === 1 ? [[id, [...countries][0]!] as const] : [],
		),
	);
}

/**
 * The country an outlet's name places it in, or null: "The Jakarta Post" → Indonesia, "Tehran
 * Times" → Iran, "Hungary Today" → Hungary. A national paper names its own ministers without
 * their country ("Foreign Minister Hakan Fidan"), as its readers know it.
 */
export function outletCountry(outlet: string | null): string | null {
	const words = (outlet ?? '').split(/\s+/).map((w) => w.replace(/[^\p{L}-]/gu, ''));
	const countries = new Set(
		words.flatMap((word, i) => {
			const place = [words.slice(i, i + 2).join(' '), word]
				.map((name) => (/^\p{Lu}/u.test(name) ? (countryOfPlace(name) ?? countryOf(name)) : null))
				.find((country) => country !== null);
			return place ? [place] : [];
		}),
	);
	return countries.size === 1 ? [...countries][0]! : null;
}
