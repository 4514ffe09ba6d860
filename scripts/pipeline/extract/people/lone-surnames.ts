import type { PersonMention } from '../people.ts';
import type { PlaceMention } from '../places.ts';
import type { Sentence } from '../sentences.ts';

/** East Asian family names, written first ("Wang Yi" is Mr Wang), in lower case. */
export const FAMILY_NAMES_WRITTEN_FIRST: ReadonlySet<string> = new Set(
	`li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie song tang
	han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jin xi
	qin ni bai qiu fu gu kong mao qian shi xia yan yin zou meng fan fang jia lei nie pang qi shao tan tao wen xiong
	hou lai lan niu zuo wan miao dai duan hao ji kuang rao ruan shang tong xing zhai zhong kim lee park choi jung
	kang cho yoon jang lim choe ri kwon hwang shin nguyen tran le pham hoang vo bui vu ngo duong phan`.split(
		/\s+/,
	),
);

/** The family name of a full name: the first word of a two-word East Asian name, else the last. */
export function familyName(parts: readonly string[]): string {
	return parts.length === 2 && FAMILY_NAMES_WRITTEN_FIRST.has(parts[0]!.toLowerCase())
		? parts[0]!
		: parts.at(-1)!;
}

/**
 * The family names an article writes alone that the sentence finder did not take for names: news
 * copy names a person in full once and by family name after ("Bolton, who arrived on Tuesday, sat
 * down with …", "Wang met him in Kabul"), and a lone word at a sentence's start, or one the tagger
 * knows as a town, has no evidence of its own. A capitalised word that is the family name of a
 * full name the article gives with evidence (a title, a given name) is that person's mention,
 * unless it is part of a longer capitalised run (another name, a title) or already a mention.
 * Returns each sentence's added mentions, and its places without those the names cover.
 */
export function loneSurnames(
	sentences: readonly Sentence[],
	mentions: readonly (readonly Omit<PersonMention, 'sentence'>[])[],
	places: readonly (readonly PlaceMention[])[],
): { mentions: Omit<PersonMention, 'sentence'>[][]; places: PlaceMention[][] } {
	const families = new Set(
		mentions.flatMap((found) =>
			found.filter((m) => m.parts.length > 1 && m.evidence).map((m) => familyName(m.parts)),
		),
	);
	const added = sentences.map((sentence, i) => {
		if (families.size === 0) return [];
		const taken = mentions[i] ?? [];
		const found: Omit<PersonMention, 'sentence'>[] = [];
		for (const word of sentence.text.matchAll(/(?<![\p{L}\p{M}’'.-])\p{Lu}[\p{L}\p{M}’'-]*/gu)) {
			const name = word[0].replace(/[’']s$/, '');
			if (!families.has(name)) continue;
			const start = word.index;
			const end = start + name.length;
			if (taken.some((m) => m.start <= start && m.end >= end)) continue;
			// Part of a longer run of capitalised words: another person's name, or a title.
			const before = sentence.text.slice(0, start);
			const after = sentence.text.slice(start + word[0].length);
			if (/\p{Lu}[\p{L}\p{M}.’'-]*\s+$/u.test(before) || /^\s+\p{Lu}/u.test(after)) continue;
			found.push({
				name,
				parts: [name],
				start,
				end,
				title: null,
				titleText: null,
				country: null,
				evidence: false,
				kind: null,
				descriptions: [],
			});
		}
		return found;
	});
	return {
		mentions: mentions.map((found, i) => [...found, ...added[i]!].sort((a, b) => a.start - b.start)),
		places: places.map((found, i) =>
			found.filter((p) => !added[i]!.some((m) => p.start < m.end && m.start < p.end)),
		),
	};
}
