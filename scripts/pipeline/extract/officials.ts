import type { CuratedOfficial } from '../../../src/schemas/curated.ts';
import { slugify } from '../ids.ts';
import type { PersonMention } from './people.ts';

/** One person, resolved from every mention of them across the corpus. */
export interface ResolvedPerson {
	id: string;
	/** The canonical spelling: the curated file's, else the spelling used most. */
	name: string;
	/** The spellings merged into this person, each with the articles that use it. */
	spellings: { name: string; articles: string[] }[];
	/** The country, from the curated file or the titles the articles give. */
	country: string | null;
	mentions: PersonMention[];
}

// East Asian family names come first ("Chen Wenqing" is Mr Chen). Used only when the text never
// shows the name's family part on its own.
const FAMILY_NAME_FIRST = new Set(
	`li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie song tang
	han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jin xi
	qin kim lee park choi jung kang cho yoon jang lim nguyen tran le pham hoang vo`.split(/\s+/),
);

/**
 * A spelling key under which transliterations of one name meet: "Sergey"/"Sergei",
 * "Dmitry"/"Dmitri", "Mikhail"/"Mihail", "Aleksandr"/"Alexandr".
 */
export function nameKey(name: string): string {
	let key = nameKeys.get(name);
	if (key === undefined) nameKeys.set(name, (key = transliterationKey(name)));
	return key;
}

/**
 * Each name's key, made once: resolving people asks for the keys of the same few thousand names
 * over and over (every mention's name and parts), and each is six regular expressions.
 */
const nameKeys = new Map<string, string>();

function transliterationKey(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z ]/g, '')
		.replace(/kh/g, 'h')
		.replace(/ks/g, 'x')
		.replace(/y/g, 'i')
		.replace(/ii\b/g, 'i')
		.replace(/([a-z])\1/g, '$1');
}

/**
 * Resolves person mentions to people. Full names group by family name and given name, with
 * transliterations merged; a family name alone ("Patrushev said") joins the person of that name
 * in the same article, else the only one in the corpus; words that are never a person's name
 * (a news agency, a party organ) are left out because nothing shows they are. The curated file
 * may fix a spelling, give a country, merge spellings or keep two people apart.
 */
