/**
 * The countries stories happen in: how reports name them, their cities, their state news
 * agency, their naming tradition, and the offices their officials hold.
 */
import type { NameStyleName } from './names.ts';

export interface Country {
	name: string;
	/** "Russian", "Chinese". */
	adjective: string;
	/** "Russia's", with the article when the name needs one ("the Philippines'"). */
	possessive: string;
	capital: string;
	/** Other cities, for meetings outside the capital. */
	cities: readonly string[];
	/** The news agency reports quote ("Tass"), or null. */
	agency: string | null;
	names: NameStyleName;
	/** The body the country's security chief heads, for "who heads the …" and "secretary of the …". */
	securityBody: string;
}

/** Names news writes differently before a title: "US defence chief", "Britain's top diplomat". */
const POSSESSIVES: Record<string, string> = {
	'United States': 'US',
	'United Kingdom': "Britain's",
	'United Arab Emirates': "the UAE's",
};

const c = (
	name: string,
	adjective: string,
	capital: string,
	cities: string,
	agency: string | null,
	names: NameStyleName,
	securityBody = 'National Security Council',
): Country => ({
	name,
	adjective,
	possessive: POSSESSIVES[name] ?? (name.endsWith('s') ? `${name}'` : `${name}'s`),
	capital,
	cities: cities.split(', '),
	agency,
	names,
	securityBody,
});

export const COUNTRIES: readonly Country[] = [
	c(
		'China',
		'Chinese',
		'Beijing',
		'Shanghai, Guangzhou, Shenzhen, Xiamen, Urumqi, Harbin, Kunming, Chengdu, Wuhan, Xian',
		'Xinhua',
		'chinese',
		'Central Political and Legal Affairs Commission',
	),
	c(
		'Russia',
		'Russian',
		'Moscow',
		'St Petersburg, Kazan, Vladivostok, Sochi, Novosibirsk, Yekaterinburg, Khabarovsk, Irkutsk',
		'Tass',
		'slavic',
		'Security Council',
	),
	c(
		'Kazakhstan',
		'Kazakh',
		'Astana',
		'Almaty, Shymkent, Aktobe, Karaganda, Aktau',
		'Kazinform',
		'turkic',
		'Security Council',
	),
	c(
		'Uzbekistan',
		'Uzbek',
		'Tashkent',
		'Samarkand, Bukhara, Andijan, Namangan',
		'UzA',
		'turkic',
		'Security Council',
	),
	c('Kyrgyzstan', 'Kyrgyz', 'Bishkek', 'Osh, Karakol, Jalal-Abad', 'Kabar', 'turkic', 'Security Council'),
	c('Tajikistan', 'Tajik', 'Dushanbe', 'Khujand, Kulob, Bokhtar', 'Khovar', 'turkic', 'Security Council'),
	c('Mongolia', 'Mongolian', 'Ulaanbaatar', 'Erdenet, Darkhan, Choibalsan', 'Montsame', 'mongolian'),
	c(
		'Hungary',
		'Hungarian',
		'Budapest',
		'Debrecen, Szeged, Pecs, Gyor',
		'MTI',
		'hungarian',
		'Defence Council',
	),
	c('Serbia', 'Serbian', 'Belgrade', 'Novi Sad, Nis, Kragujevac', 'Tanjug', 'slavic'),
	c('Belarus', 'Belarusian', 'Minsk', 'Brest, Gomel, Grodno, Vitebsk', 'Belta', 'slavic', 'Security Council'),
	c(
		'India',
		'Indian',
		'New Delhi',
		'Mumbai, Bengaluru, Chennai, Kolkata, Hyderabad, Goa',
		'PTI',
		'indian',
		'National Security Council Secretariat',
	),
	c(
		'Pakistan',
		'Pakistani',
		'Islamabad',
		'Karachi, Lahore, Peshawar, Quetta, Gwadar',
		'APP',
		'pakistani',
		'National Security Division',
	),
	c(
		'Iran',
		'Iranian',
		'Tehran',
		'Isfahan, Mashhad, Tabriz, Shiraz, Bandar Abbas',
		'IRNA',
		'persian',
		'Supreme National Security Council',
	),
	c('Turkey', 'Turkish', 'Ankara', 'Istanbul, Izmir, Antalya, Gaziantep', 'Anadolu', 'turkish'),
	c('Egypt', 'Egyptian', 'Cairo', 'Alexandria, Port Said, Sharm el-Sheikh, Luxor', 'MENA', 'arabic'),
	c('Saudi Arabia', 'Saudi', 'Riyadh', 'Jeddah, Dammam, Neom', 'SPA', 'arabic'),
	c(
		'United Arab Emirates',
		'Emirati',
		'Abu Dhabi',
		'Dubai, Sharjah',
		'WAM',
		'arabic',
		'Supreme Council for National Security',
	),
	c('Ethiopia', 'Ethiopian', 'Addis Ababa', 'Dire Dawa, Bahir Dar, Mekelle', 'ENA', 'african'),
	c(
		'South Africa',
		'South African',
		'Pretoria',
		'Johannesburg, Cape Town, Durban',
		'SAnews',
		'african',
		'State Security Agency',
	),
	c('Nigeria', 'Nigerian', 'Abuja', 'Lagos, Kano, Port Harcourt, Ibadan', 'NAN', 'african'),
	c('Kenya', 'Kenyan', 'Nairobi', 'Mombasa, Kisumu, Nakuru', 'KNA', 'african', 'National Security Council'),
	c(
		'Brazil',
		'Brazilian',
		'Brasilia',
		'Sao Paulo, Rio de Janeiro, Salvador, Recife, Manaus',
		'Agencia Brasil',
		'lusophone',
		'Institutional Security Office',
	),
	c(
		'Indonesia',
		'Indonesian',
		'Jakarta',
		'Surabaya, Bandung, Medan, Makassar, Denpasar',
		'Antara',
		'malay',
		'Coordinating Ministry for Political and Security Affairs',
	),
	c(
		'Malaysia',
		'Malaysian',
		'Kuala Lumpur',
		'Penang, Johor Bahru, Kuching, Kota Kinabalu',
		'Bernama',
		'malay',
	),
	c(
		'Vietnam',
		'Vietnamese',
		'Hanoi',
		'Ho Chi Minh City, Da Nang, Hai Phong, Can Tho',
		'VNA',
		'vietnamese',
		'Central Public Security Party Committee',
	),
	c('Cambodia', 'Cambodian', 'Phnom Penh', 'Siem Reap, Sihanoukville, Battambang', 'AKP', 'malay'),
	c('Thailand', 'Thai', 'Bangkok', 'Chiang Mai, Phuket, Khon Kaen', 'TNA', 'malay'),
	c(
		'Japan',
		'Japanese',
		'Tokyo',
		'Osaka, Nagoya, Fukuoka, Sapporo, Hiroshima',
		'Kyodo',
		'japanese',
		'National Security Secretariat',
	),
	c(
		'South Korea',
		'South Korean',
		'Seoul',
		'Busan, Incheon, Daegu, Gwangju',
		'Yonhap',
		'korean',
		'National Security Office',
	),
	c(
		'Germany',
		'German',
		'Berlin',
		'Munich, Hamburg, Frankfurt, Cologne, Leipzig',
		'DPA',
		'german',
		'Federal Security Council',
	),
	c(
		'France',
		'French',
		'Paris',
		'Marseille, Lyon, Toulouse, Strasbourg, Lille',
		'AFP',
		'french',
		'General Secretariat for Defence and National Security',
	),
	c(
		'United Kingdom',
		'British',
		'London',
		'Manchester, Birmingham, Edinburgh, Glasgow, Cardiff',
		null,
		'english',
	),
	c(
		'United States',
		'US',
		'Washington',
		'New York, San Francisco, Honolulu, Chicago, Houston',
		null,
		'english',
	),
	c(
		'Australia',
		'Australian',
		'Canberra',
		'Sydney, Melbourne, Perth, Brisbane, Darwin',
		null,
		'english',
		'National Security Committee',
	),
	c('Azerbaijan', 'Azerbaijani', 'Baku', 'Ganja, Sumgait, Lankaran', 'Azertac', 'turkic', 'Security Council'),
	c('Armenia', 'Armenian', 'Yerevan', 'Gyumri, Vanadzor', 'Armenpress', 'slavic', 'Security Council'),
];

