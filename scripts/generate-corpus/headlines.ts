/**
 * Headlines, standfirsts and subheadings for a story. A headline names the story's people,
 * places or topics, so it shares words with the text under it (as real headlines do), and
 * `attempt` walks through different wordings so two articles of one day never share a permalink.
 */
import type { Country } from './countries.ts';
import { capital, type Report } from './report.ts';
import type { Random } from './random.ts';
import type { Story } from './world.ts';

/** A country as headlines write it: "US", "UAE", "Russia". */
const headlineName = (country: Country): string =>
	({ 'United States': 'US', 'United Kingdom': 'UK', 'United Arab Emirates': 'UAE' })[country.name] ??
	country.name;

/** Topics one can "fight against". */
const CRIME =
	/terror|trafficking|crime|fraud|smuggling|extremism|separatism|laundering|piracy|kidnapping|radicalisation|gambling|migration/;

const area = (story: Story): string =>
	({
		security: 'security',
		diplomacy: 'diplomatic',
		defence: 'defence',
		economy: 'economic',
		justice: 'law enforcement',
	})[story.guest.office.area];

/** Every headline a story could run under, most usual first. */
export function headlineChoices(story: Story): string[] {
	const { guest, host, city } = story;
	const g = guest.country;
	const h = host.country;
	const topic = story.topics[0]!.replace(/^the /, '').replace(/["“”]/g, '');
	const econ = story.economicTopics[0]!;
	const crime = story.topics.find((t) => CRIME.test(t))?.replace(/^the /, '') ?? 'terrorism';
	const common = [
		`${headlineName(g)} and ${headlineName(h)} pledge closer ${area(story)} ties as ${guest.name.short} meets ${host.name.short} in ${city}`,
		`${g.possessive} ${guest.office.description} ${guest.name.short} holds talks with ${h.adjective} counterpart in ${city}`,
		`${guest.name.short} visits ${city} as ${headlineName(g)} and ${headlineName(h)} deepen cooperation on ${topic}`,
		`${h.adjective} and ${g.adjective} officials discuss ${topic} and ${econ} in ${city}`,
		`${headlineName(g)}, ${headlineName(h)} agree to step up fight against ${crime}`,
		`What ${guest.name.short}'s talks with ${host.name.short} mean for ${headlineName(g)} and ${headlineName(h)}`,
		`${guest.name.short} and ${host.name.short} meet in ${city} amid push on ${topic}`,
	];
	const byKind: Record<Story['kind'], string[]> = {
		talks: [],
		'planned-visit': [
			`${g.possessive} ${guest.office.description} ${guest.name.short} to visit ${headlineName(h)} amid push for closer ${area(story)} ties`,
			`${guest.name.short} to travel to ${headlineName(h)} for talks on ${topic}`,
		],
		attack: [
			`${capital(story.attack.noun)} on ${story.attack.venue} in ${story.attack.city} kills dozens as ${headlineName(h)} vows response`,
			`${headlineName(g)} condemns deadly ${story.attack.noun} in ${story.attack.city} as ${guest.name.short} meets ${host.name.short}`,
		],
		conference: [
			`${guest.name.short} meets ${host.name.short} on sidelines of ${city} security forum`,
			`${headlineName(g)} and ${headlineName(h)} hold security talks in ${city} amid tensions with the West`,
		],
		trade: [
			`${headlineName(g)} and ${headlineName(h)} agree to expand ${econ} trade as ${guest.name.short} visits ${city}`,
			`${headlineName(g)}-${headlineName(h)} trade in focus as ${guest.name.short} and ${host.name.short} meet`,
		],
	};
	return [...byKind[story.kind], ...common].map(capital);
}

/** A headline for a report: its own pick first, then the others in turn for later attempts. */
export function headline(report: Report, first: number, attempt: number): string {
	const choices = headlineChoices(report.story);
	const base = choices[(first + attempt) % choices.length]!;
	// Past every wording, an outlet's own tag keeps the line unique.
	const round = Math.floor(attempt / choices.length);
	return round === 0
		? base
		: `${base}: ${['analysis', 'explainer', 'live updates', 'in pictures', 'what we know'][(round - 1) % 5]}${round > 5 ? ` ${round}` : ''}`;
}

/** One or two standfirst lines under the headline. */
export function standfirst(report: Report): string[] {
	const { story, random } = report;
	const lines = [
		`${story.guest.country.adjective} official says ${headlineName(story.guest.country)} is ready to work with ${headlineName(story.host.country)} on ${story.topics[0]}`,
	];
	if (random.chance(0.5))
		lines.push(
			`Amid tensions with the West, the two countries have stepped up cooperation on ${story.topics[1]}`,
		);
	return lines;
}

/** A short subheading about the story. */
export function subheading(report: Report, random: Random): string {
	const { story } = report;
	return random.pick([
		'Background',
		'Security ties',
		'Trade ties',
		'What comes next',
		`${headlineName(story.host.country)} and ${headlineName(story.guest.country)}`,
		`Talks in ${story.city}`,
		'A growing partnership',
	]);
}
