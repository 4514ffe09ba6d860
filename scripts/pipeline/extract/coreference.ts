import { describedPeople, type NamedSoFar } from './descriptions.ts';
import type { PersonMention } from './people.ts';
import type { Sentence } from './sentences.ts';
import { isPossessiveAt } from './tokens.ts';

/** The people a sentence names, in order, with the person each mention resolved to. */
export interface SentencePeople {
	sentence: Sentence;
	/**
	 * Each person named, or `described` ("the Chinese leader", see descriptions.ts): then the
	 * mention is the description's words, with no name, title or role of its own.
	 */
	people: { mention: PersonMention; person: string; described?: true }[];
	/** Who "he"/"she" ("his", "her") refers to in this sentence, when it has such a pronoun. */
	pronoun: string | null;
}

const PRONOUN = /\b(?:he|she|his|her|him)\b/i;
/** "he" or "she", who does what follows. */
export const SUBJECT_PRONOUN = /\b(?:he|she)\b/i;
/** How many sentences back a pronoun may reach for the person it refers to. */
const PRONOUN_REACH = 3;

/**
 * Lines up each sentence with the officials it names, and resolves a personal pronoun to the
 * person named in the nearest earlier sentence of the same article that names one — news
 * copy's usual pattern ("Chen was promoted in October 2022. He previously served as…"); when
 * that sentence names several, to the one the article names most. People who are no officials
 * (`others`: a quoted analyst, a reporter) are left out of the sentences' people, but a pronoun
 * after them is theirs, so it refers to no official: "…, said Li Ming, a professor. He added …".
 * Those the article's headline and standfirst name (`introduced`, for an article's sentences
 * alone) are known from its first sentence on, so a description may stand for them.
 */
export function peopleBySentence(
	sentences: readonly Sentence[],
	mentions: readonly PersonMention[],
	personOf: ReadonlyMap<PersonMention, string>,
	others: ReadonlySet<string> = new Set(),
	countryOf: (person: string) => string | null = () => null,
	introduced: readonly { person: string; nameParts: readonly string[] }[] = [],
): SentencePeople[] {
	const bySentence = new Map<Sentence, { mention: PersonMention; person: string }[]>();
	const perArticle = new Map<string, Map<string, number>>();
	for (const mention of mentions) {
		const person = personOf.get(mention);
		if (person === undefined) continue;
		bySentence.set(mention.sentence, [...(bySentence.get(mention.sentence) ?? []), { mention, person }]);
		const counts = perArticle.get(mention.sentence.article) ?? new Map<string, number>();
		perArticle.set(mention.sentence.article, counts.set(person, (counts.get(person) ?? 0) + 1));
	}
	// Of several people in the sentence before, "he" is most often the story's protagonist.
	const protagonist = (article: string, candidates: readonly string[]) => {
		const counts = perArticle.get(article)!;
		return [...candidates].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0]!;
	};
	/** Who each sentence's pronoun refers to, as resolved so far. */
	const pronouns: (string | null)[] = [];
	let namedSoFar = new Map<
		string,
		{
			person: string;
			countries: Set<string>;
			titles: string[];
			appositives: string[];
			nameParts: Set<string>;
		}
	>();
	return sentences.map((sentence, i) => {
		// An article's story starts knowing whom its headline and standfirst named.
		if (i === 0 || sentences[i - 1]!.article !== sentence.article)
			namedSoFar = new Map(
				introduced.map(({ person, nameParts }) => [
					person,
					{
						person,
						countries: new Set<string>(),
						titles: [],
						appositives: [],
						nameParts: new Set(nameParts),
					},
				]),
			);
		const named = (bySentence.get(sentence) ?? [])
			.filter((p) => !others.has(p.person))
			.sort((a, b) => a.mention.start - b.mention.start);
		// Those the sentence itself names count too: "Xi met Putin, and the Chinese leader said …".
		for (const { mention, person } of named) {
			const so = namedSoFar.get(person) ?? {
				person,
				countries: new Set<string>(),
				titles: [],
				appositives: [],
				nameParts: new Set<string>(),
			};
			for (const part of mention.parts) so.nameParts.add(part);
			if (mention.country) so.countries.add(mention.country);
			if (mention.title) so.titles.push(mention.title);
			for (const d of mention.descriptions)
				if (d.relation === 'is' && !d.relative) so.appositives.push(d.phrase);
			namedSoFar.set(person, so);
		}
		// Of someone the article gives no country, the one the corpus gives them ("Putin" named bare
		// here, "Russian President Vladimir Putin" elsewhere): "the Russian president" is then his.
		const known: NamedSoFar[] = [...namedSoFar.values()].map((so) => {
			const country = so.countries.size === 0 ? countryOf(so.person) : null;
			return country === null ? so : { ...so, countries: new Set([country]) };
		});
		const described = describedPeople(
			sentence.text,
			known,
			named.map((p) => p.mention),
			(people) => protagonist(sentence.article, people),
			// Not those named in a possessive: "forum marking Xi's initiative … talks with the Chinese leader".
			new Set(named.filter((p) => !isPossessiveAt(sentence.text, p.mention.end)).map((p) => p.person)),
		).map((d) => ({
			mention: describedMention(sentence, d.start, d.end, d.country),
			person: d.person,
			described: true as const,
		}));
		const people = [...named, ...described].sort((a, b) => a.mention.start - b.mention.start);

		let pronoun: string | null = null;
		if (PRONOUN.test(sentence.text)) {
			for (let back = 1; back <= PRONOUN_REACH + 1; back++) {
				const earlier = sentences[i - back];
				// Before the story's first sentence, its standfirst: "he" in the lede is whom it named first.
				if (earlier === undefined || earlier.article !== sentence.article) {
					pronoun = introduced[0]?.person ?? null;
					break;
				}
				if (back > PRONOUN_REACH) break;
				// Not a transcript's speaker ("HADLEY: He landed early Thursday"): who speaks is not whom "he" means.
				const named = bySentence.get(earlier)?.filter((p) => !earlier.text.startsWith(':', p.mention.end));
				if (named && named.length > 0) {
					const sorted = [...named].sort((a, b) => a.mention.start - b.mention.start);
					const ordered = sorted.map((p) => p.person);
					// "In Tashkent he will meet Karimov. After that he travels on": a "he" that is the
					// subject before anyone is named goes on being who it was.
					const subject = SUBJECT_PRONOUN.exec(earlier.text);
					const before = pronouns[i - back];
					pronoun =
						subject && subject.index < sorted[0]!.mention.start && before
							? before
							: new Set(ordered).size === 1
								? ordered[0]!
								: protagonist(sentence.article, ordered);
					if (others.has(pronoun)) pronoun = null;
					break;
				}
			}
		}
		pronouns[i] = pronoun;
		return { sentence, people, pronoun };
	});
}

/** A description's words as a mention of the person it stands for: no name, title or role of its own. */
function describedMention(
	sentence: Sentence,
	start: number,
	end: number,
	country: string | null,
): PersonMention {
	return {
		name: sentence.text.slice(start, end),
		parts: [],
		start,
		end,
		title: null,
		titleText: null,
		country,
		evidence: false,
		kind: 'official',
		descriptions: [],
		sentence,
	};
}
