import type { Role } from '../../../src/schemas/official.ts';
import type { Source } from '../../../src/schemas/source.ts';
import { countryOf } from './countries.ts';
import { describedRole, descriptionsAfter } from './people/describers.ts';
import { kindOfNoun } from './people/occupations.ts';
import { ROLE_NOUNS } from './people.ts';
import type { SentenceFacts } from './sentence-facts.ts';
import { compoundTokens } from './tokens.ts';

/** One statement of a role a person holds or held. */
export interface RoleMention {
	person: string;
	/** The role in words, country left out: "secretary of the Central Political and Legal Affairs Commission". */
	title: string;
	/** "YYYY-MM" or as precise as the text says, when the text says when the role began. */
	from?: string;
	/** When the role ended, when the text says. */
	to?: string;
	/** True for a role the text says the person held before ("previously served as"). */
	former: boolean;
	/** How the person came to it, when the text says: "promoted to", "appointed", "elected". */
	appointment?: string;
	source: Source;
}

// Relations, not roles: "his counterpart Sergei Shoigu".
const RELATIONAL = new Set(['counterpart', 'colleague', 'host', 'guest', 'ally', 'friend', 'rival']);
/** The start of a predicate that may state a role: "He is the …", "She previously served as …". */
const PREDICATE =
	/^\s+(?:(?:also|previously|formerly|once|now|currently|still)\s+)*(?:is|was|has been|had been|became|remains|served|worked)\b/;
const BEING = /\b[Aa]s well as being\s+([^,;.]+?),\s*$/;
const CAPACITY = /\b(?:his|her)\s+(?:[\p{Ll}-]+\s+){0,3}?as\s+(?:the\s+|a\s+|an\s+)?([^,;.]+?)(?=,|\.|;|$)/gu;

/**
 * Finds the roles each person holds or held, from the words around their name: a title before
 * it ("Russian Security Council Secretary Nikolai Patrushev"), an appositive after it ("Nikolai
 * Patrushev, the secretary of Russia’s Security Council", "…, secretary of the Security Council of
 * the Russian Federation"), a relative clause ("Chen Wenqing, who heads …", "who also serves as
 * …"; see `describersAfter`), a copula ("He is the secretary of …", "He was previously the state
 * security minister", "He previously served as …"), and an appointment with its date ("Chen was
 * promoted to China’s top security post … in October 2022").
 */
