import type { SentenceFacts } from '../sentence-facts.ts';
import { newMention, type EventMention } from './mention.ts';
import { topicKey } from './topic-key.ts';

/** Words without one of which FOUNDED cannot match: most sentences are passed over at once. */
const FOUNDED_WORDS = /established|set up|founded|created|launched|formed/i;
// "the … cooperation mechanism, which was set up in 2014": a body and the year it was founded.
const FOUNDED =
	/\bthe\s+((?:[\w-]+\s+){0,8}?(?:mechanism|organisation|organization|alliance|partnership|bloc|group|forum|council|commission|committee|agreement|treaty|initiative|fund|bank|dialogue))[,]?\s+(?:which\s+was\s+|that\s+was\s+|was\s+)?(established|set up|founded|created|launched|formed)\s+in\s+(\d{4})/gi;

/**
 * The foundings a sentence reports with their year: "the law enforcement and security
 * cooperation mechanism established in 2014" → "Founding of the law enforcement … mechanism".
 */
export function findFoundings(line: SentenceFacts): EventMention[] {
	if (!FOUNDED_WORDS.test(line.sentence.text)) return [];
	return [...line.sentence.text.matchAll(FOUNDED)].map((match) => {
		const thing = match[1]!.replace(/^(?:the|a|an)\s+/i, '').trim();
		return newMention(line, 'other', `Founding of the ${thing}`, match.index, {
			key: `founding:${topicKey(thing)}`,
		});
	});
}