/** A country's name in running text: "the United States", "Russia". */
export const named = (country: Country): string =>
	/^(?:United|Philippines)/.test(country.name) ? `the ${country.name}` : country.name;

/** Weight of each country in stories: this corpus is about China, Russia and their partners. */
export const COUNTRY_WEIGHT = (country: Country): number =>
	country.name === 'China' || country.name === 'Russia'
		? 8
		: ['Kazakhstan', 'Iran', 'India', 'United States'].includes(country.name)
			? 2
			: 1;

/** An office an official holds. `title` goes before a name, capitalised ("Interior Minister"). */
export interface Office {
	title: string;
	/** The office in lower case, after a country's possessive ("Russia's top diplomat"). */
	description: string;
	/** The area the office works on, for what officials talk about. */
	area: 'security' | 'diplomacy' | 'defence' | 'economy' | 'justice';
	/** Formal form with "of", for "was appointed Minister of Public Security". */
	formal: string;
}

const office = (title: string, description: string, area: Office['area'], formal = title): Office => ({
	title,
	description,
	area,
	formal,
});

export const OFFICES: readonly Office[] = [
	office(
		'Security Council Secretary',
		'top security official',
		'security',
		'secretary of the Security Council',
	),
	office('Interior Minister', 'interior minister', 'security', 'Minister of Internal Affairs'),
	office('Public Security Minister', 'police chief', 'security', 'Minister of Public Security'),
	office('State Security Minister', 'spy chief', 'security', 'Minister of State Security'),
	office(
		'Intelligence Chief',
		'intelligence chief',
		'security',
		'director of the Foreign Intelligence Service',
	),
	office('National Security Adviser', 'national security adviser', 'security'),
	office(
		'Counter-terrorism Chief',
		'counter-terrorism chief',
		'security',
		'head of the National Anti-Terrorism Committee',
	),
	office('Prosecutor General', 'chief prosecutor', 'justice'),
	office('Justice Minister', 'justice minister', 'justice', 'Minister of Justice'),
	office('Foreign Minister', 'top diplomat', 'diplomacy', 'Minister of Foreign Affairs'),
	office('Deputy Foreign Minister', 'deputy foreign minister', 'diplomacy'),
	office('Defence Minister', 'defence chief', 'defence', 'Minister of Defence'),
	office('Chief of General Staff', 'military chief', 'defence', 'chief of the general staff'),
	office('Trade Minister', 'trade minister', 'economy', 'Minister of Commerce'),
	office('Energy Minister', 'energy minister', 'economy', 'Minister of Energy'),
	office('Deputy Prime Minister', 'deputy prime minister', 'economy'),
	office('Emergencies Minister', 'emergencies minister', 'security', 'Minister for Emergency Situations'),
	office('Border Service Chief', 'border guard chief', 'security', 'head of the Border Service'),
];