export function findRoles(lines: readonly SentenceFacts[]): RoleMention[] {
	const roles: RoleMention[] = [];
	for (const line of lines) {
		const { sentence, pronoun } = line;
		// A described person ("the Chinese leader") has no title of their own to read a role from.
		const people = line.people.filter((p) => !p.described);
		const text = sentence.text;
		const source = (start: number, end: number): Source => ({
			article: sentence.article,
			paragraph: sentence.paragraph,
			quote: text.slice(start, end).trim(),
		});
		const add = (person: string, title: string, quote: Source, extra: Partial<RoleMention> = {}) => {
			for (const part of splitRoles(title)) {
				const clean = cleanTitle(part);
				// "former presidents Ali Hassan Mwinyi and Benjamin Mkapa" held the role before.
				const former = clean !== null && /^former\s/i.test(clean);
				if (clean) roles.push({ person, title: clean, former, source: quote, ...extra });
			}
		};

		const subjects = [
			...people.map((p) => ({ person: p.person, start: p.mention.start, end: p.mention.end })),
		];
		const lead = /^(He|She)\b/.exec(text);
		if (lead && pronoun) subjects.push({ person: pronoun, start: 0, end: lead[0].length });

		// The last title before, for "his counterpart" after it: "Russian Foreign Minister Sergei
		// Lavrov met his Chinese counterpart Wang Yi" makes Wang Yi a foreign minister too.
		let earlier: { title: string; start: number } | null = null;
		for (const { person, start, end } of subjects) {
			const mention = people.find((p) => p.mention.start === start)?.mention;
			if (mention?.title && mention.titleText) {
				const titleStart = text.lastIndexOf(mention.titleText, start);
				if (!/\bcounterparts?$/i.test(mention.title)) {
					add(person, mention.title, source(titleStart, end));
					earlier = { title: mention.title, start: titleStart };
				} else if (earlier) add(person, earlier.title, source(earlier.start, end));
			}
			// What follows a name was read with it; what follows "He" is read here, when it may say a role.
			const descriptions =
				mention?.descriptions ??
				(PREDICATE.test(text.slice(end)) ? descriptionsAfter(compoundTokens(text), 0, text) : []);
			for (const describer of descriptions) {
				const { relation, phrase } = describer;
				let quoteEnd = describer.end;
				if (relation !== 'appointed') {
					const title = describedRole(relation, phrase);
					if (hasRoleNoun(title))
						add(person, title, source(start, quoteEnd), relation === 'was' ? { former: true } : {});
					continue;
				}
				// An appointment, with when it was made: "was promoted to … in October 2022" (a relative
				// clause's date may be the sentence's: "Xi, who was elected …, landed on Friday").
				const how = describer.appointment!;
				const title = how === 'elevated' && !hasRoleNoun(phrase) ? `member of ${phrase}` : phrase;
				const clauseEnd = text.indexOf('.', quoteEnd);
				const date = describer.relative
					? undefined
					: line.dates.find((d) => d.start >= quoteEnd && (clauseEnd === -1 || d.start < clauseEnd));
				if (date) quoteEnd = date.end;
				add(person, title, source(start, quoteEnd), {
					appointment: /^(?:promoted|elevated)$/.test(how) ? `${how} to` : how,
					...(date ? { from: date.date } : {}),
				});
			}
			const being = BEING.exec(text.slice(0, start));
			if (being) add(person, being[1]!, source(being.index, end));
		}
		// "Xi Jinping flew into Moscow on his first journey abroad as China’s president": the
		// capacity "his" names is that of the person named before it.
		for (const match of text.matchAll(CAPACITY)) {
			const owner = subjects.filter((s) => s.end <= match.index).at(-1);
			if (owner && hasRoleNoun(match[1]!))
				add(owner.person, match[1]!, source(owner.start, match.index + match[0].length));
		}
	}
	return roles;
}

/**
 * "a member of the Politburo and secretary of the Commission" → its two roles. A title with no
 * complement of its own joined to another is one title as written: "State Councilor and Foreign
 * Minister", "Presidential Aide and Security Council Secretary".
 */
function splitRoles(phrase: string): string[] {
	const parts = phrase.split(
		/\s+and\s+(?=(?:the |a |an )?(?:\S+\s+){0,2}?(?:member|secretary|head|chief|director|chairman|minister|president)\b)/,
	);
	const titles: string[] = [];
	for (const part of parts) {
		const previous = titles.at(-1);
		if (previous !== undefined && !/\s(?:of|for|to|at|in|on)\s/.test(previous))
			titles[titles.length - 1] = `${previous} and ${part}`;
		else titles.push(part);
	}
	return titles;
}

/** Whether a phrase has an official's noun, in the singular or plural ("former presidents"), not a relation's. */
function hasRoleNoun(phrase: string): boolean {
	return phrase
		.toLowerCase()
		.split(/[\s-]+/)
		.some((word) => kindOfNoun(word) === 'official' && !RELATIONAL.has(word));
}

/** Drops articles and a leading country ("Russia’s", "Chinese") and relations; null when nothing is left. */
function cleanTitle(title: string): string | null {
	let words = title
		.trim()
		.replace(/^(?:the|a|an)\s+/i, '')
		.split(/\s+/);
	while (words.length > 0 && countryOf(words[0]!) !== null) words = words.slice(1);
	const clean = words.join(' ').replace(/^(?:the|a|an)\s+/i, '');
	if (!clean || clean.split(/\s+/).every((w) => RELATIONAL.has(w.toLowerCase()))) return null;
	return hasRoleNoun(clean) || /\b(?:post|job|seat)\b/.test(clean) ? clean : null;
}

