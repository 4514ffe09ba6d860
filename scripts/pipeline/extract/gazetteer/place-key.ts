/**
 * A place's name as the gazetteer keys it: without accents, apostrophes and full stops, lower
 * case, "Saint" and "St." as "st", hyphens as spaces ("Xi’an" → "xian", "St. Petersburg" and
 * "Saint Petersburg" → "st petersburg", "Nur-Sultan" → "nur sultan").
 */
export function placeKey(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’ʼ`.]/g, '')
		.replace(/[\s,-]+/g, ' ')
		.replace(/^(?:saint|sankt|san kt) /, 'st ')
		.trim();
}
