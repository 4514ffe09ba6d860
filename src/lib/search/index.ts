// The search's public names: build an index at build time, query it in the browser.
export { buildIndex, type SearchIndexFiles, type ShardSizes } from './build-index.ts';
export { searchDocuments, type SearchRecords } from './documents.ts';
export { citedOfficials, mentionFinder } from './mentions.ts';
export { completions, typoFinder, vocabularyMatcher, type TermMatch } from './vocabulary.ts';
export { indexPaths, readDocument, type IndexedDocument, type SearchManifest } from './index-format.ts';
export {
	createSearcher,
	type IndexSource,
	type ResultGroup,
	type Searcher,
	type SearchQuery,
	type SearchResponse,
	type SearchResult,
} from './query.ts';
export { fetchSource, memorySource } from './sources.ts';
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
