/**
 * One article's way of telling a story: the day it is published, the spelling it uses for
 * each name, whether it writes dates the American way, and its own reading of the story's
 * numbers (a death toll reported earlier is lower; some sources give other trade figures).
 */
import { whenPhrase } from './calendar.ts';
import type { Random } from './random.ts';
import type { Official, Story } from './world.ts';

export interface Report {
	/** The corpus seed, for officials and stories the article mentions in passing. */
	seed: number;
	story: Story;
	/** The day the article is published. */
	published: number;
	random: Random;
	/** Dates as "April 23, 2024" rather than "23 April 2024". */
	american: boolean;
	/** The spelling this article uses for each official, chosen once per article. */
	spellings: Map<string, string>;
	/** What the article has already told, so a second mention says something new. */
	told: Set<string>;
}

/** The spelling of an official's name this article uses (sometimes a variant: "Sergey" for "Sergei"). */
export function fullName(report: Report, official: Official): string {
	let spelling = report.spellings.get(official.id);
	if (spelling === undefined) {
		const { full, variants } = official.name;
		spelling = variants.length > 0 && report.random.chance(0.3) ? report.random.pick(variants) : full;
		report.spellings.set(official.id, spelling);
	}
	return spelling;
}

/** How a name is introduced: with a title before it, or with the title in apposition. */
export function introduce(report: Report, official: Official, form = report.random.int(0, 2)): string {
	const name = fullName(report, official);
	const { country, office } = official;
	if (form === 0) return `${country.adjective} ${office.title} ${name}`;
	if (form === 1) return `${country.possessive} ${office.description} ${name}`;
	return `${name}, ${country.possessive} ${office.description},`;
}

export const he = (official: Official): string => (official.name.female ? 'she' : 'he');
export const his = (official: Official): string => (official.name.female ? 'her' : 'his');
export const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** When the story's `day` was, said from the article's publication day. */
export const when = (report: Report, day: number): string =>
	whenPhrase(day, report.published, (n) => report.random.int(0, n - 1), report.american);

/** "$240 billion", "US$240.1 billion", "$7.3 billion": money as outlets write it. */
export function money(report: Report, billions: number): string {
	const symbol = report.random.chance(0.35) ? 'US$' : '$';
	if (billions >= 1) {
		const text =
			billions >= 50 && report.random.chance(0.5)
				? String(Math.round(billions))
				: billions.toFixed(1).replace(/\.0$/, '');
		return `${symbol}${text} billion`;
	}
	return `${symbol}${Math.round(billions * 1000)} million`;
}

/** A death toll as this report gives it: earlier reports give lower numbers, some only "at least". */
export function toll(report: Report, killed: number): string {
	const daysAfter = report.published - report.story.attack.day;
	const shortfall =
		daysAfter <= 1 ? report.random.int(1, Math.max(1, Math.floor(killed / 6))) : report.random.int(0, 2);
	const reported = Math.max(10, killed - shortfall);
	const qualifier = report.random.weighted([
		['At least ', 3],
		['', 2],
		['More than ', 1],
	]);
	return `${qualifier}${reported}`;
}

/** This report's trade figure: the true one, or (for some sources) a different one. */
export function tradeReading(report: Report, billions: number): { billions: number; source: string } {
	const { guest, host } = report.story;
	if (report.random.chance(0.15)) {
		const other = Math.round(billions * (0.82 + report.random.float() * 0.1) * 10) / 10;
		return {
			billions: other,
			source: `according to ${report.random.pick([guest, host]).country.adjective} customs data`,
		};
	}
	return {
		billions,
		source: report.random.pick([
			'according to official figures',
			'customs data showed',
			'official data showed',
		]),
	};
}