const LEAD = new Set([
	'head',
	'secretary',
	'chief',
	'chairman',
	'chairwoman',
	'chair',
	'director',
	'leader',
	'boss',
]);
const POST = new Set(['post', 'job', 'official', 'position', 'role', 'seat']);
const FILLER = new Set(['the', 'a', 'an', 'of', 'on', 'for', 'and', 'to', 'in', 'ruling', 'top-level']);

/**
 * What a role is, whatever the wording: its kind (leading, member, a post…) and the body it is
 * in or the words that qualify it. "Security Council Secretary" and "secretary of Russia’s
 * Security Council" meet; so do "Minister of State Security" and "state security minister", and
 * "head of the Communist Party’s Central Political and Legal Affairs Commission" and "secretary of
 * the Central Political and Legal Affairs Commission".
 */
export function roleKey(title: string): string {
	// A possessor ("the Communist Party’s", "Russia’s") names whose body it is, not which.
	const bare = title
		.replace(/(?:\b(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*[’']s\s+)/gu, '')
		.replace(/\b\d+-member\s+/g, '');
	const words = bare
		.toLowerCase()
		.split(/[^\p{L}\d-]+/u)
		.filter((w) => w && !FILLER.has(w));
	const nouns = words.filter((w) => ROLE_NOUNS.has(w) || w === 'member' || POST.has(w));
	const kind = nouns.some((w) => w === 'member')
		? 'member'
		: nouns.some((w) => LEAD.has(w))
			? 'lead'
			: nouns.some((w) => POST.has(w))
				? 'post'
				: (nouns[0] ?? 'role');
	const rest = words
		.filter((w) => !nouns.includes(w))
		.map((w) => (w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w));
	return `${kind}:${[...new Set(rest)].sort().join(' ')}`;
}

/** One person's role statements merged into roles, each with its sources and dates. */
export function mergeRoles(mentions: readonly RoleMention[]): Role[] {
	const groups = new Map<string, RoleMention[]>();
	// Titles repeat (one person's, across every article that names them): each is keyed once.
	const keys = new Map<string, string>();
	for (const mention of mentions) {
		let key = keys.get(mention.title);
		if (key === undefined) keys.set(mention.title, (key = roleKey(mention.title)));
		const group = groups.get(key);
		if (group) group.push(mention);
		else groups.set(key, [mention]);
	}
	const roles = [...groups.values()].map((group) => {
		const counts = new Map<string, number>();
		for (const m of group) counts.set(m.title, (counts.get(m.title) ?? 0) + 1);
		const title = [...counts].sort(
			(a, b) =>
				b[1] - a[1] || Number(hasRoleNoun(b[0])) - Number(hasRoleNoun(a[0])) || b[0].length - a[0].length,
		)[0]![0];
		const from = group
			.map((m) => m.from)
			.filter((f): f is string => f !== undefined)
			.sort()[0];
		const former = group.every((m) => m.former);
		const seen = new Set<string>();
		const sources = group
			.map((m) => m.source)
			.filter((s) => {
				const text = JSON.stringify(s);
				return !seen.has(text) && seen.add(text);
			});
		return {
			title,
			...(from ? { from } : {}),
			former,
			sources,
			articles: new Set(group.map((m) => m.source.article)),
		};
	});
	// A former role ended when the article says the person moved to a new one ("was promoted …
	// in October 2022. He previously served as Minister of State Security").
	for (const role of roles) {
		if (!role.former) continue;
		const next = roles
			.filter((r) => !r.former && r.from && [...r.articles].some((a) => role.articles.has(a)))
			.map((r) => r.from!)
			.sort()
			.at(-1);
		if (next) Object.assign(role, { to: next });
	}
	return roles
		.map(({ articles: _, ...role }) => role)
		.sort(
			(a, b) =>
				Number(a.former) - Number(b.former) ||
				(a.from ?? '9999').localeCompare(b.from ?? '9999') ||
				a.title.localeCompare(b.title),
		);
}
