/**
 * Words that give a corpus its range: cooperation topics, sectors, places built from
 * syllables ("the river town of Kemerovka"), companies, projects and institutes. Built names
 * are what make a large corpus's vocabulary grow as real news does: each story brings a few
 * words no other story uses.
 */
import type { Country } from './countries.ts';
import type { Random } from './random.ts';

const words = (text: string): string[] =>
	text
		.trim()
		.split(/\s*\n\s*|\s*;\s*/)
		.filter(Boolean);

export const SECURITY_TOPICS =
	words(`terrorism; separatism; extremism; drug trafficking; cyber fraud; money laundering;
	arms smuggling; human trafficking; illegal migration; transnational organised crime; online gambling rings;
	telecoms fraud; cross-border crime; smuggling of precursor chemicals; wildlife trafficking; counterfeit medicines;
	illicit financial flows; cryptocurrency fraud; the protection of critical infrastructure; border security;
	intelligence sharing; the extradition of fugitives; counter-narcotics operations; maritime piracy;
	the security of energy pipelines; the safety of overseas workers; data security; election interference;
	"colour revolutions"; foreign interference; radicalisation online; kidnapping for ransom`);

export const ECONOMIC_TOPICS =
	words(`energy; grain exports; fertiliser supplies; rail freight; port logistics;
	semiconductors; shipbuilding; nuclear power; liquefied natural gas; rare earths; agriculture; pharmaceuticals;
	electric vehicles; satellite navigation; aviation; tourism; payment systems in national currencies;
	hydropower; copper mining; cotton; wheat; soybeans; timber; coal; steel; telecommunications equipment;
	digital infrastructure; cross-border e-commerce; textile manufacturing; machine tools; lithium processing`);

export const SECTORS =
	words(`mining; logistics; telecoms; banking; construction; railways; chemicals; shipping;
	agribusiness; software; defence electronics; solar power; wind power; cement; fisheries; dairy; aluminium`);

export const ATTACK_NOUNS = words(`attack; bombing; shooting; suicide bombing; arson attack; raid`);
export const VENUES =
	words(`concert hall; railway station; market; police station; hotel; bus terminal; shopping centre;
	mosque; checkpoint; stadium; government building; border post; university campus; cafe`);

export const PLEDGES =
	words(`deepen law enforcement cooperation; step up intelligence sharing; fight terrorism together;
	jointly combat drug trafficking; expand training for police officers; protect each other's citizens and investments;
	coordinate positions at the United Nations; strengthen border controls; safeguard the security of joint projects;
	hold regular consultations between their security agencies; share information on extremist groups;
	crack down on cross-border fraud rings; build a joint centre against cyber crime`);

export const ADJECTIVES =
	words(`unprecedented; pragmatic; comprehensive; strategic; long-standing; substantive; frank;
	constructive; fruitful; cordial; businesslike; productive; wide-ranging; difficult; detailed; close; steady`);

export const ANALYST_POSITIONS =
	words(`researcher; senior fellow; professor of international relations; analyst;
	associate professor; director of the Eurasia programme; visiting scholar; lecturer in security studies`);

const TOWN_SYLLABLES: Record<string, readonly string[]> = {
	slavic: words(
		`Kras;Novo;Belo;Zel;Sosn;Kamen;Ozer;Lip;Bor;Gor;Yar;Vol;Dub;Kurgan;Solnech;Ples;Rud;Tver;Chern;Staro`,
	),
	turkic: words(`Ak;Kara;Kyzyl;Zhana;Taldy;Ust;Sary;Bal;Ush;Tash;Kok;Shar;Ter;Aral;Zhet;Tur;Esil;Kum`),
	chinese: words(`Xin;Feng;Long;Jiang;Shan;Ping;Yang;Nan;Bei;Dong;He;Hu;An;Qing;Ning;Hai;Tai;Lian;Gu;Jin`),
	other: words(`Mar;Tal;Ben;Sor;Lan;Kel;Dor;Vel;Ran;Tor;Mes;Gal;Nor;Pal;Ser;Vin;Cor;Lum;Bar;Hal`),
};
const TOWN_ENDINGS: Record<string, readonly string[]> = {
	slavic: words(`ovka;ino;ovo;sk;gorsk;yevo;grad;insk;ets;any`),
	turkic: words(`tau;bulak;kol;abad;tobe;su;kent;dala;zhar;bek`),
	chinese: words(`zhou;ping;cheng;ning;shan;yang;kou;tang;gang;he`),
	other: words(`ara;ena;ville;ston;ova;ia;ana;ez;ino;ur`),
};

const familyOf = (country: Country): string =>
	country.names === 'slavic'
		? 'slavic'
		: country.names === 'turkic' || country.names === 'mongolian'
			? 'turkic'
			: country.names === 'chinese'
				? 'chinese'
				: 'other';

/** A town's name in a country's style ("Krasnovka", "Akbulak", "Xinzhou"), never a real list's. */
export function townName(country: Country, random: Random): string {
	const family = familyOf(country);
	const first = random.pick(TOWN_SYLLABLES[family]!);
	const middle = Array.from(
		{
			length: random.weighted([
				[0, 4],
				[1, 5],
				[2, 2],
			] as const),
		},
		() => random.pick(TOWN_SYLLABLES[family]!).toLowerCase(),
	).join('');
	return `${first}${middle}${random.pick(TOWN_ENDINGS[family]!)}`;
}

