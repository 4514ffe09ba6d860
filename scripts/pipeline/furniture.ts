/**
 * Page furniture: lines a news page shows around a story that are not part of it. Each rule
 * matches a whole (normalised) line, so a sentence that merely mentions "advertisement" or
 * "newsletter" is never taken for furniture.
 */
export interface FurnitureRule {
	/** What the rule recognises, for tests and for the pipeline's report. */
	name: string;
	pattern: RegExp;
}

const WORD_NUMBER = String.raw`(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)`;
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}`;
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?`;
const WEEKDAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?`;
const CLOCK = String.raw`(?:,?\s*(?:at\s+)?\d{1,2}[.:]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?)?`;
const TIME_UNIT = String.raw`(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?|years?)`;

export const furnitureRules: readonly FurnitureRule[] = [
	{
		name: 'ad label',
		pattern:
			/^(?:advertisement(?:\s*[·|•:–-]\s*.{0,40})?|(?:before|after|skip past|end of) (?:newsletter )?promotion|advertising|sponsored(?: content| by .{1,40})?|promoted|ad|ads by .{1,40}|story continues below(?: this)? ad(?:vertisement)?|continue reading below|scroll to continue(?: with content)?)$/i,
	},
	{
		name: 'reading time',
		pattern: new RegExp(
			String.raw`^(?:reading time\s*:?\s*\d+\s*${TIME_UNIT}|\d+\s*${TIME_UNIT}\s+read|estimated reading time\s*:?.{0,20}|read time\s*:?.{0,20})$`,
			'i',
		),
	},
	{
		name: 'listen widget',
		pattern:
			/^(?:listen(?: to)?(?: this)?(?: article| story)?(?:\s*\(?\d+:\d{2}\)?)?|select voice|choose (?:your )?(?:listening|playback|reading) speed|get through articles? \d+(?:\.\d+)?x faster|(?:playback|listening) speed|\d(?:\.\d+)?x|\d+ wpm|slow|average|fast|normal|play|pause|audio is ai[- ]generated.*|voice(?:d)? by .{1,40})$/i,
	},
	{
		name: 'trust badge',
		pattern:
			/^(?:why you can trust .{1,40}|trust(?:ed)? (?:project|indicators?|journalism)|(?:verified|fact[- ]checked)(?: by .{1,40})?|our standards:?.{0,80}|the trust project)$/i,
	},
	{
		name: 'empty byline',
		pattern:
			/^(?:(?:first |last )?(?:published|updated|posted|modified)|by|on|at|written by|author)(?:\s+(?:on|at|by|:))?\s*:?$/i,
	},
	{
		name: 'byline',
		pattern: new RegExp(
			String.raw`^by\s+${NAME}(?:(?:,| and| &) ${NAME})*(?:,? (?:in|reporting from) \p{Lu}[\p{L} ]{1,30})?$`,
			'iu',
		),
	},
	{
		name: 'byline',
		pattern:
			/^(?:by )?[\p{L} .'’&-]{0,40}\b(?:staff (?:writers?|reporters?)|(?:special |foreign |our )?correspondents?|news (?:desk|staff)|wire services?|agencies)$/iu,
	},
	{
		name: 'date stamp',
		pattern: new RegExp(
			String.raw`^(?:(?:first |last )?(?:published|updated|posted)(?: on| at)?:?\s*)?(?:(?:${WEEKDAY}\s*)?(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?)\s*,?\s*\d{4}${CLOCK}|\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?|\d{1,2}/\d{1,2}/\d{2,4}${CLOCK})$`,
			'i',
		),
	},
	{
		name: 'source line',
		pattern:
			/^(?:source|editor|web editor|responsible editor|author|reporter|photographer|photo editor)s?\s*[:：]\s*.{1,60}$/i,
	},
	{
		name: 'credit line',
		pattern:
			/^(?:(?:additional )?reporting|writing|editing|compiled|produced|translated|edited) by\b.{1,150}$/i,
	},
	{
		name: 'comment prompt',
		pattern:
			/^(?:comments?(?: \(\d+\))?|\d+ comments?|no comments(?: yet)?\.*|(?:leave|post|add|write) a (?:reply|comment)|(?:be the first to|join the conversation|join the discussion)(?: .{0,40})?|show comments|view comments|comment on this (?:story|article)|(?:have|share) your say)$/i,
	},
	{
		name: 'read more',
		pattern:
			/^(?:read (?:more|next|also|the full (?:story|article))|see more|show more|load more|more from .{1,40}|continue reading|click here(?: .{0,40})?|keep reading)\.*:?$/i,
	},
	{
		name: 'subscription appeal',
		pattern:
			/^(?:(?:sign up|subscribe|register)(?: (?:now|today|here|for (?:free|our|the) .{0,60}|to .{0,60}))?|get (?:more|unlimited access|the (?:latest|best) .{0,40}) with .{1,40}|learn more|log ?in(?: to .{0,40})?|already (?:a subscriber|have an account)\??.*|a personali[sz]ed news feed.{0,60}|(?:sign up|subscribe|get|receive|join|don['’]t miss|never miss)\b.{0,80}\b(?:newsletters?|briefings?|alerts|updates|inbox)\b.{0,40}|(?:subscribe|become a (?:subscriber|member)|support (?:our|independent) journalism)\b.{0,80}|download (?:the|our) app.{0,40}|follow us(?: on .{1,40})?|share (?:this )?(?:article|story)?|share|save|print|email|copy link|(?:link )?copied)$/i,
	},
	{
		name: 'section label',
		pattern:
			/^(?:hashtags?|tags?|topics?|related topics|explore more on (?:these|this) topics?|filed under:?.*|most (?:read|popular|viewed|shared)|trending(?: now)?|top stories|latest(?: news)?|exit mobile version|skip to (?:main )?content|menu|home|search|back to top|reuse this content|try our ai features|explore what .{1,40} can do for you:?)$/i,
	},
	{
		name: 'copyright notice',
		pattern: /^(?:(?:copyright|©|\(c\))\s*.{0,80}|.{0,80}\ball rights reserved\.?)$/i,
	},
	{
		name: 'privacy notice',
		pattern: /^(?:privacy (?:notice|policy)|cookie (?:policy|settings))\b.{0,240}$/i,
	},
	{ name: 'video duration', pattern: /^(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*(?:mins?|minutes?))?$/i },
	{ name: 'stray counter', pattern: /^[\d.,]{1,7}[km]?$/i },
	{
		name: 'relative time stamp',
		pattern: new RegExp(
			String.raw`^(?:just now|yesterday|today|${WORD_NUMBER}\s+${TIME_UNIT}\s+ago|updated\s+${WORD_NUMBER}\s+${TIME_UNIT}\s+ago)$`,
			'i',
		),
	},
	{ name: 'page furniture icon', pattern: /^[\p{S}\p{P}\s]{1,4}$/u },
];

/** The rule a line matches, or null when the line is not furniture. */
export function matchFurniture(line: string): FurnitureRule | null {
	const text = line.trim();
	if (text === '') return null;
	return furnitureRules.find((rule) => rule.pattern.test(text)) ?? null;
}

export const isFurniture = (line: string): boolean => matchFurniture(line) !== null;