export function resolvePeople(
	mentions: readonly PersonMention[],
	curated: readonly CuratedOfficial[] = [],
): { people: ResolvedPerson[]; personOf: Map<PersonMention, string> } {
	const canonicalOf = new Map<string, CuratedOfficial>();
	for (const entry of curated)
		for (const spelling of [entry.name, ...entry.aliases]) canonicalOf.set(nameKey(spelling), entry);
	const loneWords = new Set(mentions.filter((m) => m.parts.length === 1).map((m) => nameKey(m.name)));
	const familyIndex = (m: PersonMention) => {
		const first = nameKey(m.parts[0]!);
		const last = nameKey(m.parts.at(-1)!);
		if (loneWords.has(last)) return m.parts.length - 1;
		if (loneWords.has(first) || (m.parts.length === 2 && FAMILY_NAME_FIRST.has(first))) return 0;
		return m.parts.length - 1;
	};

	// Group full names: a curated entry, else family name plus given name(s), transliterated.
	const groups = new Map<string, PersonMention[]>();
	const withEvidence = new Set(
		mentions.filter((m) => m.parts.length > 1 && m.evidence).map((m) => nameKey(m.name)),
	);
	for (const mention of mentions) {
		if (mention.parts.length < 2) continue;
		const entry = canonicalOf.get(nameKey(mention.name));
		if (!entry && !withEvidence.has(nameKey(mention.name))) continue;
		const family = familyIndex(mention);
		const given = mention.parts.filter((_, i) => i !== family).join(' ');
		const key = entry ? `curated:${entry.name}` : `${nameKey(mention.parts[family]!)}|${nameKey(given)}`;
		const group = groups.get(key);
		if (group) group.push(mention);
		else groups.set(key, [mention]);
	}

	// People by family name, each with the articles that name them, so a lone family name finds
	// its candidates without reading every person.
	const people: ResolvedPerson[] = [];
	const byFamily = new Map<string, ResolvedPerson[]>();
	const articlesOf = new Map<ResolvedPerson, Set<string>>();
	const add = (person: ResolvedPerson, family: string) => {
		people.push(person);
		const namesakes = byFamily.get(family);
		if (namesakes) namesakes.push(person);
		else byFamily.set(family, [person]);
		articlesOf.set(person, new Set(person.mentions.map((m) => m.sentence.article)));
	};
	for (const group of groups.values()) {
		const entry = canonicalOf.get(nameKey(group[0]!.name));
		add(makePerson(group, entry), nameKey(group[0]!.parts[familyIndex(group[0]!)]!));
	}

	// A family name alone joins the person of that name in the same article, else in the corpus.
	for (const mention of mentions) {
		if (mention.parts.length !== 1) continue;
		const key = nameKey(mention.name);
		// Only a person whose own spellings use that very word: the key merges transliterations of full
		// names, but a lone word spelt otherwise ("Jingang" beside "Tian Jinggang") is another name or a place.
		const candidates = (byFamily.get(key) ?? []).filter(
			(p) => spellingWords(p).has(mention.name) && !isKeptApart(p, mention, curated),
		);
		const inArticle = candidates.filter((p) => articlesOf.get(p)!.has(mention.sentence.article));
		// When the full names it could stand for are several, it joins the person made of that lone
		// word before, if any: "Hongrui" said in two articles beside Xiao Hongrui and Xu Hongrui is one
		// record, not one per article with the same name and id.
		const person =
			inArticle.length === 1
				? inArticle[0]
				: inArticle.length === 0 && candidates.length === 1
					? candidates[0]
					: candidates.find((p) => p.name === mention.name && spellingWords(p).size === 1);
		if (person) {
			person.mentions.push(mention);
			articlesOf.get(person)!.add(mention.sentence.article);
		} else if (mention.evidence && mention.title !== null) {
			add(makePerson([mention], canonicalOf.get(key)), key);
		}
	}

	for (const person of people)
		person.mentions.sort(
			(a, b) =>
				a.sentence.article.localeCompare(b.sentence.article) ||
				a.sentence.index - b.sentence.index ||
				a.start - b.start,
		);
	uniqueIds(people);
	people.sort((a, b) => a.id.localeCompare(b.id));
	const personOf = new Map<PersonMention, string>();
	for (const person of people) for (const mention of person.mentions) personOf.set(mention, person.id);
	return { people, personOf };
}

/**
 * Give people who would share an id (two names that slug alike) ids of their own: the second and
 * later, in the order given, get "-2", "-3"…, so every record keeps its page and its links.
 */
function uniqueIds(people: ResolvedPerson[]): void {
	const taken = new Set(people.map((p) => p.id));
	const seen = new Set<string>();
	for (const person of people) {
		if (!seen.has(person.id)) {
			seen.add(person.id);
			continue;
		}
		let n = 2;
		while (taken.has(`${person.id}-${n}`)) n++;
		person.id = `${person.id}-${n}`;
		taken.add(person.id);
		seen.add(person.id);
	}
}

/** Every word of a person's spellings of their full name. */
function spellingWords(person: ResolvedPerson): Set<string> {
	return new Set(person.spellings.flatMap((spelling) => spelling.name.split(' ')));
}

function makePerson(group: PersonMention[], entry: CuratedOfficial | undefined): ResolvedPerson {
	const counts = new Map<string, Set<string>>();
	for (const m of group) counts.set(m.name, (counts.get(m.name) ?? new Set()).add(m.sentence.article));
	const uses = (name: string) => group.filter((m) => m.name === name).length;
	const spellings = [...counts.entries()]
		.map(([name, articles]) => ({ name, articles: [...articles].sort() }))
		.sort((a, b) => uses(b.name) - uses(a.name) || a.name.localeCompare(b.name));
	const name = entry?.name ?? spellings[0]!.name;
	const countries = group.flatMap((m) => (m.country ? [m.country] : []));
	const country = entry?.country ?? mostCommon(countries);
	return { id: slugify(name), name, spellings, country, mentions: [...group] };
}

function isKeptApart(
	person: ResolvedPerson,
	mention: PersonMention,
	curated: readonly CuratedOfficial[],
): boolean {
	return curated.some(
		(e) => e.name === person.name && e.notSameAs.some((n) => nameKey(n) === nameKey(mention.name)),
	);
}

function mostCommon(values: readonly string[]): string | null {
	const counts = new Map<string, number>();
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}
