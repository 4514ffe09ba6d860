/**
 * Countries and the words news text uses for them: names, demonyms and capitals used as
 * metonyms are kept apart (a capital names a government only loosely, so it is not used).
 */
const COUNTRIES: readonly [country: string, ...words: string[]][] = [
	['China', 'Chinese', 'PRC', 'Sino'],
	['Russia', 'Russian', 'Russian Federation'],
	['United States', 'US', 'U.S.', 'USA', 'American', 'America'],
	['United Kingdom', 'UK', 'U.K.', 'British', 'Britain'],
	['Hungary', 'Hungarian'],
	['Ukraine', 'Ukrainian'],
	['Kazakhstan', 'Kazakh'],
	['Uzbekistan', 'Uzbek'],
	['Kyrgyzstan', 'Kyrgyz'],
	['Tajikistan', 'Tajik'],
	['Turkmenistan', 'Turkmen'],
	['Mongolia', 'Mongolian'],
	['North Korea', 'North Korean', 'DPRK'],
	['South Korea', 'South Korean'],
	['Japan', 'Japanese'],
	['India', 'Indian'],
	['Pakistan', 'Pakistani'],
	['Afghanistan', 'Afghan'],
	['Iran', 'Iranian'],
	['Iraq', 'Iraqi'],
	['Syria', 'Syrian'],
	['Turkey', 'Turkish', 'Türkiye'],
	['Israel', 'Israeli'],
	['Saudi Arabia', 'Saudi'],
	['United Arab Emirates', 'UAE', 'Emirati'],
	['Egypt', 'Egyptian'],
	['Ethiopia', 'Ethiopian'],
	['South Africa', 'South African'],
	['Brazil', 'Brazilian'],
	['Germany', 'German'],
	['France', 'French'],
	['Italy', 'Italian'],
	['Spain', 'Spanish'],
	['Poland', 'Polish'],
	['Serbia', 'Serbian'],
	['Belarus', 'Belarusian'],
	['Vietnam', 'Vietnamese'],
	['Philippines', 'Philippine', 'Filipino'],
	['Indonesia', 'Indonesian'],
	['Malaysia', 'Malaysian'],
	['Singapore', 'Singaporean'],
	['Thailand', 'Thai'],
	['Cambodia', 'Cambodian'],
	['Laos', 'Lao', 'Laotian'],
	['Myanmar', 'Burmese'],
	['Australia', 'Australian'],
	['Canada', 'Canadian'],
	['Taiwan', 'Taiwanese'],
	['Cuba', 'Cuban'],
	['Venezuela', 'Venezuelan'],
	['Nicaragua', 'Nicaraguan'],
	['Georgia', 'Georgian'],
	['Armenia', 'Armenian'],
	['Azerbaijan', 'Azerbaijani'],
	['Nigeria', 'Nigerian'],
	['Kenya', 'Kenyan'],
	['Tanzania', 'Tanzanian'],
	['Uganda', 'Ugandan'],
	['Rwanda', 'Rwandan'],
	['Ghana', 'Ghanaian'],
	['Senegal', 'Senegalese'],
	['Angola', 'Angolan'],
	['Mozambique', 'Mozambican'],
	['Zimbabwe', 'Zimbabwean'],
	['Zambia', 'Zambian'],
	['Namibia', 'Namibian'],
	['Sudan', 'Sudanese'],
	['Algeria', 'Algerian'],
	['Morocco', 'Moroccan'],
	['Tunisia', 'Tunisian'],
	['Libya', 'Libyan'],
	['Republic of Congo', 'Congolese', 'Congo'],
	['Djibouti', 'Djiboutian'],
	['Eritrea', 'Eritrean'],
	['Somalia', 'Somali'],
	['Qatar', 'Qatari'],
	['Kuwait', 'Kuwaiti'],
	['Oman', 'Omani'],
	['Bahrain', 'Bahraini'],
	['Yemen', 'Yemeni'],
	['Lebanon', 'Lebanese'],
	['Palestine', 'Palestinian'],
	['Bangladesh', 'Bangladeshi'],
	['Sri Lanka', 'Sri Lankan'],
	['Nepal', 'Nepalese', 'Nepali'],
	['Maldives', 'Maldivian'],
	['Moldova', 'Moldovan'],
	['Romania', 'Romanian'],
	['Bulgaria', 'Bulgarian'],
	['Greece', 'Greek'],
	['Czech Republic', 'Czech', 'Czechia'],
	['Slovakia', 'Slovak'],
	['Slovenia', 'Slovenian', 'Slovene'],
	['Croatia', 'Croatian'],
	['Bosnia and Herzegovina', 'Bosnian'],
	['Montenegro', 'Montenegrin'],
	['North Macedonia', 'Macedonian'],
	['Albania', 'Albanian'],
	['Austria', 'Austrian'],
	['Switzerland', 'Swiss'],
	['Netherlands', 'Dutch'],
	['Belgium', 'Belgian'],
	['Portugal', 'Portuguese'],
	['Ireland', 'Irish'],
	['Denmark', 'Danish'],
	['Norway', 'Norwegian'],
	['Sweden', 'Swedish'],
	['Finland', 'Finnish'],
	['Estonia', 'Estonian'],
	['Latvia', 'Latvian'],
	['Lithuania', 'Lithuanian'],
	['Mexico', 'Mexican'],
	['Argentina', 'Argentine', 'Argentinian'],
	['Chile', 'Chilean'],
	['Peru', 'Peruvian'],
	['Colombia', 'Colombian'],
	['Bolivia', 'Bolivian'],
	['Ecuador', 'Ecuadorian'],
	['New Zealand', 'New Zealander'],
];

const byWord = new Map<string, string>();
for (const [country, ...words] of COUNTRIES) {
	for (const word of [country, ...words]) byWord.set(word.toLowerCase(), country);
}

/** The country a word or phrase names ("Russian", "China’s", "US"), or null. */
export function countryOf(word: string): string | null {
	return byWord.get(word.replace(/[’']s$/, '').toLowerCase()) ?? null;
}

/**
 * Institutions whose name says whose they are, for titles that name no country: "Kremlin
 * spokesman", "secretary of the CPC Central Committee", "Pentagon press secretary".
 */
const INSTITUTIONS = new Map<string, string>([
	...['kremlin', 'duma', 'fsb', 'svr'].map((w): [string, string] => [w, 'Russia']),
	...['cpc', 'pla', 'npc', 'cppcc', 'zhongnanhai'].map((w): [string, string] => [w, 'China']),
	...['pentagon'].map((w): [string, string] => [w, 'United States']),
	['taliban', 'Afghanistan'],
]);

/** The country whose institution a word names ("Kremlin’s" → "Russia"), or null. */
export function institutionCountry(word: string): string | null {
	return INSTITUTIONS.get(word.replace(/[’']s$/, '').toLowerCase()) ?? null;
}

/** All the country names this table knows. */
export const countryNames: readonly string[] = COUNTRIES.map(([country]) => country);
