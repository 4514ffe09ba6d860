/**
 * The paragraphs an article can tell a story with. Each writer returns one paragraph of prose
 * (or null when the story gives it nothing to say): the meeting, quotes, the officials' careers,
 * the trip, the conference, trade and death tolls, analysts, background. Meetings are reported
 * in the forms news uses ("A met B in X on Tuesday", "During a meeting …, A told B …",
 * "A and B pledged …"), dated absolutely or relative to the day of publication.
 */
import { longDate, monthPhrase, spanPhrase, weekdayName, yearOf } from './calendar.ts';
import { COUNTRIES, named } from './countries.ts';
import { makeName, type NameStyleName } from './names.ts';
import {
	capital,
	fullName,
	he,
	his,
	introduce,
	money,
	toll,
	tradeReading,
	when,
	type Report,
} from './report.ts';
import {
	ADJECTIVES,
	ANALYST_POSITIONS,
	PLEDGES,
	SECTORS,
	companyName,
	instituteName,
	numberWord,
	projectKind,
	ordinal,
	sceneParts,
	townName,
} from './vocabulary.ts';
import { countryFor, officialFor, tradeFigures, type Official } from './world.ts';

export type Writer = (report: Report) => string | null;

/** "a" or "an" before a word. */
const article = (word: string): string => (/^(?:[aeio]|eight|eleven|un[^i])/i.test(word) ? 'an' : 'a');

/** The day the story's meeting took (or will take) place. */
export function meetingDay({ story }: Report): number {
	if (story.kind === 'planned-visit') return story.visitStart + 1;
	if (story.kind === 'attack') return story.day + 1;
	return story.day;
}

const agency = (report: Report, official: Official): string =>
	official.country.agency ?? report.random.pick(['state media', 'the foreign ministry', 'officials']);

const said = (report: Report): string => report.random.pick(['said', 'said', 'told reporters', 'added']);

/** The first paragraph: who met whom, where and when, or what happened. */
export const lede: Writer = (report) => {
	const { story, random } = report;
	const { guest, host, city } = story;
	const pledge = random.pick(PLEDGES);
	switch (story.kind) {
		case 'planned-visit':
			return `${capital(introduce(report, guest, random.int(0, 1)))} will visit ${named(host.country)} ${spanPhrase(story.visitStart, story.visitEnd, report.published)}, the ${guest.country.adjective} foreign ministry said ${when(report, story.day)}, as the two countries seek to ${pledge}.`;
		case 'attack':
			return `${toll(report, story.attack.killed)} people were killed in the ${story.attack.noun} on a ${story.attack.venue} in ${story.attack.city} ${when(report, story.attack.day)}, ${host.country.adjective} authorities said, in the deadliest violence the city has seen in years.`;
		case 'conference':
			return `${capital(introduce(report, guest, random.int(0, 1)))} met ${introduce(report, host, random.int(0, 1))} on the sidelines of the ${ordinal(story.forum.ordinal)} ${story.forum.name} in ${city} ${when(report, meetingDay(report))}, as the two countries move closer on security.`;
		case 'trade':
			return `${capital(introduce(report, guest, random.int(0, 1)))} and ${introduce(report, host, random.int(0, 1))} agreed ${when(report, story.day)} to expand cooperation in ${story.economicTopics[0]} and ${story.economicTopics[1]}, as trade between the two countries continues to grow.`;
		default:
			return random.chance(0.5)
				? `${capital(introduce(report, guest, random.int(0, 1)))} met ${introduce(report, host, random.int(0, 1))} in ${city} ${when(report, story.day)}, as the two countries pledged to ${pledge}.`
				: `${capital(introduce(report, guest, random.int(0, 1)))} held talks with ${introduce(report, host, random.int(0, 1))} ${when(report, story.day)} in ${city}, pledging to ${pledge}, ${agency(report, guest)} reported.`;
	}
};

