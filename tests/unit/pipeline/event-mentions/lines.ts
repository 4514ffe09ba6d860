import type { SentenceFacts } from '../../../../scripts/pipeline/extract/sentence-facts.ts';
import { article, factLines } from '../extract-helpers.ts';

/** A made-up sentence as the event finders are given it, in an article published on `published`. */
export const line = (sentence: string, published = '2024-03-14'): SentenceFacts =>
	factLines([article('a', published, [sentence])])[0]!;
