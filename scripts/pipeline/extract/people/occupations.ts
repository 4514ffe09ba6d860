import { list } from '../toolkit/lists.ts';

// What a person is, from the noun their title or description is headed by: "Foreign Minister"
// is an official's, "a research fellow at …" an analyst's, "Associated Press writer" a
// journalist's. English puts the head of a title last ("top security official") or before its
// complement ("Minister of Public Security"), so it is the head, not any word of the title, that
// says what the title is: "official news agency" is an agency's.

/** What a named person is: an official, or one of the people news copy names who are not. */
export type PersonKind =
	'official' | 'journalist' | 'photographer' | 'editor' | 'analyst' | 'business' | 'other';

/** Nouns that head an official's title: "spy chief", "top security official", "counterpart". */
export const ROLE_NOUNS = new Set(
	list(`president premier minister secretary chief official officer counterpart envoy leader spokesman
	spokeswoman spokesperson diplomat ambassador director head chairman chairwoman chair commander general admiral
	governor mayor executive adviser advisor aide prosecutor judge senator lawmaker representative commissioner
	deputy ruler king queen emir sheikh monarch chancellor marshal colonel captain inspector superintendent consul
	attaché delegate negotiator coordinator tsar czar boss president-elect vice-president vice-premier
	secretary-general councilor councillor procurator speaker chairperson vice-chairman vice-chairwoman`),
);

/** Nouns that head the description of someone who holds no office, by what they are. */
const OCCUPATIONS: Record<Exclude<PersonKind, 'official'>, Set<string>> = {
	journalist: new Set(
		list(`journalist reporter correspondent writer columnist newsman newswoman anchor presenter blogger
		stringer`),
	),
	photographer: new Set(list('photographer photojournalist cameraman camerawoman videographer')),
	editor: new Set(list('editor sub-editor editor-in-chief')),
	analyst: new Set(
		list(`analyst expert professor scholar researcher fellow specialist academic lecturer economist historian
		sinologist scientist strategist commentator pundit`),
	),
	business: new Set(
		list(`investor businessman businesswoman entrepreneur tycoon billionaire banker magnate oligarch financier
		founder co-founder shareholder ceo industrialist`),
	),
	other: new Set(
		list(`singer actor actress wife husband son daughter mother father brother sister widow athlete player
		student lawyer activist dissident priest artist musician manager broker worker owner farmer driver resident
		trader vendor shopkeeper teacher engineer doctor nurse retiree pensioner fisherman merchant clerk mechanic
		tourist volunteer employee panda pandas`),
	),
};

/** Two-word heads whose kind is not their last word's: a company's "chief executive". */
const COMPOUNDS = new Map<string, PersonKind>([
	['chief executive', 'business'],
	['managing director', 'business'],
	['bureau chief', 'journalist'],
	['research fellow', 'analyst'],
	['senior fellow', 'analyst'],
]);

/** Heads that lead a body: what the body is says what they are ("head of Russian studies at …"). */
const LEADS = new Set(list('head chief director chairman chairwoman chair president executive dean rector'));
/** Words that make a body a place of study, and one a company. */
const ACADEMIC = new Set(
	list('university universities institute institutes academy studies college think-tank'),
);
const COMPANY = new Set(
	list('corporation company corp inc ltd plc holding holdings conglomerate firm giant'),
);

/**
 * Nouns that make what they head an organisation, a place or an event, never a person: "news
 * agency Xinhua", "the Interpol General Assembly".
 */
