import type { Official } from '../../schemas/official.ts';
import type { Source } from '../../schemas/source.ts';
import { terms } from './tokenise.ts';

/** Finds the officials a text names. */
export type MentionFinder = (text: string, namedInArticle?: ReadonlySet<string>) => string[];

/**
 * Make a finder for the officials a text names. A full name or alias ("Sergey Naryshkin") always counts.
 * A single word of a name counts when it is at least four letters, belongs to one official only and
 * that official is named elsewhere in the same article (`namedInArticle`): "Patrushev said" after
 * "Nikolai Patrushev", but never "Sergei" alone, which two officials share. Names are looked up by
 * their first word, so a text costs about one lookup a word however many officials there are.
 *
 * @returns A function from a text (and the officials its article names) to official ids, in `officials` order.
 */
export function mentionFinder(officials: readonly Official[]): MentionFinder {
	const names = officials.map((official, order) => ({
		id: official.id,
		order,
		spellings: [official.name, ...official.aliases, ...official.spellings.map((s) => s.name)].map(terms),
	}));
	const owners = new Map<string, Set<string>>();
	for (const { id, spellings } of names)
		for (const term of spellings.flat())
			if (term.length >= 4) owners.set(term, (owners.get(term) ?? new Set()).add(id));
	// Each spelling under its first term; each term that names one official only, under that term.
	const byFirstTerm = new Map<string, Array<{ order: number; spelling: string[] }>>();
	const distinctive = new Map<string, number>();
	for (const { order, spellings } of names)
		for (const spelling of spellings) {
			const [first] = spelling;
			if (first === undefined) continue;
			byFirstTerm.set(first, [...(byFirstTerm.get(first) ?? []), { order, spelling }]);
			for (const term of spelling) if (owners.get(term)?.size === 1) distinctive.set(term, order);
		}

	return (text, namedInArticle = new Set()) => {
		const words = terms(text);
		const found = new Set<number>();
		words.forEach((word, i) => {
			for (const { order, spelling } of byFirstTerm.get(word) ?? [])
				if (spelling.every((term, j) => words[i + j] === term)) found.add(order);
			const owner = distinctive.get(word);
			if (owner !== undefined && namedInArticle.has(names[owner]!.id)) found.add(owner);
		});
		return [...found].sort((a, b) => a - b).map((order) => names[order]!.id);
	};
}

/**
 * The officials each paragraph is cited for: its article's id and paragraph id ("a#p-3") to the
 * officials whose roles it states, or who take part in a meeting or event it reports.
 */
export function citedOfficials(
	officials: readonly Official[],
	happenings: ReadonlyArray<{ sources: readonly Source[]; participants: readonly string[] }>,
): Map<string, Set<string>> {
	const cited = new Map<string, Set<string>>();
	const cite = (sources: readonly Source[], ids: readonly string[]) => {
		for (const { article, paragraph } of sources) {
			const key = `${article}#${paragraph}`;
			cited.set(key, new Set([...(cited.get(key) ?? []), ...ids]));
		}
	};
	for (const official of officials) for (const role of official.roles) cite(role.sources, [official.id]);
	for (const happening of happenings) cite(happening.sources, happening.participants);
	return cited;
}
