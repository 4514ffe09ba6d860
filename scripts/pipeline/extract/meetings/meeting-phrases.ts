import { ROLE_NOUNS } from '../people.ts';

/**
 * The words in which reports say people met, as patterns the participant finder
 * (participant-groups.ts) reads: a rule table, each with an example.
 */

/**
 * Verbs whose object is the person met: "A met B", "A received B", "A's meeting with B", "A will see
 * B again", "A called on B" (a courtesy call; not "called on B to stop", see `URGED`).
 */
export const MEET_VERB =
	/\b(?:met|meets|meet|(?:will|would) see|summoned|join|joins|joined|meeting with|talks with|talked with|spoke with|(?:consultations|negotiations|discussions)\s+with|video (?:call|link|conference|summit) with|host|hosts|hosted|receive|receives|received|welcome|welcomes|welcomed|greet|greets|greeted|shook hands with|(?:sat|sit|sits|sitting) down with|(?:called|call|calls|calling) on)\b/g;
/** After "called on B": "to" and a verb, so B was urged, not visited. */
export const URGED = /^[^.;:]{0,80}?\bto\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)\p{Ll}/u;
/**
 * Talks held with someone, the counterpart after "with" further on: "A held talks in Beijing on
 * Tuesday with B", "A held the 13th round of strategic security consultations with B", "A
 * co-chaired the fourth meeting of the mechanism with B", "A opened with a meeting of about 90
 * minutes with B", "A had separate meetings with B, C and D" (a meeting with each), "A had a tense
 * encounter on the sidelines with B", "he held an informal summit with B", "A held a phone call with B".
 */
