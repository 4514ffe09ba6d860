/** Where `scripts/build-data.ts` keeps its results between builds unless told otherwise (`--cache`). */
export const DEFAULT_CACHE = 'node_modules/.cache/build-data';