const COMPANY_PARTS =
	words(`Trans;Sino;Euro;Petro;Agro;Volga;Amur;Steppe;Silk;Baikal;Orient;Nord;Terra;Aral;Altai;
	Caspi;Pamir;Tian;Ural;Gobi;Kazan;Delta;Vector;Atlas;Meridian;Polar;Zenith;Crest;Helix;Nova`);
const COMPANY_ENDS = words(
	`com;tech;gaz;neft;rail;mash;invest;log;prom;energo;chem;stroy;tel;sat;port;grain`,
);
const COMPANY_KINDS = words(`Group;Holdings;Corporation;Company;Industrial;Logistics;Energy;Resources`);

/** A company's name built from parts ("Volgaprom Holdings"). */
export function companyName(random: Random): string {
	return `${random.pick(COMPANY_PARTS)}${random.pick(COMPANY_ENDS)} ${random.pick(COMPANY_KINDS)}`;
}

const INSTITUTE_FIELDS =
	words(`Eurasian Studies; Strategic Studies; International Security; Asia-Pacific Studies;
	Central Asian Affairs; Contemporary International Relations; Border and Ocean Studies; World Economy;
	Energy Security; Conflict Research; Silk Road Studies; Global Governance`);

/** A research institute ("Institute of Strategic Studies" or "Kemerovka Centre for Eurasian Studies"). */
export function instituteName(random: Random, town: string): string {
	const field = random.pick(INSTITUTE_FIELDS);
	return random.chance(0.5) ? `Institute of ${field}` : `${town} Centre for ${field}`;
}

const PROJECT_KINDS =
	words(`railway; gas pipeline; power plant; dry port; industrial park; highway; dam; refinery;
	logistics hub; fibre-optic line; copper mine; grain terminal; free trade zone; solar farm`);

/** A project near a town ("a railway near Akbulak"), with its kind. */
export function projectKind(random: Random): string {
	return random.pick(PROJECT_KINDS);
}

const FORUM_TOPICS = words(`Security Issues; Counter-terrorism; Law Enforcement Cooperation; Border Security;
	Drug Control; Cyber Security; Regional Security; Public Security; Information Security`);
const FORUM_KINDS = words(`International Meeting of High Representatives for; Forum on; Conference on;
	Ministerial Meeting on; Dialogue on`);

/** A recurring conference's name ("Forum on Border Security"). */
export function forumName(random: Random): string {
	return `${random.pick(FORUM_KINDS)} ${random.pick(FORUM_TOPICS)}`;
}

/** "10th", "21st", "3rd". */
export function ordinal(n: number): string {
	const teen = n % 100 >= 11 && n % 100 <= 13;
	const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
	return `${n}${suffix}`;
}

const NUMBER_WORDS = words(`zero;one;two;three;four;five;six;seven;eight;nine;ten;eleven;twelve`);

/** "three" for small numbers, digits otherwise. */
export const numberWord = (n: number): string => NUMBER_WORDS[n] ?? String(n);

export const OCCUPATIONS =
	words(`shopkeeper; lorry driver; schoolteacher; customs broker; welder; taxi driver; nurse;
	farmer; fisherman; student; pensioner; market trader; engineer; mechanic; accountant; restaurant owner; baker;
	tour guide; construction worker; pharmacist; electrician; warehouse manager; truck dispatcher; tailor; carpenter;
	interpreter; bus driver; cotton grower; miner; security guard; journalist; doctor; lawyer; hotel receptionist;
	railway worker; dock worker; shepherd; beekeeper; software developer; car dealer; herbalist; cattle trader`);

const SCENE_PLACES =
	words(`bazaar; border crossing; railway yard; container terminal; checkpoint; riverside promenade;
	bus depot; wholesale market; customs hall; truck stop; grain elevator; fish market; caravanserai; tea house;
	industrial estate; river port; airfield; motorway junction; ferry landing; cattle market; night market; mosque square;
	cathedral square; university district; old town; power station; cement works; brickworks; orchard; vineyard`);

const SCENE_SIGHTS =
	words(`armoured vehicles; queues of lorries; police patrols; sniffer dogs; new surveillance cameras;
	half-built warehouses; freshly painted banners; empty stalls; convoys of tankers; stacks of shipping containers;
	scaffolding; rows of cranes; closed shutters; temporary fences; portraits of the two leaders; flags of both countries;
	construction hoardings; crowds of onlookers; busloads of tourists; idling minibuses; piles of watermelons`);

const SCENE_FEELINGS =
	words(`cautious optimism; weary scepticism; quiet pride; open frustration; indifference;
	nervousness; curiosity; resignation; enthusiasm; unease; bemusement; impatience`);

const DISTRICT_WORDS = words(
	`district; quarter; suburb; neighbourhood; township; county; prefecture; municipality`,
);

/** A scene in a town where the story is felt, with a resident and their words. */
export function sceneParts(random: Random): {
	place: string;
	sight: string;
	feeling: string;
	occupation: string;
	district: string;
} {
	return {
		place: random.pick(SCENE_PLACES),
		sight: random.pick(SCENE_SIGHTS),
		feeling: random.pick(SCENE_FEELINGS),
		occupation: random.pick(OCCUPATIONS),
		district: random.pick(DISTRICT_WORDS),
	};
}
