import type { Role } from '../../../src/schemas/official.ts';
import type { Source } from '../../../src/schemas/source.ts';
import { countryOf } from './countries.ts';
import { ROLE_NOUNS } from './people.ts';
import type { SentenceFacts } from './sentence-facts.ts';

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
const ROLE_PHRASE = String.raw`(?:the |a |an )(?!who\b|which\b|that\b)[^,;.–—]+?`;
const APPOSITIVE = new RegExp(String.raw`^,\s+(${ROLE_PHRASE})(?=,|\.|;|\s+[–—]|$)`);
const RELATIVE =
	/^,\s+who\s+(?:also\s+|previously\s+|now\s+)?(heads|leads|chairs|runs|holds a seat on|sits on|is|was|serves as|served as|has been)\s+([^,;.]+?)(?=,|\.|;|$)/;
const COPULA =
	/^\s+(?:is|was|has been|had been|became|remains)\s+(?:also\s+)?(previously\s+)?((?:the |a |an )[^,;.–—]+?)(?=,|\.|;|\s+[–—]|$)/;
const SERVED = /^\s+(?:previously|formerly|once|had)\s+(?:served|worked)\s+as\s+([^,;.]+?)(?=,|\.|;|$)/;
const APPOINTED =
	/^\s+(?:was|has been|had been)\s+(?:also\s+)?(promoted|appointed|named|elevated|elected|made|installed)\s+(?:to\s+|as\s+)?([^,;–—]+?)(?=,|\.|;|\s+[–—]|\s+\w+ing\s|\s+in\s+(?:a|the)\s|\s+(?:in|during|on|last|this)\s|$)/;
const BEING = /\b[Aa]s well as being\s+([^,;.]+?),\s*$/;

/**
 * Finds the roles each person holds or held, from the words around their name: a title before
 * it ("Russian Security Council Secretary Nikolai Patrushev"), an appositive after it ("Nikolai
 * Patrushev, the secretary of Russia’s Security Council"), a relative clause ("Chen Wenqing, who
 * heads …"), a copula ("He is the secretary of …", "He was previously the state security
 * minister", "He previously served as …"), and an appointment with its date ("Chen was promoted
 * to China’s top security post … in October 2022").
 */
export function findRoles(lines: readonly SentenceFacts[]): RoleMention[] {
	const roles: RoleMention[] = [];
	for (const line of lines) {
		const { sentence, people, pronoun } = line;
		const text = sentence.text;
		const source = (start: number, end: number): Source => ({
			article: sentence.article,
			paragraph: sentence.paragraph,
			quote: text.slice(start, end).trim(),
		});
		const add = (person: string, title: string, quote: Source, extra: Partial<RoleMention> = {}) => {
			for (const part of splitRoles(title)) {
				const clean = cleanTitle(part);
				if (clean) roles.push({ person, title: clean, former: false, source: quote, ...extra });
			}
		};

		const subjects = [
			...people.map((p) => ({ person: p.person, start: p.mention.start, end: p.mention.end })),
		];
		const lead = /^(He|She)\b/.exec(text);
		if (lead && pronoun) subjects.push({ person: pronoun, start: 0, end: lead[0].length });

		for (const { person, start, end } of subjects) {
			const mention = people.find((p) => p.mention.start === start)?.mention;
			if (mention?.title && mention.titleText) {
				const titleStart = text.lastIndexOf(mention.titleText, start);
				add(person, mention.title, source(titleStart, end));
			}
			const after = text.slice(end);
			const appositive = APPOSITIVE.exec(after);
			if (appositive && hasRoleNoun(appositive[1]!))
				add(person, appositive[1]!, source(start, end + appositive[0].length));
			const relative = RELATIVE.exec(after);
			if (relative) {
				const [, verb, object] = relative as unknown as [string, string, string];
				const title = /^(?:holds a seat on|sits on)$/.test(verb)
					? `member of ${object}`
					: /^(?:heads|leads|chairs|runs)$/.test(verb)
						? `head of ${object}`
						: object;
				if (hasRoleNoun(title))
					add(
						person,
						title,
						source(start, end + relative[0].length),
						verb === 'was' || verb === 'served as' ? { former: true } : {},
					);
			}
			const copula = COPULA.exec(after);
			if (copula && hasRoleNoun(copula[2]!)) {
				add(person, copula[2]!, source(start, end + copula[0].length), copula[1] ? { former: true } : {});
			}
			const served = SERVED.exec(after);
			if (served) add(person, served[1]!, source(start, end + served[0].length), { former: true });
			const appointed = APPOINTED.exec(after);
			if (appointed) {
				const [, verb, post] = appointed as unknown as [string, string, string];
				const title = verb === 'elevated' && !hasRoleNoun(post) ? `member of ${post}` : post;
				const clauseEnd = text.indexOf('.', end + appointed[0].length);
				const dates = line.dates.filter(
					(d) => d.start >= end + appointed[0].length && (clauseEnd === -1 || d.start < clauseEnd),
				);
				const from = dates[0]?.date;
				const how = /^(?:promoted|elevated)$/.test(verb) ? `${verb} to` : verb;
				add(person, title, source(start, dates[0] ? dates[0].end : end + appointed[0].length), {
					appointment: how,
					...(from ? { from } : {}),
				});
			}
			const being = BEING.exec(text.slice(0, start));
			if (being) add(person, being[1]!, source(being.index, end));
		}
	}
	return roles;
}

/** "a member of the Politburo and secretary of the Commission" → its two roles. */
function splitRoles(phrase: string): string[] {
	return phrase.split(
		/\s+and\s+(?=(?:the |a |an )?(?:\S+\s+){0,2}?(?:member|secretary|head|chief|director|chairman|minister|president)\b)/,
	);
}

function hasRoleNoun(phrase: string): boolean {
	return phrase
		.toLowerCase()
		.split(/[\s-]+/)
		.some((word) => (ROLE_NOUNS.has(word) || word === 'member') && !RELATIONAL.has(word));
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
