import type { SentenceFacts } from '../sentence-facts.ts';
import { newMention, type EventMention } from './mention.ts';
import { topicKey } from './topic-key.ts';

/** Words without one of which OTHER cannot match: most sentences are passed over at once. */
const OTHER_WORDS = /election|inauguration|invasion of|coup|referendum/;
const OTHER =
	/\b((?:landslide\s+)?re-election|election|inauguration|invasion of \p{Lu}\p{L}+|coup|referendum)\b/gu;

/**
 * Elections, inaugurations, invasions, coups and referendums a sentence names, with whose they
 * are: a possessor right before ("Russia’s invasion of Ukraine"), or for an election or
 * inauguration the person the clause is about ("Putin … won a landslide re-election"). The date
 * step keeps one only when the sentence dates it.
 */
export function findOtherEvents(line: SentenceFacts): EventMention[] {
	const text = line.sentence.text;
	if (!OTHER_WORDS.test(text)) return [];
	return [...text.matchAll(OTHER)].map((match) => {
		const what = match[1]!;
		const possessor = /(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*[’']s)\s+(?:\w+\s+)?$/u.exec(
			text.slice(Math.max(0, match.index - 40), match.index),
		)?.[1];
		const personal = /election|inauguration/.test(what);
		const owner = personal
			? (line.people.filter((p) => p.mention.end <= match.index).at(-1)?.person ??
				(/\b(?:his|her)\s+$/.test(text.slice(0, match.index)) ? line.pronoun : null))
			: null;
		const name = possessor && !personal ? `${possessor} ${what}` : what;
		return newMention(line, 'other', name, match.index, {
			person: owner,
			participants: owner ? [owner] : [],
			key: `other:${topicKey(name)}:${owner ?? ''}`,
		});
	});
}
