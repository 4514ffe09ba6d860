import type { SentenceFacts } from '../sentence-facts.ts';
import { newMention, type EventMention } from './mention.ts';
import { topicKey } from './topic-key.ts';

/** Words without one of which ATTACK cannot match: most sentences are passed over at once. */
const ATTACK_WORDS = /attack|bombing|shooting|explosion|blast|massacre|killed/;
// "the attack on a concert hall near Moscow", "killed in a shopping centre"; its target is what follows.
const ATTACK =
	/\b(attack|bombing|shooting|explosion|blast|massacre)\s+(?:on|at|in)\s+((?:a|an|the)\s+(?!attack\b)[^,.;–—]+?)(?=[,.;–—]|\s+(?:and|that|which|in\s+which|last|this|on|in\s+\d)\b|$)|\bkilled\s+(?:at|in)\s+((?:a|an|the)\s+(?!attack\b)[^,.;–—]+?)(?=\s+in\s+\p{Lu}[\p{L}’']*\s|[,.;–—]|$)/gu;

/**
 * The target of each attack a sentence names, in order: "a concert hall near Moscow". A sentence's
 * reading looks for places in each (`SentenceFacts.targetPlaces`).
 */
export function attackTargets(text: string): string[] {
	if (!ATTACK_WORDS.test(text)) return [];
	return [...text.matchAll(ATTACK)].map((match) => (match[2] ?? match[3] ?? '').trim());
}

/**
 * The attacks a sentence names by their target, keyed by the target's topic words and placed by
 * the places in the target. "The attack" alone names none: it only refers back to one.
 *
 * @example findAttacks(line) // "Gunmen opened fire in an attack on a concert hall near Moscow."
 * // → [{ kind: 'attack', name: 'Attack on a concert hall near Moscow', places: ['Moscow'], … }]
 */
export function findAttacks(line: SentenceFacts): EventMention[] {
	const text = line.sentence.text;
	if (!ATTACK_WORDS.test(text)) return [];
	return [...text.matchAll(ATTACK)]
		.map((match, k) => {
			const target = (match[2] ?? match[3] ?? '').trim();
			return newMention(line, 'attack', `Attack on ${target}`, match.index, {
				key: topicKey(target),
				places: (line.targetPlaces[k] ?? []).map((p) => p.name),
			});
		})
		.filter((m) => m.key !== '' && m.key !== 'attack');
}
