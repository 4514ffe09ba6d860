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
const TIME_ZONE = String.raw`(?:\s+[A-Z]{2,5}(?:\s*[+-]\d{1,2}(?::?\d{2})?)?)`;
const CLOCK_TIME = String.raw`(?:at\s+)?\d{1,2}[.:]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?${TIME_ZONE}?`;
const CLOCK = String.raw`(?:\s*[,:]?\s*${CLOCK_TIME})?`;
const TIME_UNIT = String.raw`(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?|years?)`;
/** A calendar date in words or figures: "Tue Apr 15, 2014", "16 May 2019", "30/03/2022", "2018-05-22". */
const DATE = String.raw`(?:(?:${WEEKDAY}\s*)?(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\s*,?|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\s*,?)\s*\d{4}|\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?|\d{1,2}[./]\d{1,2}[./]\d{2,4})`;
/** "Published on", "Last Modified:", "updated at:", "Issued on:", "Date": what a page prints before its time stamps. */
const STAMP_LABEL = String.raw`(?:(?:first |last )?(?:published|updated?|posted|modified|created|issued)|date)(?:\s+(?:on|at))?\s*(?::|\s[–-])?\s*`;
/** One piece of a time stamp: a date with its time, or a time alone. */
const STAMP = String.raw`(?:${STAMP_LABEL})?(?:${DATE}${CLOCK}|${CLOCK_TIME})`;
/** A stamp's first piece has a date or a label: a time alone ("02:46") is a video's length. */
const FIRST_STAMP = String.raw`(?:(?:${STAMP_LABEL})?${DATE}${CLOCK}|${STAMP_LABEL}${CLOCK_TIME})`;
/** What parts a time stamp's pieces: "MARCH 22, 2013 / 3:47 PM / 12 YEARS AGO", "… - 10:05 • Updated …". */
const STAMP_SEPARATOR = String.raw`\s*(?:[/|•·,]|\s[–-])\s*`;
/** Languages as their speakers name them, as language menus list them. */
const ENDONYM = String.raw`(?:english|deutsch|français|francais|español|espanol|português|portugues|italiano|русский|українська|中文|简体中文|繁體中文|日本語|한국어|العربية|عربي|فارسی|türkçe|polski|nederlands|română|magyar|čeština|ελληνικά|srpski|hrvatski|bosanski|shqip|български|македонски|हिन्दी|বাংলা|اردو|bahasa indonesia|bahasa melayu|kiswahili|tiếng việt|ไทย)`;
/** Words a page's sharing, printing and closing buttons are made of. */
const WIDGET_WORD = String.raw`(?:share|tweet|e-?mail|mail|print|send|save|copy|link|permalink|close|back|to|top|this|article|story|page|feedback|facebook|twitter|google\+|linkedin|whatsapp|telegram|reddit|pinterest|vk|weibo|wechat|messenger|flipboard|player|video|on|via|url|copied|like|restack)`;

