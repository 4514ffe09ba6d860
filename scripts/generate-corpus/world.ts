/**
 * The world the corpus reports on: officials and stories, each made from the corpus seed and
 * its own number alone, so official 230 or story 41 is the same whatever else is generated.
 * Stories carry the facts (who met whom, where, when, how many were killed, what trade was);
 * articles then report them, each in its own words and some with their own numbers.
 */
import { dayOf } from './calendar.ts';
import { COUNTRIES, COUNTRY_WEIGHT, OFFICES, type Country, type Office } from './countries.ts';
import { makeName, type PersonName } from './names.ts';
import { Random } from './random.ts';
import {
	ATTACK_NOUNS,
	ECONOMIC_TOPICS,
	SECURITY_TOPICS,
	VENUES,
	companyName,
	forumName,
	projectKind,
	townName,
} from './vocabulary.ts';

export interface Official {
	/** "Russia:12": the official's country and number in its pool, unique in the corpus. */
	id: string;
	name: PersonName;
	country: Country;
	office: Office;
	/** The office held before, for "previously served as …". */
	formerOffice: Office;
	/** The day the official took office. */
	appointed: number;
}

export type StoryKind = 'talks' | 'planned-visit' | 'attack' | 'conference' | 'trade';

export interface Story {
	index: number;
	kind: StoryKind;
	/** The day the story's main event happens (for a planned visit, the day it was announced). */
	day: number;
	guest: Official;
	host: Official;
	/** A second host official the guest also meets. */
	other: Official;
	city: string;
	/** A trip: the guest's travel from `tripStart` for `tripDays` days. */
	tripStart: number;
	tripDays: number;
	/** A planned visit's dates. */
	visitStart: number;
	visitEnd: number;
	forum: { name: string; ordinal: number; start: number; end: number; countries: number };
	attack: { noun: string; venue: string; city: string; day: number; killed: number; injured: number };
	topics: string[];
	economicTopics: string[];
	town: string;
	company: string;
	project: string;
	/** The year the cooperation mechanism between the two countries was set up. */
	mechanismYear: number;
	/** Counts every report of the story gives alike: agreements signed, officers to train, the project's cost and jobs. */
	agreements: number;
	officers: number;
	trainingYears: number;
	projectBillions: number;
	projectJobs: number;
}

/** The span of story dates: the corpus covers 2015 to late 2026. */
export const FIRST_DAY = dayOf('2015-01-05');
export const LAST_DAY = dayOf('2026-10-31');

/** Each country's first CORE_OFFICIALS officials recur across the corpus; later ones come with later stories. */
const CORE_OFFICIALS = 8;

const countryWeights = COUNTRIES.map((c) => [c, COUNTRY_WEIGHT(c)] as const);

/** Official number `index` of a country, in the corpus made from `seed`. */
export function officialOf(seed: number, country: Country, index: number): Official {
	const random = Random.for(seed, 'official', country.name, index);
	const office = random.pick(OFFICES);
	let formerOffice = random.pick(OFFICES);
	if (formerOffice === office) formerOffice = OFFICES[(OFFICES.indexOf(office) + 1) % OFFICES.length]!;
	return {
		id: `${country.name}:${index}`,
		name: makeName(country.names, random),
		country,
		office,
		formerOffice,
		appointed: random.int(dayOf('2008-01-01'), dayOf('2024-12-31')),
	};
}

/** An official of `country` for story `story`: one of the country's core officials often, else any introduced so far. */
export function officialFor(
	seed: number,
	random: Random,
	country: Country,
	story: number,
	not?: Official,
): Official {
	for (;;) {
		const index = random.chance(0.5)
			? random.int(0, CORE_OFFICIALS - 1)
			: random.int(0, CORE_OFFICIALS + Math.floor(story / 3));
		if (index !== Number(not?.id.split(':')[1])) return officialOf(seed, country, index);
	}
}

/** A country for a story, weighted towards the corpus's main countries, other than `not`. */
export function countryFor(random: Random, not?: Country): Country {
	for (;;) {
		const country = random.weighted(countryWeights);
		if (country !== not) return country;
	}
}

/** Story number `index` of the corpus made from `seed`. */
export function storyAt(seed: number, index: number): Story {
	const random = Random.for(seed, 'story', index);
	const kind = random.weighted<StoryKind>([
		['talks', 5],
		['planned-visit', 2],
		['attack', 2],
		['conference', 2],
		['trade', 2],
	]);
	const day = random.int(FIRST_DAY, LAST_DAY);
	const guestCountry = countryFor(random);
	const hostCountry = countryFor(random, guestCountry);
	const guest = officialFor(seed, random, guestCountry, index);
	const host = officialFor(seed, random, hostCountry, index);
	const other = officialFor(seed, random, hostCountry, index, host);
	const city = random.chance(0.6) ? host.country.capital : random.pick(host.country.cities);
	const tripDays = random.int(3, 10);
	const forumStart = day - random.int(0, 1);
	const visitStart = day + random.int(2, 12);
	const attackCity = random.pick([host.country.capital, ...host.country.cities]);
	return {
		index,
		kind,
		day,
		guest,
		host,
		other,
		city,
		tripStart: day - random.int(1, Math.min(4, tripDays - 1)),
		tripDays,
		visitStart,
		visitEnd: visitStart + random.int(2, 6),
		forum: {
			name: forumName(random),
			ordinal: random.int(2, 24),
			start: forumStart,
			end: forumStart + random.int(1, 3),
			countries: random.int(20, 130),
		},
		attack: {
			noun: random.pick(ATTACK_NOUNS),
			venue: random.pick(VENUES),
			city: attackCity,
			day: kind === 'attack' ? day : day - random.int(15, 40),
			killed: random.int(12, 160),
			injured: random.int(10, 300),
		},
		topics: random.sample(SECURITY_TOPICS, 3),
		economicTopics: random.sample(ECONOMIC_TOPICS, 2),
		town: townName(host.country, random),
		company: companyName(random),
		project: projectKind(random),
		mechanismYear: random.int(2001, 2014),
		agreements: random.int(2, 12),
		officers: random.int(5, 60) * 100,
		trainingYears: random.int(2, 5),
		projectBillions: random.int(3, 95) / 10,
		projectJobs: random.int(8, 120) * 100,
	};
}

/** Trade between two countries in a year, in billions of US dollars, and its growth in per cent. */
export function tradeFigures(
	seed: number,
	a: Country,
	b: Country,
	year: number,
): { billions: number; growth: number } {
	const [first, second] = [a.name, b.name].sort();
	const random = Random.for(seed, 'trade', first!, second!, year);
	const billions = random.chance(0.3) ? random.int(50, 320) : random.int(12, 950) / 10;
	return { billions, growth: Math.round((random.float() * 40 - 8) * 10) / 10 };
}
