import type { DateMention } from '../dates.ts';
import type { SentenceFacts } from '../sentence-facts.ts';

/**
 * A date from the sentences just before: "During the talks, Chen told Patrushev …" is dated by
 * the sentence before it that says when the talks were. Meetings and events without a date of
 * their own look back this way.
 */

/** How many sentences back a date may be taken from: further back, the story has moved on. */
export const CONTEXT_REACH = 2;

/**
 * The date that sentence `i` of `lines` takes from its context: the last date that `accept` takes
 * (given the date and its sentence) in the nearest of the `CONTEXT_REACH` sentences before it that has one, never across the start of
 * its article; undefined when there is none.
 */
export function contextDate(
	lines: readonly SentenceFacts[],
	i: number,
	accept: (date: DateMention, line: SentenceFacts) => boolean = () => true,
): DateMention | undefined {
	const article = lines[i]!.sentence.article;
	for (let back = 1; back <= CONTEXT_REACH && i - back >= 0; back++) {
		const earlier = lines[i - back]!;
		if (earlier.sentence.article !== article) return undefined;
		const found = earlier.dates.filter((d) => accept(d, earlier));
		if (found.length > 0) return found.at(-1);
	}
	return undefined;
}
