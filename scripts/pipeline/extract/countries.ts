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
];

const byWord = new Map<string, string>();
for (const [country, ...words] of COUNTRIES) {
	for (const word of [country, ...words]) byWord.set(word.toLowerCase(), country);
}

/** The country a word or phrase names ("Russian", "China’s", "US"), or null. */
export function countryOf(word: string): string | null {
	return byWord.get(word.replace(/[’']s$/, '').toLowerCase()) ?? null;
}

/** All the country names this table knows. */
export const countryNames: readonly string[] = COUNTRIES.map(([country]) => country);
