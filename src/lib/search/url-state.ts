import type { SearchQuery, SearchResponse } from './query.ts';
import { isSearchType, searchTypeLabels } from './types.ts';

/**
 * Read a search from a page address's parameters: `q`, `type`, `official` and `year`
 * (/search/?q=patrushev&type=meeting&official=chen-wenqing&year=2024). Values that cannot be right —
 * an unknown type, a year that is not four digits, an id that is not a slug — are ignored.
 */
export function readSearchParams(params: URLSearchParams): SearchQuery {
	const type = params.get('type') ?? '';
	const official = params.get('official') ?? '';
	const year = params.get('year') ?? '';
	return {
		q: params.get('q') ?? '',
		...(isSearchType(type) && { type }),
		...(/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(official) && { official }),
		...(/^\d{4}$/.test(year) && { year: Number(year) }),
	};
}

/**
 * Write a search as page-address parameters, leaving out what is empty, in a fixed order so one search
 * always has one address: "q=patrushev&type=meeting".
 */
export function writeSearchParams(query: SearchQuery): URLSearchParams {
	const params = new URLSearchParams();
	if (query.q.trim()) params.set('q', query.q.trim());
	if (query.type) params.set('type', query.type);
	if (query.official) params.set('official', query.official);
	if (query.year !== undefined) params.set('year', String(query.year));
	return params;
}

/**
 * Say in a sentence what a search found: "4 results for “patrushev” among Meetings, concerning Chen
 * Wenqing, in 2024." Query words that match nothing are named, so a typo too far off is visible.
 *
 * @param officialName The official filter's name as the page shows it; the id is used when absent.
 */
export function describeResults(
	query: SearchQuery,
	response: Pick<SearchResponse, 'total' | 'unmatched'>,
	officialName?: string,
): string {
	const q = query.q.trim();
	const found = [
		response.total === 1 ? '1 result' : `${response.total || 'No'} results`,
		q && `for “${q}”`,
		query.type && `among ${searchTypeLabels[query.type]}`,
	]
		.filter(Boolean)
		.join(' ');
	const filters = [
		query.official && `concerning ${officialName ?? query.official}`,
		query.year !== undefined && `in ${query.year}`,
	].filter(Boolean);
	const unmatched =
		response.unmatched.length > 0
			? ` No word in the records is close to “${response.unmatched.join('”, “')}”.`
			: '';
	return [found, ...filters].join(', ') + '.' + unmatched;
}
