import { matchFurniture } from './furniture.ts';
import { wordCount } from './words.ts';

/**
 * What a single line looks like on its own, before its place in the page is considered:
 * - furniture: a page-furniture rule matches it;
 * - caption: a photo caption or credit ("… Photo: Reuters", "(AP Photo/Andy Wong)");
 * - bullet: starts with a list marker;
 * - prose: ends like a sentence;
 * - headline: starts like a title and ends without sentence punctuation;
 * - fragment: anything else (ends in a colon or comma, starts in lower case).
 */
export type LineKind = 'furniture' | 'caption' | 'bullet' | 'prose' | 'headline' | 'fragment';

export interface ClassifiedLine {
	kind: LineKind;
	/** The line's text, without a list marker for bullets. */
	text: string;
	/** True when a blank line came before it in the raw file. */
	afterBlank: boolean;
	/** For furniture, the name of the rule that matched. */
	rule?: string;
}

/** A list marker at the start of a line. */
export const BULLET = /^[-•*·▪●◦‣►]\s+/;
const TERMINAL = /(?:[.!?…]|\.\.\.)[”’"')\]]*$/;
const AGENCIES = String.raw`(?:AP|AFP|EPA(?:-EFE)?|Reuters|Xinhua|Getty(?: Images)?|Shutterstock(?: Images)?|Alamy|Bloomberg|PA(?: Media)?|Kyodo|Yonhap|Tass|Sputnik|CNS|IC|VCG|Handout|File|Courtesy)`;
const CREDIT = String.raw`(?:[A-Z0-9“‘][^:!?]{0,70}?|handout|file)`;
const CREDIT_WORD = String.raw`(?:PHOTO|[Pp]hoto(?:graph)?s?|[Ii]mages?|[Pp]ictures?|[Ii]llustrations?|[Gg]raphics?|[Vv]ideo|[Ff]ootage|[Cc]redits?)`;
/** A credit alone on its line: "Getty Images", "Reuters/Tingshu Wang". */
const CREDIT_ONLY = new RegExp(String.raw`^${AGENCIES}(?:\s*(?:/|via)\s*[A-Z][^.:!?]{1,40})?$`);
const CAPTION_PATTERNS = [
	// "… Photo: Shutterstock Images", "Photo by Jane Doe/Getty Images", "[Photo/Xinhua]", "(AP Photo/Andy Wong)"
	new RegExp(
		String.raw`(?:^|[\s.!?”’)])[([]?(?:${AGENCIES}\s)?${CREDIT_WORD}(?:\s*:\s*|\s+by\s+|\s*/\s*)${CREDIT}\.?[)\]]?$`,
	),
	CREDIT_ONLY,
	// "… March 12, 2025. (Xinhua/Zhang Ling)": agency and photographer in brackets
	new RegExp(String.raw`[([]${AGENCIES}\s*/\s*[A-Z][^()[\]]{1,40}[)\]]$`),
];

/** The kind of one normalised line. */
export function classifyLine(text: string, afterBlank = false): ClassifiedLine {
	const furniture = matchFurniture(text);
	if (furniture) return { kind: 'furniture', text, afterBlank, rule: furniture.name };
	if (isCaption(text)) return { kind: 'caption', text, afterBlank };
	if (BULLET.test(text)) return { kind: 'bullet', text: text.replace(BULLET, ''), afterBlank };
	if (TERMINAL.test(text)) return { kind: 'prose', text, afterBlank };
	if (/^[\p{Lu}\p{N}“‘"'(]/u.test(text) && !/[:,;–—-]$/.test(text) && wordCount(text) <= 30) {
		return { kind: 'headline', text, afterBlank };
	}
	return { kind: 'fragment', text, afterBlank };
}

export const isCreditOnly = (text: string): boolean => CREDIT_ONLY.test(text);

export const endsLikeSentence = (text: string): boolean => TERMINAL.test(text);

/** A photo caption or credit line, judged by the credit at its end; captions stay short. */
export function isCaption(text: string): boolean {
	if (text.length > 600) return false;
	return CAPTION_PATTERNS.some((pattern) => pattern.test(text)) && creditWords(text) <= 8;
}

function creditWords(text: string): number {
	const credit = new RegExp(String.raw`${CREDIT_WORD}(?:\s*:\s*|\s+by\s+|\s*/\s*)(.*)$`).exec(text);
	// The other patterns bound their credit themselves.
	return credit ? wordCount(credit[1] ?? '') : 0;
}