/** "During a meeting on Tuesday, A told B that …" (or the planned meeting for a visit not yet made). */
export const meetingDetail: Writer = (report) => {
	const { story, random } = report;
	const { guest, host } = story;
	const topic = random.pick(story.topics);
	if (story.kind === 'planned-visit') {
		return `${capital(guest.name.short)} is expected to meet ${introduce(report, host, 0)} during the trip, and the two sides will discuss ${story.topics[0]} and ${story.topics[1]}, according to a statement from the ${guest.country.adjective} foreign ministry.`;
	}
	if (story.kind === 'attack') {
		return `During a meeting ${when(report, meetingDay(report))}, ${introduce(report, guest, 1)} told ${host.name.short === guest.name.short ? fullName(report, host) : `${host.country.adjective} ${host.office.title} ${fullName(report, host)}`} that ${named(guest.country)} condemned the ${story.attack.noun} and was ready to help bring those responsible to justice.`;
	}
	return `During the ${random.pick(['frank', 'constructive', 'cordial', 'two-hour', 'closed-door', 'wide-ranging', 'lengthy', 'businesslike'])} talks, ${guest.name.short} told ${host.name.short} that ${named(guest.country)} was ready to work more closely with ${named(host.country)} on ${topic}, according to ${agency(report, guest)}.`;
};

/** A quote from the guest. */
export const guestQuote: Writer = (report) => {
	const { story, random } = report;
	const pledge = random.pick(PLEDGES);
	return `“We are ready to work with our ${story.host.country.adjective} partners to ${pledge} and to counter ${story.topics[2]},” ${story.guest.name.short} ${said(report)}, according to ${agency(report, story.guest)}.`;
};

/** The host's reply. */
export const hostReply: Writer = (report) => {
	const { story, random } = report;
	if (story.kind === 'planned-visit') return null;
	return `In reply, ${story.host.name.short} said that ${named(story.host.country)} was willing to ${random.pick(PLEDGES)} and to make their cooperation on ${story.topics[0]} “more ${random.pick(['effective', 'practical', 'substantive', 'ambitious', 'comprehensive'])}”, ${agency(report, story.host)} reported.`;
};

/** The guest's office and career: "… was appointed Minister of Public Security in March 2019. He previously served as …". */
export const career: Writer = (report) => {
	const official = report.random.chance(0.7) ? report.story.guest : report.story.host;
	const { office, formerOffice, country } = official;
	if (official.appointed >= report.published) return null;
	const head = report.random.chance(0.5)
		? `${capital(official.name.short)}, who was appointed ${office.formal} ${monthPhrase(official.appointed, report.published)}, oversees ${country.possessive} work on ${report.random.pick(report.story.topics)}.`
		: `${capital(official.name.short)} was promoted to ${country.possessive} ${office.description} post ${monthPhrase(official.appointed, report.published)}, after years in the ${country.securityBody}.`;
	return `${head} ${capital(he(official))} previously served as ${formerOffice.formal}.`;
};

/** The guest's trip: its length, when it began and what else it includes. */
export const trip: Writer = (report) => {
	const { story, random } = report;
	if (story.kind === 'planned-visit' || story.tripStart >= report.published) return null;
	const { guest, host } = story;
	const other = random.pick(host.country.cities);
	return `${capital(guest.name.short)} began ${article(numberWord(story.tripDays))} ${numberWord(story.tripDays)}-day trip to ${named(host.country)} ${when(report, story.tripStart)}. ${capital(his(guest))} itinerary also includes a stop in ${other}, where ${he(guest)} is due to visit a ${random.pick(['police academy', 'border post', 'training centre', 'technology park', 'port'])}.`;
};

/** The conference the meeting was part of, with how many countries attended. */
export const conference: Writer = (report) => {
	const { story, random } = report;
	if (story.kind !== 'conference') return null;
	const { forum } = story;
	const countries = random.chance(0.5)
		? `more than ${Math.floor(forum.countries / 10) * 10}`
		: String(forum.countries);
	return `The ${ordinal(forum.ordinal)} ${forum.name}, held in ${story.city} from ${weekdayName(forum.start)} to ${weekdayName(forum.end)}, brought together officials from ${countries} countries and ${numberWord(random.int(3, 9))} international organisations.`;
};

/** Trade between the two countries last year, with its growth (sometimes another source's figure). */
export const trade: Writer = (report) => {
	const { story, random, seed } = report;
	const { guest, host } = story;
	const year = yearOf(report.published) - 1;
	const figures = tradeFigures(seed, guest.country, host.country, year);
	const reading = tradeReading(report, figures.billions);
	const change =
		figures.growth >= 0 ? `up ${figures.growth} per cent` : `down ${Math.abs(figures.growth)} per cent`;
	return random.chance(0.5)
		? `Last year, trade between ${named(guest.country)} and ${named(host.country)} reached ${money(report, reading.billions)}, ${change} from the previous year, ${reading.source}.`
		: `Bilateral trade ${figures.growth >= 0 ? 'rose' : 'fell'} ${Math.abs(figures.growth)} per cent to ${money(report, reading.billions)} last year, ${reading.source}, with ${random.pick(SECTORS)} and ${story.economicTopics[0]} making up a growing share.`;
};

