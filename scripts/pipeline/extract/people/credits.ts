import { list } from '../toolkit/lists.ts';
import { isCapitalised, type Token } from '../tokens.ts';
import type { PersonKind } from './occupations.ts';

// Who wrote, edited or photographed a story, as bylines and credits name them: "By Jane Doe,
// Reuters", "Reporting by …; Editing by …", "Photo: John Smith/AFP", "(Xinhua/Liu Bin)", "Associated
// Press writer Pavel Orlov contributed to this report". A page's credits are furniture, but a
// capture may leave them in the story's text.

/** Words of a credit before "by" or a colon, with the kind of person they credit. */
const CREDIT_WORDS = new Map<string, PersonKind>([
	...list('reporting writing reported written compiled additional story text words').map(
		(w): [string, PersonKind] => [w, 'journalist'],
	),
	...list('editing edited').map((w): [string, PersonKind] => [w, 'editor']),
	...list('photo photos photograph photographs photography picture pictures pictured video images').map(
		(w): [string, PersonKind] => [w, 'photographer'],
	),
]);

const lower = (token: Token | undefined): string => token?.bare.toLowerCase() ?? '';

/**
 * The kind of person a credit makes the name from token `first` to `last` (its writer, editor or
 * photographer), or null when the name is in no credit.
 */
export function creditKind(tokens: readonly Token[], first: number, last: number): PersonKind | null {
	const before = tokens[first - 1];
	const after = tokens[last + 1];
	// "By Jane Doe", "Reporting by …", "Editing by …", "Photo by …"; a story's "by" is a passive's.
	if (lower(before) === 'by') {
		if (first - 1 === 0) return 'journalist';
		const credit = CREDIT_WORDS.get(lower(tokens[first - 2]));
		if (credit) return credit;
	}
	// "Photo: John Smith"
	if (before?.post === ':' && CREDIT_WORDS.has(lower(before))) return CREDIT_WORDS.get(lower(before))!;
	// "Xinhua/Liu Bin", "John Smith/AFP": a name slashed to an agency's is a picture credit.
	const slashedBefore = tokens[first]!.pre === '/' && before !== undefined && isCapitalised(before);
	const slashedAfter = tokens[last]!.post === '/' && after !== undefined && isCapitalised(after);
	if (slashedBefore || slashedAfter) return 'photographer';
	// "… writer Pavel Orlov contributed to this report".
	if (lower(after) === 'contributed') return 'journalist';
	// A line that is only a name and an outlet ("Jane Harker, Associated Press") is a byline.
	if (
		tokens[last]!.post === ',' &&
		first === 0 &&
		tokens.slice(last + 1).every((t) => isCapitalised(t) && !t.tags.has('Verb'))
	)
		return 'journalist';
	return null;
}
