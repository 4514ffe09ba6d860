import { countryOf } from '../pipeline/extract/countries.ts';
import type { Official } from '../../src/schemas/official.ts';
import type { Gold } from './gold.ts';
import { tally, type Tally } from './metrics.ts';
import { sameName, sameWords } from './names.ts';
import type { ArticleOutput } from './output.ts';
import { contentWords } from './text.ts';

/** The official of `output` a gold name is (one named with the very same words first), or undefined. */
export function officialNamed(output: ArticleOutput, name: string): Official | undefined {
	const names = (o: Official) => namesOf(o, output.article.id);
	return (
		output.officials.find((o) => names(o).some((n) => sameWords(n, name))) ??
		output.officials.find((o) => names(o).some((n) => sameName(n, name)))
	);
}

/** How well the officials an article names were read, with their roles and countries. */
export function scorePeople(output: ArticleOutput, gold: Gold): Record<string, Tally> {
	const id = output.article.id;
	const isGoldOfficial = (o: Official) =>
		gold.officials.some((g) => namesOf(o, id).some((n) => sameName(n, g.name)));
	const isGoldPerson = (o: Official) =>
		gold.people.some((p) => namesOf(o, id).some((n) => sameName(n, p.name)));
	let roles = 0;
	let rolesAsked = 0;
	let countries = 0;
	let countriesAsked = 0;
	let found = 0;
	for (const wanted of gold.officials) {
		const official = officialNamed(output, wanted.name);
		if (!official) continue;
		found++;
		if (wanted.role !== null) {
			rolesAsked++;
			if (
				official.roles.some((r) => r.sources.some((s) => s.article === id) && sameRole(r.title, wanted.role!))
			)
				roles++;
		}
		if (wanted.country !== null) {
			countriesAsked++;
			if (official.country !== null && sameCountry(official.country, wanted.country)) countries++;
		}
	}
	return {
		'officials: correct': tally(output.officials.filter(isGoldOfficial).length, output.officials.length),
		'officials: found': tally(found, gold.officials.length),
		'officials: others kept out': tally(
			gold.people.length - output.officials.filter(isGoldPerson).length,
			gold.people.length,
		),
		'officials: role right': tally(roles, rolesAsked),
		'officials: country right': tally(countries, countriesAsked),
	};
}

/** The spellings under which the article names an official, and its canonical name. */
function namesOf(official: Official, article: string): string[] {
	return [
		official.name,
		...official.spellings.filter((s) => s.articles.includes(article)).map((s) => s.name),
	];
}

/** A role read is the gold's when it has most of the gold's words: "Russian Security Council secretary" for "Secretary of the Security Council". */
export function sameRole(read: string, gold: string): boolean {
	const have = contentWords(read);
	const want = [...contentWords(gold)];
	if (want.length === 0) return false;
	return want.filter((w) => have.has(w)).length / want.length >= 0.6;
}

function sameCountry(read: string, gold: string): boolean {
	const fold = (c: string) =>
		c
			.toLowerCase()
			.replace(/^the\s+/, '')
			.replace(/\s+federation$/, '');
	// One country by any of its names: "Türkiye" and "the Russian Federation" are Turkey and Russia.
	const canonical = (c: string) => fold(countryOf(fold(c)) ?? c);
	return canonical(read) === canonical(gold);
}