/** The attack: a death toll that differs between reports. */
export const attack: Writer = (report) => {
	const { story } = report;
	if (story.attack.day >= report.published) return null;
	const { attack } = story;
	const whenText =
		story.kind === 'attack' ? when(report, attack.day) : monthPhrase(attack.day, report.published);
	return `${toll(report, attack.killed)} people were killed in the ${attack.noun} on a ${attack.venue} in ${attack.city} ${whenText}, and ${attack.injured} others were injured. No group has claimed responsibility, and ${story.host.country.adjective} investigators have detained ${numberWord(report.random.int(2, 11))} suspects.`;
};

/** A second host official the guest met. */
export const secondMeeting: Writer = (report) => {
	const { story } = report;
	if (story.other === story.host || story.kind === 'planned-visit') return null;
	return `${capital(story.guest.name.short)} also met ${introduce(report, story.other, report.random.int(0, 1))}, and the two sides agreed to ${report.random.pick(PLEDGES)}.`;
};

/** The two leaders' joint pledge: "A and B pledged …". */
export const jointPledge: Writer = (report) => {
	const { story, random } = report;
	if (story.kind === 'planned-visit') return null;
	return `${capital(story.guest.name.short)} and ${story.host.name.short} pledged to ${random.pick(PLEDGES)}, and to hold their next round of talks in ${story.guest.country.capital} next year.`;
};

/** A researcher's view; analysts are new names from anywhere. */
export const analyst: Writer = (report) => {
	const { story, random } = report;
	const country = random.pick(COUNTRIES);
	const name = makeName(country.names as NameStyleName, random);
	const town = townName(country, random);
	const quote = random.pick([
		`Both sides need each other more than before, and ${story.topics[0]} is where their interests overlap most`,
		`This is a ${random.pick(ADJECTIVES)} relationship, but it remains unequal, especially in ${story.economicTopics[1]}`,
		`The timing sends a message to Washington and to the region`,
		`Security cooperation has become the backbone of the relationship`,
	]);
	return `“${quote},” said ${name.full}, a ${random.pick(ANALYST_POSITIONS)} at the ${instituteName(random, town)} in ${country.capital}.`;
};

/** Another official's comment on the story: more names, more countries. */
export const sideComment: Writer = (report) => {
	const { random, seed } = report;
	const official = officialFor(seed, random, countryFor(random), report.story.index);
	const issue = random.pick(report.story.topics);
	const { guest, host } = report.story;
	const view = random.pick([
		`${named(official.country)} was watching the talks closely and would raise ${issue} with both governments`,
		`${named(official.country)} had not been consulted and expected ${named(guest.country)} to respect its commitments on ${issue}`,
		`any agreement on ${issue} should involve the whole region, not only ${named(guest.country)} and ${named(host.country)}`,
		`${named(official.country)} would send a delegation to ${host.country.capital} to discuss ${issue} and ${random.pick(SECTORS)}`,
		`cooperation on ${issue} had brought results, including arrests in ${random.pick(host.country.cities)}`,
	]);
	return `${capital(introduce(report, official, random.int(0, 1)))} said ${when(report, report.published - random.int(1, 5))} that ${view}.`;
};

/** A project the two countries are building, with a town and a company no other story names. */
export const project: Writer = (report) => {
	const { story, random } = report;
	// The story's own project once; any further mention is another project in another town.
	const first = !report.told.has('project');
	report.told.add('project');
	const town = first ? story.town : townName(story.host.country, random);
	const company = first ? story.company : companyName(random);
	const kind = first ? story.project : projectKind(random);
	const cost = first ? story.projectBillions : random.int(3, 95) / 10;
	const jobs = first ? story.projectJobs : random.int(8, 120) * 100;
	return random.pick([
		`The talks also touched on a ${kind} near the town of ${town}, built by ${company} at a cost of ${money(report, cost)}. Local officials say the project will create ${jobs.toLocaleString('en-US')} jobs, though it has been delayed by disputes over land and ${random.pick(['water rights', 'tariffs', 'financing', 'environmental permits', 'customs rules'])}.`,
		`In ${town}, where ${company} opened a ${kind} ${random.pick(['two years ago', 'last year', 'in 2019', 'before the pandemic'])}, residents say the ${random.pick(SECTORS)} boom has brought ${random.pick(['jobs but also traffic', 'new roads and higher rents', 'investment but little local hiring'])}. The company says it has spent ${money(report, cost)} there and employs ${jobs.toLocaleString('en-US')} people.`,
		`${company}, which is building a ${kind} outside ${town}, said it expected the talks to speed up approvals. Its chief executive told reporters the ${money(report, cost)} project was “${random.pick(['on schedule', 'facing delays', 'a model for the region'])}”.`,
	]);
};

