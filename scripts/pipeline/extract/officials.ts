import { spellingKey, type CuratedOfficial } from '../../../src/schemas/curated.ts';
import { slugify } from '../ids.ts';
import type { PersonKind, PersonMention } from './people.ts';
import { FAMILY_NAMES_WRITTEN_FIRST } from './people/lone-surnames.ts';

/** One person, resolved from every mention of them across the corpus. */
export interface ResolvedPerson {
	id: string;
	/** The canonical spelling: the curated file's, else the spelling used most. */
	name: string;
	/** The spellings merged into this person, each with the articles that use it. */
	spellings: { name: string; articles: string[] }[];
	/** The country, from the curated file or the titles the articles give. */
	country: string | null;
	/**
	 * What the person is: an official when any mention says so or none says otherwise, else what
	 * the mentions say most (a journalist, an analyst…), who is no official.
	 */
	kind: PersonKind;
	mentions: PersonMention[];
}

// East Asian family names come first ("Chen Wenqing" is Mr Chen). Used only when the text never
// shows the name's family part on its own.
// Kept as name keys, the form names are compared in ("Yang" is "iang").
const FAMILY_NAME_FIRST = new Set([...FAMILY_NAMES_WRITTEN_FIRST].map(transliterationKey));

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
 * may fix a spelling, give a country, merge spellings (`aliases`) or keep a person apart from
 * one it names (`notSameAs`, see `curatedLookup` and `keptApart`).
 */
export function resolvePeople(
	mentions: readonly PersonMention[],
	curated: readonly CuratedOfficial[] = [],
): { people: ResolvedPerson[]; personOf: Map<PersonMention, string> } {
	const curatedFor = curatedLookup(curated);
	const loneWords = new Set(mentions.filter((m) => m.parts.length === 1).map((m) => nameKey(m.name)));
	const familyIndex = (m: PersonMention) => {
		const first = nameKey(m.parts[0]!);
		const last = nameKey(m.parts.at(-1)!);
		if (loneWords.has(last)) return m.parts.length - 1;
		if (loneWords.has(first) || (m.parts.length === 2 && FAMILY_NAME_FIRST.has(first))) return 0;
		return m.parts.length - 1;
	};

	// Group full names: a curated entry, else family name plus given name(s), transliterated. A
	// spelling kept apart from the entry it transliterates needs evidence of its own: that entry's
	// spellings show only that someone else is a person.
	const evidenceKey = (m: PersonMention) => `${nameKey(m.name)}${curatedFor(m.name).apart ? '|apart' : ''}`;
	const groups = new Map<string, { entry: CuratedOfficial | undefined; mentions: PersonMention[] }>();
	const withEvidence = new Set(mentions.filter((m) => m.parts.length > 1 && m.evidence).map(evidenceKey));
	for (const mention of mentions) {
		if (mention.parts.length < 2) continue;
		const { entry } = curatedFor(mention.name);
		if (!entry && !withEvidence.has(evidenceKey(mention))) continue;
		const family = familyIndex(mention);
		const given = mention.parts.filter((_, i) => i !== family).join(' ');
		const key = entry
			? `curated:${curated.indexOf(entry)}`
			: `${nameKey(mention.parts[family]!)}|${nameKey(given)}`;
		const group = groups.get(key);
		if (group) group.mentions.push(mention);
		else groups.set(key, { entry, mentions: [mention] });
	}

	// People by family name, each with the articles that name them, so a lone family name finds
	// its candidates without reading every person.
	const people: ResolvedPerson[] = [];
	const byFamily = new Map<string, ResolvedPerson[]>();
	const articlesOf = new Map<ResolvedPerson, Set<string>>();
	const entryOf = new Map<ResolvedPerson, CuratedOfficial>();
	const add = (person: ResolvedPerson, family: string, entry: CuratedOfficial | undefined) => {
		people.push(person);
		const namesakes = byFamily.get(family);
		if (namesakes) namesakes.push(person);
		else byFamily.set(family, [person]);
		articlesOf.set(person, new Set(person.mentions.map((m) => m.sentence.article)));
		if (entry) entryOf.set(person, entry);
	};
	for (const { entry, mentions: group } of groups.values())
		add(makePerson(group, entry), nameKey(group[0]!.parts[familyIndex(group[0]!)]!), entry);

	// A family name alone joins the person of that name in the same article, else in the corpus.
	const apart = keptApart(mentions, curated);
	for (const mention of mentions) {
		if (mention.parts.length !== 1) continue;
		const key = nameKey(mention.name);
		// Only a person whose own spellings use that very word: the key merges transliterations of full
		// names, but a lone word spelt otherwise ("Jingang" beside "Tian Jinggang") is another name or a place.
		const candidates = (byFamily.get(key) ?? []).filter((p) => {
			const entry = entryOf.get(p);
			const here = articlesOf.get(p)!.has(mention.sentence.article);
			return spellingWords(p).has(mention.name) && !(entry && apart(entry, mention, here));
		});
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
			const { entry } = curatedFor(mention.name);
			add(makePerson([mention], entry), key, entry);
		}
	}

	for (const person of people)
		person.mentions.sort(
			(a, b) =>
				a.sentence.article.localeCompare(b.sentence.article) ||
				a.sentence.index - b.sentence.index ||
				a.start - b.start,
		);
	const ids = uniqueIds(people.map((p) => p.id));
	// A family name alone may say what the person is or whose they are ("Kasymov previously served
	// as Kazakhstan’s interior minister"): kind and country are read from every mention.
	const resolved = people.map((person, i) => ({
		...person,
		id: ids[i]!,
		kind: kindOf(person.mentions),
		country:
			entryOf.get(person)?.country ??
			mostCommon(person.mentions.flatMap((m) => (m.country ? [m.country] : []))),
	}));
	resolved.sort((a, b) => a.id.localeCompare(b.id));
	const personOf = new Map<PersonMention, string>();
	for (const person of resolved) for (const mention of person.mentions) personOf.set(mention, person.id);
	return { people: resolved, personOf };
}

