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
/** A wire agency's end-of-story mark after the last sentence: "… for 2017-2018. Enditem" */
const END_MARK = /\s+(?:Enditem|\(END\)|###)$/;
const AGENCIES = String.raw`(?:AP|AFP|EPA(?:-EFE)?|Reuters|Xinhua|Getty(?: Images)?|Shutterstock(?: Images)?|Alamy|Bloomberg|PA(?: Media)?|Kyodo|Yonhap|Tass|Sputnik|CNS|IC|VCG|Handout|File|Courtesy)`;
const AGENCIES_IN_CAPITALS = String.raw`(?:REUTERS|XINHUA|TASS|SPUTNIK|KYODO|YONHAP|BLOOMBERG|GETTY IMAGES|ALAMY)`;
/** Agencies as captions credit them after the text, never taken for a credit alone on its line. */
const CREDITED = String.raw`(?:${AGENCIES}|${AGENCIES_IN_CAPITALS}|TASS|RIA Novosti|Anadolu(?: Agency)?|AA|PTI|ANI|IANS|MTI|CFP|dpa|EFE|WAM|SPA|KCNA|Pool|POOL)`;
/** "Jane Doe", "Kim Soo-hyun": a photographer's name. */
const PERSON = String.raw`\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}`;
// A website can be the credit too: "Photo credit: president.kg".
const CREDIT = String.raw`(?:(?:the )?[A-Z0-9“‘][^:!?]{0,70}?|handout|file|[a-z0-9-]+(?:\.[a-z0-9-]+)+)`;
const CREDIT_WORD = String.raw`(?:PHOTO|[Pp]hoto(?:graph(?:er)?)?s?|[Ii]mages?|[Pp]ictures?|[Ii]llustrations?|[Gg]raphics?|[Vv]ideo|[Ff]ootage|[Cc]redits?)`;
/** What joins a credit word to the credit: "Photo: …", "Photo by …", "AP Photo/…", "Photo courtesy of …". */
const CREDIT_JOIN = String.raw`(?:\s*:\s*|\s+by\s+|\s*/\s*|\s+courtesy(?: of)?\s+)`;
/** The end of a sentence, where a credit printed after a caption's text begins. */
const SENTENCE_END = String.raw`[.!?”’)]\s+`;
/** A credit alone on its line: "Getty Images", "Reuters/Tingshu Wang". */
const CREDIT_ONLY = new RegExp(String.raw`^${AGENCIES}(?:\s*(?:/|via)\s*[A-Z][^.:!?]{1,40})?$`);
/** A credit word and its credit, the whole line: "Photo: Reuters", "Photo by Jane Doe". */
const CREDIT_LINE = new RegExp(
	String.raw`^[([]?(?:${AGENCIES}\s)?${CREDIT_WORD}${CREDIT_JOIN}${CREDIT}\.?[)\]]?$`,
);
const CAPTION_PATTERNS = [
	// "… Photo: Shutterstock Images", "Photo by Jane Doe/Getty Images", "[Photo/Xinhua]", "(AP Photo/Andy Wong)"
	new RegExp(
		String.raw`(?:^|[\s.!?”’)])[([]?(?:${AGENCIES}\s)?${CREDIT_WORD}${CREDIT_JOIN}${CREDIT}\.?[)\]]?$`,
	),
	CREDIT_ONLY,
	// "… March 12, 2025. (Xinhua/Zhang Ling)": agency and photographer in brackets
	new RegExp(String.raw`[([]${AGENCIES}\s*/\s*[A-Z][^()[\]]{1,40}[)\]]$`),
	// "… on Sunday [AFP]", "… in Moscow [Defence Ministry Press Service/Handout via Reuters]"
	new RegExp(
		String.raw`\S\s\[(?:${AGENCIES}|${AGENCIES_IN_CAPITALS}|[^[\]]{1,80}(?:/|\bvia\b)[^[\]]{1,80})\]$`,
	),
	// "… (AA Photo)": an agency's initials and the credit word, in brackets
	new RegExp(String.raw`\S\s[([](?:${AGENCIES}|[A-Z]{2,6})\s+${CREDIT_WORD}[)\]]$`),
	// "Image copyright Reuters Image caption Mr Putin was welcomed with a military band": the credit first
	/^Image copyright\s+.{1,60}?\s+Image caption\s+\S/,
	// "… on Wednesday. | Mikhail Orlov/Sputnik/AFP via Getty Images": a photographer and agencies after a bar
	new RegExp(String.raw`${SENTENCE_END}\|\s+[^|]{2,80}(?:/|\bvia\s)\s*(?:${CREDITED})$`),
	// "… on Friday. | SPUTNIK / POOL / VIA KYODO": a credit in capitals after a bar
	new RegExp(
		String.raw`${SENTENCE_END}\|\s+\p{Lu}[\p{Lu}\d .&'’-]*(?:\s*/\s*\p{Lu}[\p{Lu}\d .&'’-]*)*$`,
		'u',
	),
	// "… 30 March 2022. - Copyright Foreign Ministry Press Service via AP"
	new RegExp(String.raw`${SENTENCE_END}[-–—]\s+(?:©|Copyright|Credit:?|Photo:?)\s+[^.!?]{2,80}$`),
	// "… April 15, 2014. REUTERS/Kim Soo-hyun/Pool", "… on Wednesday. Artyom Galkin / AFP"
	new RegExp(
		String.raw`${SENTENCE_END}(?:(?:${AGENCIES}|${AGENCIES_IN_CAPITALS})\s*/\s*${PERSON}(?:\s*/\s*[\p{L} ]{2,20})?|${PERSON}\s*/\s*(?:${AGENCIES}|${AGENCIES_IN_CAPITALS}))$`,
		'u',
	),
	// "… in Beijing. (Reuters)", "(Sputnik via AP)", "(file photo)", "… look on. (Pool photo)(Kyodo)":
	// an agency alone in brackets
	new RegExp(
		String.raw`(?:\S\s|[)\]]\s?)[([](?:${CREDITED}(?:\s*[-/]\s*${CREDITED})*(?:\s+via\s+[^()[\]]{1,30})?|[Ff]ile(?: [Pp]hoto)?)[)\]]$`,
	),
	// "… 16 April 2023 (Kremlin Pool/Getty Images)", "… 2016. ( Turkish Presidency / Handout - Anadolu
	// Agency )": who took it, then the agency, in brackets
	new RegExp(String.raw`\S\s[([]\s*[^()[\]]{1,80}(?:/|\s[-–]|\bvia)\s*(?:${CREDITED})\s*[)\]]$`),
	// "… May 16, 2024. /Xinhua", "… on Tuesday. AFP via Getty Images", "… © Jane Doe, AFP"
	new RegExp(
		String.raw`(?:${SENTENCE_END}/\s?\p{Lu}[\p{L}]+|${SENTENCE_END}${CREDITED}(?:\s+via\s+\p{Lu}[\p{L} ]{1,30})?|\S\s©\s?[^©]{1,60})$`,
		'u',
	),
	// "… since 2008. Security Council press service", "… 2021. Russian Defense Ministry Press Service
	// via AP": a press office's credit after the text
	new RegExp(
		String.raw`${SENTENCE_END}(?:\p{Lu}[\p{L}'’.-]*\s+){0,6}(?:[Pp]ress (?:[Ss]ervice|[Oo]ffice)|[Pp]ool|[Hh]andout)(?:\s+via\s+${CREDITED})?$`,
		'u',
	),
];

/** The kind of one normalised line. */
export function classifyLine(text: string, afterBlank = false): ClassifiedLine {
	const furniture = matchFurniture(text);
	if (furniture) return { kind: 'furniture', text, afterBlank, rule: furniture.name };
	if (isCaption(text)) return { kind: 'caption', text, afterBlank };
	if (BULLET.test(text)) return { kind: 'bullet', text: text.replace(BULLET, ''), afterBlank };
	if (endsLikeSentence(text)) return { kind: 'prose', text, afterBlank };
	if (/^[\p{Lu}\p{N}“‘"'(]/u.test(text) && !/[:,;–—-]$/.test(text) && wordCount(text) <= 30) {
		return { kind: 'headline', text, afterBlank };
	}
	return { kind: 'fragment', text, afterBlank };
}

/** A credit alone on its line: "Getty Images", "Reuters/Tingshu Wang", "Photo: Reuters". */
export const isCreditOnly = (text: string): boolean => CREDIT_ONLY.test(text) || CREDIT_LINE.test(text);

export const endsLikeSentence = (text: string): boolean => TERMINAL.test(text.replace(END_MARK, ''));

/** A photo caption or credit line, judged by the credit at its end; captions stay short. */
export function isCaption(text: string): boolean {
	if (text.length > 600) return false;
	return CAPTION_PATTERNS.some((pattern) => pattern.test(text)) && creditWords(text) <= 8;
}

function creditWords(text: string): number {
	const credit = new RegExp(String.raw`${CREDIT_WORD}${CREDIT_JOIN}(.*)$`).exec(text);
	// The other patterns bound their credit themselves.
	return credit ? wordCount(credit[1] ?? '') : 0;
}