/** A scene in a town where the story is felt: a resident, their trade, their words. */
export const scene: Writer = (report) => {
	const { story, random } = report;
	const country = random.chance(0.7) ? story.host.country : story.guest.country;
	const town = townName(country, random);
	const resident = makeName(country.names, random);
	const { place, sight, feeling, occupation, district } = sceneParts(random);
	const quote = random.pick([
		`Every time the officials meet, they promise more trade, but here we only see more checks`,
		`My customers come from both sides of the border, so anything that makes the crossing easier helps`,
		`We heard about the talks on the radio. Prices have not changed`,
		`The new ${story.project} will bring work, if it is ever finished`,
		`People here are tired of promises about ${story.economicTopics[0]}`,
	]);
	return `At the ${place} in ${town}, a ${random.pick(['dusty', 'busy', 'quiet', 'windswept', 'crowded', 'sleepy'])} ${district} ${random.pick(['east', 'west', 'north', 'south'])} of ${random.pick([country.capital, ...country.cities])}, ${sight} greeted the news with ${feeling}. “${quote},” said ${resident.full}, a ${random.int(24, 71)}-year-old ${occupation}.`;
};

/** The cooperation mechanism's history. */
export const history: Writer = (report) => {
	const { story, random } = report;
	return `The two countries set up their law enforcement and security cooperation mechanism in ${story.mechanismYear}, and officials have met ${random.pick(['annually', 'every year', 'regularly'])} since to discuss ${story.topics[1]} and ${story.topics[2]}.`;
};

/** The West's (or a neighbour's) reaction. */
export const reaction: Writer = (report) => {
	const { story, random } = report;
	return `${random.pick(['Western governments', 'Washington and its allies', 'European officials', 'Neighbouring states'])} have ${random.pick(['criticised', 'watched', 'questioned'])} the growing ties between ${named(story.guest.country)} and ${named(story.host.country)}, which they say could help ${named(random.pick([story.guest, story.host]).country)} evade sanctions on ${random.pick(SECTORS)} and ${story.economicTopics[1]}.`;
};

/** What comes next: a planned return visit, dated relative to publication. */
export const outlook: Writer = (report) => {
	const { story, random } = report;
	const later = report.published + random.int(8, 40);
	return `${capital(story.host.name.short)} is expected to visit ${story.guest.country.capital} ${random.pick([`on ${longDate(later, report.american, yearOf(later) !== yearOf(report.published))}`, 'later this year', 'next month'])} to ${random.pick(PLEDGES)}, officials said.`;
};

/** Training pledges and other counts. */
export const training: Writer = (report) => {
	const { story, random } = report;
	const officers = story.officers.toLocaleString('en-US');
	const years = numberWord(story.trainingYears);
	const agreements = numberWord(story.agreements);
	const { guest, host } = story;
	return random.chance(0.5)
		? `${capital(named(guest.country))} will train ${officers} ${host.country.adjective} law enforcement officers over the next ${years} years, and the two sides signed ${agreements} agreements on ${story.topics[0]} and ${story.economicTopics[0]}.`
		: `${capital(named(guest.country))} and ${named(host.country)} signed ${agreements} agreements on ${story.topics[0]} and ${story.economicTopics[0]}, including a plan to train ${officers} ${host.country.adjective} police officers in ${guest.country.capital} over ${years} years.`;
};

/** Every writer after the lede, in the order an article tells them. */
export const BODY_WRITERS: readonly Writer[] = [
	meetingDetail,
	guestQuote,
	hostReply,
	career,
	trip,
	conference,
	attack,
	secondMeeting,
	jointPledge,
	trade,
	training,
	project,
	scene,
	analyst,
	history,
	sideComment,
	reaction,
	outlook,
];