export const TALKS_WITH =
	/\b(?:(?:held|holds|hold|holding|had|has|have|conducted|conducts)\s+(?:[\w’'-]+\s+){0,8}?(?:talks|consultations?|meetings?|discussions|negotiations|dialogue|round|encounter|summit|(?:phone\s+|video\s+)?call)|co-chair(?:ed|s|ing)?|sat down for talks|(?:a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:meeting|conversation|phone\s+call)\b[^.;:,]{0,40}?)\b[^.;:]{0,140}?\bwith\b/g;
/** "A meeting between A and B", "talks between A and B", "a telephone call between A and B": both named after the noun. */
export const BETWEEN =
	/\b(?:[Mm]eeting|[Tt]alks|[Cc]onsultations?|[Ss]ummit|[Dd]ialogue|(?:[Tt]ele)?[Pp]hone\s+(?:call|conversation)|[Vv]ideo\s+(?:call|conference))\s+between\b/g;
/** Passive reports: "the consultation was co-chaired by A and B", "A was received by B". */
export const BY_BOTH = /\b(?:was|were)\s+(?:jointly\s+)?co-chaired\s+by\b/g;
/**
 * "A was received by B", "A is expected to be received by B", "A was received in Beijing on
 * Tuesday by B", "A was then received by B"; "A was in Moscow for a summit hosted by B", "A
 * travels on for a state visit hosted by B".
 */
export const BY_HOST =
	/\b(?:(?:was|were|be|been|being)\s+(?:(?:\w+ly|then|later|also|first|again)\s+)?(?:received|hosted|welcomed|greeted|met)\b[^,.;:]{0,40}?|(?:visit|summit|talks|meeting|dinner|banquet|reception|gathering|forum|session|conference)(?:\s+of\s+[^,.;:]{1,60}?)?\s+(?:hosted|chaired)\s+)by\b/g;
export const MEETING_NOUN =
	/\b(?:[Dd]uring|[Ii]n|[Aa]t|[Aa]fter)\s+(?:a|the|their|his|her)?\s*(?:meeting|talks)\b/;
/**
 * What people do together when they meet, as their verb says it, "will" or "are scheduled to"
 * and all: "met", "will meet", "are due to hold talks", "co-chaired", "shook hands", "are
 * scheduled to speak together", "(with A and B) looking on".
 */
const MODAL = String.raw`(?:(?:are|were|will be|would be|is|was)\s+(?:scheduled|expected|due|set|slated|going)\s+to\s+|(?:are|were)\s+to\s+|(?:plan|plans|planned|hope|hopes|want|wants)\s+to\s+|(?:will|would|could|may|might|should)\s+(?:\w+ly\s+)?|to\s+)?`;
/** Verbs of meeting itself: "met", "held talks", "co-chaired", "shook hands", "spoke together". */
const MEET_TOGETHER = String.raw`(?:(?:also\s+)?(?:held|hold|had)\s+(?!(?:not|never)\b)(?:[\w’'-]+\s+){0,5}?(?:talks|consultations?|meeting|discussions)|meet|met|co-chair(?:ed)?|sat down|sit down|shook hands|shake hands|talked|(?:spoke|speak|appeared|appear)\s+together|(?:see|saw|seen|meet|met)\s+each other|(?:spent|spend|spending)\s+(?:[\w-]+\s+){0,6}?together|(?:spoke|speak|talked|talk|met|meet)\s+(?:by|via|over)\s+video|watched|witnessed)\b`;
/** What people named together do when they meet: the verbs of meeting, and agreeing, signing, looking on. */
const TOGETHER = String.raw`${MODAL}(?:pledged|agreed|discussed|signed|sign|exchanged|chatted|dined|strolled|walked|posed|toured|watched|watch|watching|looking on|looked on|witnessed|witness|announced|opened|inaugurated|launched|unveiled|${MEET_TOGETHER})`;
/** After people named as one subject: "A and B pledged …", "A and B are due to meet". */
export const JOINT_VERB = new RegExp(
	String.raw`^\s+(?:both\s+)?(?:(?:had|have|has)\s+)?(?:(?:last|also|first|previously|recently|later|again|then|jointly)\s+)?${TOGETHER}`,
);
/**
 * What may come between a meeting's words and a person met, or between two people met: "and",
 * "with", commas, "his", and capitalised words of a description or title the people finder did
 * not take as the name's ("his Chinese counterpart", "Chinese State Councilor", "Col. Gen.").
 */
export const GAP =
	/^(?:\s|,|\band\b|\bwith\b|\bhis\b|\bher\b|\btheir\b|\bthe\b|\bits\b|\bcounterparts?\b|\bhosts?\b|\bas well as\b|\b(?:senior|former|top|acting|deputy|visiting|outgoing|incoming|new)\b|\b\p{Lu}[\p{L}’'-]*\b\.?)*$/u;
/**
 * Two people spoken of together, as they meet: "the two met", "the two leaders held talks", "they
 * are to meet"; two leaders or ministers also as they sign, agree or open something together ("the
 * two leaders opened the gas field").
 */
export const THE_TWO = new RegExp(
	String.raw`\b(?:(?:[Tt]he two\s+(?:leaders|presidents|ministers|heads of state|defen[cs]e ministers|foreign ministers)|[Bb]oth (?:leaders|presidents|ministers))\s+(?:had\s+|have\s+)?(?:also\s+)?(?:last\s+)?${TOGETHER}|(?:[Tt]he two(?:\s+(?:men|women|officials|counterparts))?|[Bb]oth (?:men|women)|[Tt]he pair|[Tt]hey)\s+(?:had\s+|have\s+)?(?:also\s+)?(?:last\s+)?${MODAL}${MEET_TOGETHER})`,
);
/**
 * Between people named as one subject: "A and B", "A, B and C", and the capitalised words of a
 * title the people finder did not take as the name's ("he, U.S. Secretary of State B and C").
 */
export const SUBJECT_LIST =
	/^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:his|her|their|its)\s+)?(?:(?:\p{Lu}[\p{L}.’'-]*|of|counterpart,?)\s+)*$/u;
/**
 * A description between a subject and its verb, set off by commas: "B, a member of the Political
 * Bureau, co-chaired …".
 */
export const APPOSITION = /^,\s+(?:a|an|the|who|whose)\s[^,;.]{1,200},(?=\s)/;
/**
 * Someone joining a meeting the sentences before report: "Guo Shengkun also took part in the
 * talks", "the interior minister attended the meeting as well".
 */
export const ALSO_JOINED =
	/\b(?:also\s+)?(?:took part|takes part|participated|attended|attends|joined|joins|sat in|was present|were present)\s+(?:in\s+|at\s+|on\s+)?(?:the|these|those)\s+(?:talks|meeting|consultations?|session|discussions|negotiations|summit|conference|gathering|forum)\b/;
/**
 * A counterpart described before the name: "the city's mayor, Ying Yong", "his Chinese host, B",
 * "senior Chinese official B", "Li's predecessor, B".
 */
export const COUNTERPART = new RegExp(
	`^\\s*(?:and\\s+)?(?:with\\s+)?(?:(?:the|his|her|its|their)\\s+)?(?:[\\p{L}’'-]+\\s+){0,3}?(?:${[...ROLE_NOUNS, 'counterpart', 'host', 'mayor', 'governor', 'leader', 'predecessor', 'successor'].join('|')})s?,?\\s*$`,
	'u',
);
/**
 * One person's part in a meeting of several, which others may be said to join: "A chaired the
 * third meeting of foreign ministers", "A represented Kazakhstan at the 14th meeting of …", "A
 * is to take part in the seventh meeting of …", "A will host the summit".
 */
export const GATHERING =
	/\b(?:(?:co-)?chair(?:ed|s|ing)?|host(?:ed|s|ing)?|attend(?:ed|s|ing)?|addressed|(?:took|takes|taking|take) part in|participated in|represented (?:\p{Lu}[\p{L}’'-]*\s+){1,3}at)\s+(?:the|a|this|this year's|next week's)\s+(?:[\p{L}\d’'-]+\s+){0,6}?(?:meeting|session|summit|conference|forum|gathering|consultations?)\b/u;
/** Others at that meeting, named after it: "…, attended by B and C", "…, chaired by B". */
export const ATTENDED_BY = /\b(?:attended|joined|(?:co-)?chaired|hosted)\s+by\b/g;
/**
 * Those at an occasion together: "A watched the parade alongside B, C and D", "A addressed the
 * forum alongside B"; "…, which B, C and D also attended"; "it was attended by B, C and D".
 */
export const ALONGSIDE = /\balongside\s+/g;
export const WHICH_ATTENDED = /\b(?:which|that)\s+/g;
export const ATTENDED_AFTER = /^\s*,?\s+(?:also\s+)?(?:attended|joined)\b/;
export const WAS_ATTENDED_BY = /\b(?:was|were)\s+(?:also\s+)?attended\s+by\s+/g;
/**
 * What may come between a meeting's verb and the person met, besides the words of `GAP`: "met
 * separately with B", "met on Tuesday with B", "hosted a banquet for B", "received three other
 * guests: B, C and D".
 */
export const OBJECT_LEAD =
	/^(?:[^.;:,]{0,60}?\bwith\b|\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:banquet|dinner|lunch|luncheon|reception|breakfast)\s+(?:for|in honou?r of)\b|\s+(?:[\w-]+\s+){0,3}?(?:guests|visitors|leaders|counterparts|delegations)\s*:)/;
