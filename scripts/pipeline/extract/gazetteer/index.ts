import { countryOf } from '../countries.ts';
import { CITIES_BY_COUNTRY } from './cities.ts';
import { placeKey } from './place-key.ts';

let countries: Map<string, string> | undefined;

/** The country each city key is in, read from the table once. */
function cityCountries(): Map<string, string> {
	if (countries) return countries;
	countries = new Map();
	for (const line of CITIES_BY_COUNTRY.split('\n')) {
		const colon = line.indexOf(':');
		const country = line.slice(0, colon);
		for (const key of line.slice(colon + 1).split('|')) countries.set(key, country);
	}
	return countries;
}

/**
 * The country a place is in: a country is its own ("Russia"); a city is looked up among the
 * world's cities (`cities.ts`, from Natural Earth): "Moscow" → "Russia", "St. Petersburg" →
 * "Russia", "Xi’an" → "China". Null for a place the table does not know ("Tunxi").
 */
export function countryOfPlace(place: string): string | null {
	if (countryOf(place) === place) return place;
	return cityCountries().get(placeKey(place)) ?? null;
}
