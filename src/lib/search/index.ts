// The search's public names: build an index at build time, query it in the browser.
export { buildIndex } from './build-index.ts';
export { searchDocuments, type SearchRecords } from './documents.ts';
export { citedOfficials, mentionFinder } from './mentions.ts';
export { vocabularyMatcher, type TermMatch } from './vocabulary.ts';
export { readDocuments, type IndexedDocument, type SearchIndex } from './index-format.ts';
export {
	createSearcher,
	type ResultGroup,
	type SearchQuery,
	type SearchResponse,
	type SearchResult,
} from './query.ts';
export { highlight, segments, snippet, type Highlighted } from './snippet.ts';
export { foldWord, tokenise, terms, type Token } from './tokenise.ts';
export {
	isSearchType,
	searchTypeLabels,
	searchTypes,
	type SearchDocument,
	type SearchType,
} from './types.ts';
export { describeResults, readSearchParams, writeSearchParams } from './url-state.ts';