/**
 * The curated entry a spelling names: the one whose `name` or `aliases` are written so, else the
 * first (in file order) whose name or aliases it transliterates and that does not keep it apart.
 * `apart` is true when `notSameAs` alone stopped it meeting an entry.
 */
function curatedLookup(
	curated: readonly CuratedOfficial[],
): (spelling: string) => { entry: CuratedOfficial | undefined; apart: boolean } {
	const none = { entry: undefined, apart: false };
	if (curated.length === 0) return () => none;
	const written = new Map<string, CuratedOfficial>();
	const transliterated = new Map<string, CuratedOfficial[]>();
	for (const entry of curated) {
		for (const spelling of [entry.name, ...entry.aliases]) {
			if (!written.has(spellingKey(spelling))) written.set(spellingKey(spelling), entry);
			const near = transliterated.get(nameKey(spelling)) ?? [];
			if (!near.includes(entry)) transliterated.set(nameKey(spelling), [...near, entry]);
		}
	}
	const notSameAs = new Map(curated.map((e) => [e, new Set(e.notSameAs.map(spellingKey))]));
	// Asked once per mention, and a corpus says the same few thousand names over and over.
	const found = new Map<string, { entry: CuratedOfficial | undefined; apart: boolean }>();
	return (spelling) => {
		let result = found.get(spelling);
		if (result === undefined) {
			const key = spellingKey(spelling);
			const exact = written.get(key);
			const near = transliterated.get(nameKey(spelling)) ?? [];
			const entry = exact ?? near.find((e) => !notSameAs.get(e)!.has(key));
			result = entry ? { entry, apart: false } : { entry: undefined, apart: near.length > 0 };
			found.set(spelling, result);
		}
		return result;
	};
}

/**
 * Whether a lone word must not join a curated entry's person: the entry's `notSameAs` lists it
 * (a surname alone), or it is a word of a name the entry keeps apart and the article names that
 * other person but not the entry's (`entryHere`), so the word can only stand for the other,
 * whichever way it is spelt.
 */
function keptApart(
	mentions: readonly PersonMention[],
	curated: readonly CuratedOfficial[],
): (entry: CuratedOfficial, lone: PersonMention, entryHere: boolean) => boolean {
	const owners = new Map<string, CuratedOfficial[]>();
	for (const entry of curated)
		for (const spelling of new Set(entry.notSameAs.map(spellingKey)))
			owners.set(spelling, [...(owners.get(spelling) ?? []), entry]);
	if (owners.size === 0) return () => false;
	// Per entry, "article|word" for each word of each name it keeps apart, where the name is.
	const namedApart = new Map<CuratedOfficial, Set<string>>();
	for (const mention of mentions) {
		if (mention.parts.length < 2) continue;
		for (const entry of owners.get(spellingKey(mention.name)) ?? []) {
			const words = namedApart.get(entry) ?? namedApart.set(entry, new Set()).get(entry)!;
			for (const part of mention.parts) words.add(`${mention.sentence.article}|${nameKey(part)}`);
		}
	}
	return (entry, lone, entryHere) =>
		entry.notSameAs.some((n) => spellingKey(n) === spellingKey(lone.name)) ||
		(!entryHere && (namedApart.get(entry)?.has(`${lone.sentence.article}|${nameKey(lone.name)}`) ?? false));
}

/**
 * Ids for people who would share one (two names that slug alike): the second and later, in the
 * order given, get "-2", "-3"…, so every record keeps its page and its links.
 */
function uniqueIds(ids: readonly string[]): string[] {
	const taken = new Set(ids);
	const seen = new Set<string>();
	return ids.map((id) => {
		if (!seen.has(id)) {
			seen.add(id);
			return id;
		}
		let n = 2;
		while (taken.has(`${id}-${n}`)) n++;
		const unique = `${id}-${n}`;
		taken.add(unique);
		seen.add(unique);
		return unique;
	});
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
	return { id: slugify(name), name, spellings, country, kind: kindOf(group), mentions: [...group] };
}

/** What the mentions say a person is: an official when any says so or none says otherwise. */
function kindOf(mentions: readonly PersonMention[]): PersonKind {
	const kinds = mentions.flatMap((m) => (m.kind ? [m.kind] : []));
	return kinds.includes('official') ? 'official' : ((mostCommon(kinds) as PersonKind | null) ?? 'official');
}

function mostCommon(values: readonly string[]): string | null {
	const counts = new Map<string, number>();
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}