export const furnitureRules: readonly FurnitureRule[] = [
	{
		name: 'ad label',
		pattern:
			/^(?:advertisement(?:\s*[·|•:–-]\s*.{0,40})?|(?:before|after|skip past|end of) (?:newsletter )?promotion|advertising|sponsored(?: content| by .{1,40})?|promoted|ad|ads by .{1,40}|story continues(?: below(?: this)? ad(?:vertisement)?)?|continue reading below|scroll to continue(?: with content)?|ad feedback)$/i,
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
			/^(?:listen(?: to)?(?: this)?(?: article| story)?(?:\s*\(?\d+:\d{2}\)?)?|select voice|choose (?:your )?(?:listening|playback|reading) speed|get through articles? \d+(?:\.\d+)?x faster|(?:playback|listening) speed|\d(?:\.\d+)?x|\d+ wpm|slow|average|fast|normal|play|pause|audio is ai[- ]generated.*|voice(?:d)? by .{1,40}|heard on .{1,60}|press play to listen\b.{0,40}|listen\s*[·•|-]\s*\d{1,2}:\d{2}|\d+-minute listen|playlist|download|embed|transcript)$/i,
	},
	{
		// "I would like to be emailed about offers, events and updates from …": a sign-up form's box
		name: 'consent notice',
		pattern: /^i(?:['’]d| would) like to (?:be emailed|receive|get)\b.{0,240}$/i,
	},
	{
		// "Get bite-sized news via a new cards interface. Give it a try.": the site promoting itself
		name: 'site promotion',
		pattern: /^(?=.{0,200}$).{0,160}\b(?:give it a try|try it now|try it out)\b[.!]?$/i,
	},
	{
		// "Read a summary of this article on FAST.": a page's summary widget
		name: 'summary widget',
		pattern: /^read a summary of this (?:article|story)\b.{0,40}$/i,
	},
	{
		name: 'trust badge',
		pattern:
			/^(?:why you can trust .{1,40}|trust(?:ed)? (?:project|indicators?|journalism)|(?:verified|fact[- ]checked)(?: by .{1,40})?|our standards:?.{0,80}|the trust project)$/i,
	},
	{
		// A cookie banner's heading and buttons, and its text: cookies or a privacy policy, and the
		// reader's agreement to them, said to the reader ("you", "we") unless it is one short line.
		name: 'consent notice',
		pattern:
			/^(?:we (?:value|respect|care about) your privacy|your privacy(?: choices| settings)?|manage (?:preferences|cookies|consent|settings|choices)|(?:accept|reject|allow|refuse)(?: all)?(?: cookies)?|ok(?:ay)?|got it|i (?:agree|accept)|agree and close|(?=.*\b(?:cookies?|privacy policy|terms (?:of (?:use|service)|and conditions))\b)(?=.*\b(?:agree\w*|accept\w*|consent\w*|subscri\w*|sign(?:ing)? up|continu\w* to (?:browse|use)|partners|personali[sz]\w*)\b)(?:(?=.*\b(?:you|your|we|our)\b).{0,300}|.{0,60}))\.?$/i,
	},
	{
		// "Choose from 30 Languages", "English", "Русская версия", "Edition: United States"
		name: 'language menu',
		pattern: new RegExp(
			String.raw`^(?:${ENDONYM}|(?:choose|select|change)(?: from)?(?: \d+)? languages?|languages?|(?:[\p{L}]+ )?(?:version|edition|версия)(?: (?:in|на) [\p{L}]+)?|editions?\s*:\s*[\p{L} .]{1,30})$`,
			'iu',
		),
	},
	{
		name: 'empty byline',
		pattern:
			/^(?:(?:first |last )?(?:published|updated|posted|modified)|by|on|at|written by|author|source)(?:\s+(?:on|at|by|:))?\s*:?$/i,
	},
	{
		name: 'byline',
		pattern: new RegExp(
			String.raw`^by\s+${NAME}(?:(?:,| and| &) ${NAME})*(?:, \p{Lu}[\p{L}.&'’/-]*(?: \p{Lu}[\p{L}.&'’/-]*){0,3})?(?: with \p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){0,2})?(?:,? (?:in|reporting from) \p{Lu}[\p{L} ]{1,30}?)?(?:,? on ${DATE}${CLOCK})?$`,
			'iu',
		),
	},
	{
		name: 'byline',
		pattern:
			/^(?:by )?[\p{L} .,'’&-]{0,40}\b(?:staff (?:writers?|reporters?)|(?:special |foreign |our )?correspondents?|news (?:desk|staff)|wire services?|agencies)$/iu,
	},
	{
		// "Article by: Daria Morozova, Associated Press", "By North Asia correspondent Jane Doe and
		// political reporter John Roe in Tokyo": a byline that says who the writers are
		name: 'byline',
		pattern:
			/^(?:(?:article|story|report|words|text) by:?\s+.{2,80}|by\s+(?:[\p{L}.'’-]+\s+){0,6}(?:correspondents?|reporters?|editors?|writers?|journalists?)\s.{2,100})$/iu,
	},
	{
		// "Jane Doe in Moscow and John Roe in Beijing": reporters and where they write from
		name: 'byline',
		pattern: new RegExp(
			String.raw`^${NAME} (?:in|reporting from) \p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?(?:,? and ${NAME} (?:in|reporting from) \p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)+$`,
			'u',
		),
	},
	{
		// "By Reuters", "By AFP": an agency for a byline
		name: 'byline',
		pattern: /^[Bb]y \p{Lu}[\p{L}.&'’/-]+$/u,
	},
	{
		// "Jane Harker, Associated Press": a reporter's name and the agency or paper they write for
		name: 'byline',
		pattern: new RegExp(
			String.raw`^${NAME}, [\p{L} .&'’-]{0,30}\b(?:[Pp]ress|[Nn]ews(?: [Aa]gency)?|[Aa]gency|[Ww]ire|PRESS|NEWS|AGENCY)$`,
			'u',
		),
	},
	{
		// "World | Tue Apr 15, 2014 7:12am EDT", "Published on 30/03/2022 - 10:05 • Updated …":
		// nothing but dates and times, maybe after a section name
		name: 'date stamp',
		pattern: new RegExp(
			String.raw`^(?:[\p{L}&]+(?: [\p{L}&]+){0,2}\s*\|\s*)?${FIRST_STAMP}(?:${STAMP_SEPARATOR}(?:${STAMP}|${WORD_NUMBER}\s+${TIME_UNIT}\s+ago))*(?:\s*\(${STAMP}\))?$`,
			'iu',
		),
	},
	{
		name: 'source line',
		pattern:
			/^(?:source|editor|web editor|responsible editor|author|reporter|photographer|photo editor)(?:s|\(s\))?\s*[:：]\s*.{1,60}$/i,
	},
	{
		name: 'credit line',
		pattern:
			/^\(?(?:(?:additional )?reporting|reported|writing|written(?: in english)?|editing|compiled|produced|translated|edited) by\b.{1,150}$/i,
	},
	{
		name: 'credit line',
		pattern: /^.{3,80}\bcontributed (?:to )?(?:this )?(?:report|story|article)(?:ing)?\.?$/i,
	},
	{
		name: 'credit line',
		pattern: /^\(?with (?:additional )?inputs? from [^()]{1,60}\)?\.?$/i,
	},
	{
		// A wire editor's initials and sources under the story: "mkg/se (AFP, Reuters, dpa)"; "Enditem"
		name: 'sign-off',
		pattern: /^(?:[a-z]{1,4}(?:\/[a-z]{1,4})+(?:\s*\([^()]{1,60}\))?|enditem|\(end\)|-30-)$/,
	},
	{
		name: 'comment prompt',
		pattern:
			/^(?:comments?(?: \(\d+\))?|\d+ comments?|no comments(?: yet)?\.*|(?:leave|post|add|write) a (?:reply|comment)|(?:be the first to|join the conversation|join the discussion)(?: .{0,40})?|show comments|view comments|comment on this (?:story|article)|(?:have|share) your say|discussion about this (?:post|article|story)|(?:blog )?comments? (?:powered|hosted) by .{1,30}|powered by .{1,30}|your email(?: address)? will not be published.{0,80}|required fields are marked.{0,10})$/i,
	},
	{
		name: 'read more',
		pattern:
			/^(?:read (?:more|next|also|the full (?:story|article))|see more|show more|load more|more from .{1,40}|continue reading|click here(?: .{0,40})?|keep reading)\.*:?$/i,
	},
	{
		name: 'subscription appeal',
		pattern:
			/^(?:(?:sign up|subscribe|register)(?: (?:now|today|here|for (?:free|our|the) .{0,60}|to .{0,60}))?|get (?:more|unlimited access|the (?:latest|best) .{0,40}) with .{1,40}|learn more|log ?in(?: to .{0,40})?|already (?:a subscriber|have an account)\??.*|enjoying (?:this|our) (?:article|story|journalism)\?.{0,160}|thanks for reading\b.{0,160}|a personali[sz]ed news feed.{0,60}|(?:sign up|subscribe|get|receive|join|don['’]t miss|never miss)\b.{0,80}\b(?:newsletters?|briefings?|alerts|updates|inbox|emails?)\b.{0,80}|(?=.*\bsubscri\w*)(?=.*\b(?:please )?contact us\b).{0,320}|(?:subscribe|become a (?:subscriber|member)|support (?:our|independent) journalism)\b.{0,80}|download (?:the|our) app.{0,40}|follow us(?: on .{1,40})?|share (?:this )?(?:article|story)?|share|save|print|email|copy link|(?:link )?copied)$/i,
	},
	{
		// "Our readers risk prosecution for donating to us. If you can, please support Meduza.": an
		// outlet asking its readers for money, in its own voice ("us", "our").
		name: 'donation appeal',
		pattern: /^(?=.{0,400}$)(?=.*\bdonat\w*)(?=.*\b(?:us|our)\b)(?=.*\b(?:support|journalism)\b).*$/i,
	},
	{
		// "Daily Sabah Newsletter"; a blurb that speaks to the reader about their inbox, an email
		// or subscribing: "The stories that matter, in your inbox every morning."
		name: 'newsletter appeal',
		pattern:
			/^(?:[\p{L}’' ]{0,40}\bnewsletters?|support (?:us|\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,3})!?|(?!.*[“”"])(?=.*\b(?:you|your)\b)(?=.*\b(?:inbox|newsletters?|e-?mails?|subscri\w*|sign(?:ing)? up|unsubscribe)\b).{0,200})$/iu,
	},
	{
		// "Click to share on X (Opens in new window)", "Click to email a link to a friend"
		name: 'share widget',
		pattern: /^click to (?:share|email|print|copy)\b.{0,60}$/i,
	},
	{
		// "Unlock the Editor’s Digest for free": a paywall's offer
		name: 'subscription appeal',
		pattern: /^unlock (?:the|this|your|our|free|unlimited)\b.{0,60}$/i,
	},
	{
		// "What we covered here", "Key developments on June 17:": a live page's labels for its summary
		name: 'section label',
		pattern:
			/^(?:what we(?:['’]re| are)? cover(?:ed|ing)(?: here)?|what (?:you|we) (?:need to )?know|key (?:points|developments|events|takeaways)|the latest|highlights|in brief|at a glance)(?: (?:on|for|from|so far)\b.{0,30})?:?$/i,
	},
	{
		// "Share this with Facebook", "Share this with Email": the BBC's sharing buttons
		name: 'share widget',
		pattern: /^share (?:this|the story|article) (?:with|on|via) [\p{L}+ ]{2,20}$/iu,
	},
	{
		// "Email Article", "Tweet this", "Send Facebook Twitter Google+", "Back to Top Close"
		name: 'share widget',
		pattern: new RegExp(
			String.raw`^${WIDGET_WORD}+(?:[\s:|/,]+${WIDGET_WORD}+){0,5}:?$|^(?:send (?:us )?(?:your )?feedback|feedback)(?:\s*:\s*.{0,60})?\.?$`,
			'i',
		),
	},
	{
		name: 'link line',
		pattern: /^(?:(?:permalink|short ?link|link|url)\s*:?\s*)?(?:https?:\/\/|www\.)\S+$/i,
	},
	{
		// "Home » Diplomacy » Doval, Wang Yi revive border talks": where the page sits in the site
		name: 'breadcrumb',
		pattern: /^(?:home|start|main)\s*[»›>|/]\s*.{1,200}$/i,
	},
	{
		// "Jane Doe is a journalist based in Almaty.", "Li Wei is a research fellow in the Lowy
		// Institute's security programme, …": the writer's note under the story
		name: 'author note',
		pattern:
			/^(?!.*\b(?:who|said|says|told|added|warned)\b)(?:\p{Lu}[\p{L}'’.-]+ ){1,3}is an? (?:[\p{L}-]+ ){0,3}(?:journalist|reporter|correspondent|writer|editor|columnist|contributor|fellow|researcher)\b(?: (?:based|at|in|with|for|of)\b.{0,200})?\.?$/u,
	},
	{
		// "Like Pakistan on Facebook, follow @ETribune on Twitter …", "Join ST's Telegram channel …"
		name: 'social appeal',
		pattern:
			/^(?:like|follow|join)\b.{0,60}\b(?:facebook|twitter|telegram|whatsapp|instagram|youtube|linkedin)\b.{0,160}$/i,
	},
	{
		// "Check if you already have access through your university or organisation."; "Want more
		// analysis from POLITICO? POLITICO Pro is our premium …": a paywall's or a product's offer
		name: 'subscription appeal',
		pattern: /^(?:check if you (?:already )?have access\b.{0,100}|want more\b[^?]{0,80}\?.{0,400})$/i,
	},
	{
		// "India needs journalism that is fair … depends on readers like you"; "… is funded by readers
		// who believe independent journalism … matters": an outlet asking its readers for support
		name: 'donation appeal',
		pattern:
			/^(?=.{0,500}$)(?=.*\bjournalism\b)(?=.*\b(?:readers like you|(?:funded|supported) by (?:its |our )?readers|depends? on (?:its |our )?readers)\b).*$/i,
	},
	{
		// "Transcripts on this site are produced on a tight deadline …"; "We have migrated to a new
		// commenting platform …"; "This article was updated to include …": notes about the page
		name: 'page note',
		pattern:
			/^(?:transcripts? (?:on this site )?(?:are|is) (?:produced|provided|created)\b.{0,300}|we have (?:migrated|moved) to a new comment(?:ing)? (?:platform|system)\b.{0,400}|this (?:article|story|report) (?:was|has been) updated\b.{0,200})$/i,
	},
	{
		// "This article was originally published by …"; "The views expressed are the author’s own."
		name: 'republication note',
		pattern:
			/^(?:this (?:article|story|piece|post) (?:was|has been|is) (?:originally |first )?(?:published|posted|republished)\b.{0,120}|read the original (?:article|story)\b.{0,80}|the (?:views|opinions) expressed (?:in this (?:article|piece|column|post) )?are (?:those of )?the authors?['’]?s?\b.{0,120})$/i,
	},
	{
		// "Tags: …", "Posted in: DIPLOMACY", "Read more about: …", "Keywords", "Related Subjects"
		name: 'tag line',
		pattern:
			/^(?:(?:tags?|topics?|keywords?|hashtags?|categor(?:y|ies)|filed under|posted in|(?:read )?more about)\s*:\s*.{1,200}|keywords?|related (?:subjects|tags|keywords)|browse (?:today['’]s )?(?:tags|topics))$/i,
	},
	{
		name: 'section label',
		pattern:
			/^(?:hashtags?|tags?|topics?|related topics|explore more on (?:these|this) topics?|filed under:?.*|most (?:read|popular|viewed|shared)|trending(?: now)?|top stories|latest(?: news)?(?: (?:on|from|in) .{1,40})?|exit mobile version|skip to (?:main )?content|menu|home|search|back to top|reuse this content|try our ai features|explore what .{1,40} can do for you:?|from the section .{1,40})$/i,
	},
	{
		name: 'copyright notice',
		pattern:
			/^(?:(?:copyright|©|\(c\))\s*.{0,80}|(?:©|copyright\s*©?\s*\d{4}).{0,240}|.{0,120}\ball rights reserved\b.{0,160}|[\p{L}\d .™®&-]{1,40}(?:©|\(c\)|copyright)\s*\d{4}\b.{0,120})$/iu,
	},
	{
		// "Бинокль и рукопожатия: …": a line in another script, on a page in English (a subtitle
		// in the outlet's own language, a menu)
		name: 'foreign-language line',
		pattern:
			/^(?=(?:[^\p{L}]*[\p{L}--\p{Script=Latin}]){8})(?!.*\p{Script=Latin}{3}.*\p{Script=Latin}{3}.*\p{Script=Latin}{3}).*$/v,
	},
	{
		// "Download our app to receive breaking news alerts …", "Get the app"
		name: 'app appeal',
		pattern:
			/^(?:download|get|install)\s+(?:our|the)\s+(?:\p{L}+\s+)?app(?:\s*[.!]?|\s+(?:to|for|and|now|today|here)\b.{0,120})$/iu,
	},
	{
		// "Contact reporter Jane Doe (jane@example.com) and editor …": the newsroom's addresses
		name: 'contact line',
		pattern: /^contact (?:the )?(?:reporter|editor|author|writer|us)\b.{0,200}$/iu,
	},
	{
		// "Found an error? Select it and press Ctrl+Enter": a page's error-report prompt
		name: 'error report prompt',
		pattern:
			/^(?:(?:found|noticed|spotted|see) an? (?:error|mistake|typo)\??\s*)?.{0,60}\bctrl\s*\+\s*enter\b.{0,60}$/iu,
	},
	{
		// "From CNN’s Ollie Marsh": a live blog entry's byline
		name: 'byline',
		pattern:
			/^[Ff]rom (?:\p{Lu}[\p{L}.&-]*\s){0,3}\p{Lu}[\p{L}.&-]*[’']s? (?:\p{Lu}[\p{L}’'.-]*(?: |$)){1,4}(?:and \p{Lu}[\p{L}’'.-]*(?: \p{Lu}[\p{L}’'.-]*){0,3})?$/u,
	},
	{
		name: 'privacy notice',
		pattern: /^(?:privacy (?:notice|policy)|cookie (?:policy|settings))\b.{0,240}$/i,
	},
	{ name: 'video duration', pattern: /^(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*(?:mins?|minutes?))?$/i },
	// "41", "1.2k"; "0 41 0 0", a row of share and comment counts
	{ name: 'stray counter', pattern: /^[\d.,]{1,7}[km]?(?:\s+[\d.,]{1,7}[km]?){0,5}$/i },
	{
		// "KYODO NEWS - Sep 12, 2018 - 20:47 | World, All", "17:42 03.09.2015 (updated 18:26
		// 03.09.2015) Get short URL": a short line with a clock time and a date, few words else, that
		// ends no sentence
		name: 'date stamp',
		pattern:
			/^(?=.{0,100}$)(?!.*[.!?]$)(?!(?:.*\b[a-z]{3,}\b){3})(?=.*\b\d{1,2}:\d{2}\b)(?=.*(?:\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*,?\s+\d{4}\b)).*$/,
	},
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