export const ORGANISATION_NOUNS = new Set(
	list(`council commission committee party ministry department agency bureau office organisation organization
	initiative meeting meetings forum summit conference dialogue group bloc union nations association alliance
	journal post times news press daily herald telegraph tribune review television radio university institute
	academy college school court army navy police force forces guard bank fund company corporation hall square
	street road avenue city province region district county state republic kingdom emirates islands sea ocean river
	mountain east west north south central eastern western northern southern mechanism treaty accord pact agreement
	plan programme program project strategy policy doctrine law act declaration charter belt war revolution day
	week month year communist assembly secretariat parliament duma congress senate cabinet government
	administration directorate service staff headquarters command embassy consulate mission delegation broadcaster
	newspaper channel network website portal outlet giant firm division structure unit cooperation partnership
	community federation coalition airport terminal station port harbour centre center stadium palace museum
	hotel`),
);

/** Words that link a title's head to its complement: "Minister of Public Security". */
const LINKS = new Set(list('of for at in to on with from under within'));

/**
 * What kind of person a title or description makes its holder, from its words (lower case, in
 * order): the kind of each conjunct's head ("State Councilor and Minister of Public Security"), an
 * official when any is; a leader of a place of study is an analyst, of a company a businessman.
 * Null when no head is a person's ("official news agency").
 */
export function kindOfPhrase(words: readonly string[]): PersonKind | null {
	const relative = words.findIndex((w) => w === 'who' || w === 'which' || w === 'that');
	const phrase = relative === -1 ? words : words.slice(0, relative);
	const kinds: PersonKind[] = [];
	let conjunct: string[] = [];
	for (const word of [...phrase, 'and']) {
		if (word !== 'and') {
			conjunct.push(word);
			continue;
		}
		const kind = conjunctKind(conjunct);
		if (kind) kinds.push(kind);
		conjunct = [];
	}
	return kinds.includes('official') ? 'official' : (kinds[0] ?? null);
}

/**
 * The head of a title or description: its last word when that is a person's noun ("Ministry of
 * Commerce spokesperson"), else its last word before a complement ("secretary of the Security
 * Council", "minister for foreign affairs").
 */
export function headOf(words: readonly string[]): { head: string; index: number } | null {
	if (words.length > 0 && kindOfNoun(words.at(-1)!) !== null)
		return { head: words.at(-1)!, index: words.length - 1 };
	const link = words.findIndex((w, i) => i > 0 && LINKS.has(w));
	const index = (link === -1 ? words.length : link) - 1;
	return index >= 0 ? { head: words[index]!, index } : null;
}

/** Whether the head of a title makes what it heads an organisation ("news agency"). */
export function headsOrganisation(words: readonly string[]): boolean {
	const head = headOf(words);
	return head !== null && ORGANISATION_NOUNS.has(head.head) && kindOfNoun(head.head) === null;
}

function conjunctKind(words: readonly string[]): PersonKind | null {
	const found = headOf(words);
	if (!found) return null;
	const compound = COMPOUNDS.get(`${words[found.index - 1]} ${found.head}`);
	// News gives the age of a private person, the office of an official: "a 43-year-old beekeeper".
	const aged = words.some((w) => /^\d+-year-old$/.test(w));
	const kind = compound ?? kindOfNoun(found.head) ?? (aged ? 'other' : null);
	if (kind === 'official' && LEADS.has(found.head)) {
		// A programme at an institution is a research programme: "director of the Eurasia programme at …".
		const programme = words.some((w, i) => /^programm?e?$/.test(w) && words[i + 1] === 'at');
		if (programme || words.some((w) => ACADEMIC.has(w))) return 'analyst';
		if (words.some((w) => COMPANY.has(w))) return 'business';
	}
	return kind;
}

/** The kind a noun makes the person it describes ("minister" an official's), or null. */
export function kindOfNoun(noun: string): PersonKind | null {
	const singular = noun.length > 4 && noun.endsWith('s') && !noun.endsWith('ss') ? noun.slice(0, -1) : noun;
	for (const word of new Set([noun, singular])) {
		if (ROLE_NOUNS.has(word) || word === 'member') return 'official';
		for (const [kind, nouns] of Object.entries(OCCUPATIONS)) if (nouns.has(word)) return kind as PersonKind;
	}
	return null;
}
