import { ROLE_NOUNS } from '../people.ts';

/**
 * The words in which reports say people met, as patterns the participant finder
 * (participant-groups.ts) reads: a rule table, each with an example.
 */

/** Verbs whose object is the person met: "A met B", "A received B", "A's meeting with B". */
export const MEET_VERB =
	/\b(?:met|meets|meet|join|joins|joined|meeting with|talks with|talked with|spoke with|hosted|received|welcomed|greeted|shook hands with|sat down with)\b/g;
/**
 * Talks held with someone, the counterpart after "with" further on: "A held talks in Beijing on
 * Tuesday with B", "A held the 13th round of strategic security consultations with B", "A
 * co-chaired the fourth meeting of the mechanism with B".
 */
export const TALKS_WITH =
	/\b(?:(?:held|holds|hold|holding|had|has|have|conducted|conducts)\s+(?:[\w’'-]+\s+){0,8}?(?:talks|consultations?|meeting|discussions|negotiations|dialogue|round)|co-chair(?:ed|s|ing)?|sat down for talks)\b[^.;:]{0,140}?\bwith\b/g;
/** "A meeting between A and B", "talks between A and B": both named after the noun. */
export const BETWEEN = /\b(?:meeting|talks|consultations?|summit|dialogue)\s+between\b/g;
/** Passive reports: "the consultation was co-chaired by A and B", "A was received by B". */
export const BY_BOTH = /\b(?:was|were)\s+(?:jointly\s+)?co-chaired\s+by\b/g;
export const BY_HOST = /\b(?:was|were)\s+(?:\w+ly\s+)?(?:received|hosted|welcomed|greeted|met)\s+by\b/g;
export const MEETING_NOUN =
	/\b(?:[Dd]uring|[Ii]n|[Aa]t|[Aa]fter)\s+(?:a|the|their|his|her)?\s*(?:meeting|talks)\b/;
export const JOINT_VERB =
	/^\s+(?:both\s+)?(?:(?:last|also|first|previously|recently|later|again|then)\s+)?(?:pledged|agreed|discussed|signed|exchanged|(?:also\s+)?(?:held|hold|had)\s+(?:[\w’'-]+\s+){0,5}?(?:talks|consultations?|meeting|discussions)|will meet|would meet|met|are to meet|are expected to meet|are due to meet|to meet|meet|co-chaired|sat down|shook hands|talked)\b/;
/**
 * What may come between a meeting's words and a person met, or between two people met: "and",
 * "with", commas, "his", and capitalised words of a description or title the people finder did
 * not take as the name's ("his Chinese counterpart", "Chinese State Councilor").
 */
export const GAP =
	/^(?:\s|,|\band\b|\bwith\b|\bhis\b|\bher\b|\btheir\b|\bthe\b|\bits\b|\bcounterparts?\b|\bhosts?\b|\bas well as\b|\b(?:senior|former|top|acting|deputy|visiting|outgoing|incoming|new)\b|\b\p{Lu}[\p{L}’'-]*\b)*$/u;
/** Two people spoken of together, as they meet: "the two met", "the two leaders held talks", "they met". */
export const THE_TWO =
	/\b(?:[Tt]he two(?:\s+(?:leaders|men|women|presidents|ministers|officials|heads of state|counterparts))?|[Tt]hey)\s+(?:also\s+)?(?:met|meet|will meet|would meet|held talks|hold talks|sat down|talked|shook hands|co-chaired)\b/;
/**
 * Between people named as one subject: "A and B", "A, B and C", and the capitalised words of a
 * title the people finder did not take as the name's ("he, U.S. Secretary of State B and C").
 */
export const SUBJECT_LIST = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:\p{Lu}[\p{L}.’'-]*|of)\s+)*$/u;
/**
 * A counterpart described before the name: "the city's mayor, Ying Yong", "his Chinese host, B",
 * "senior Chinese official B".
 */
export const COUNTERPART = new RegExp(
	`^\\s*(?:and\\s+)?(?:with\\s+)?(?:(?:the|his|her|its|their)\\s+)?(?:[\\p{L}’'-]+\\s+){0,3}?(?:${[...ROLE_NOUNS, 'counterpart', 'host', 'mayor', 'governor', 'leader'].join('|')})s?,?\\s*$`,
	'u',
);
