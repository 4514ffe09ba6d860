/** Where `scripts/build-data.ts` keeps its results between builds unless told otherwise (`--cache`). */
export const DEFAULT_CACHE = 'node_modules/.cache/build-data';

/**
 * Node's options for the pipeline, which `npm run data` gives it (package.json) and every script
 * that runs it as `npm run data` does: none. A smaller young generation (`--max-semi-space-size=16`)
 * made a warm rebuild at 1,000 articles quicker (1.95 → 1.65 s) but a full run at 10,000 slower
 * (168 → 196 s), and the full run is what the build-time targets bound; measured, not kept.
 * @type {string[]}
 */
export const DATA_NODE_OPTIONS = [];

/**
 * The arguments of `node` that run the pipeline as `npm run data` does, with the pipeline's `args`.
 * @param {readonly string[]} args
 * @returns {string[]}
 */
export const dataCommand = (args) => [...DATA_NODE_OPTIONS, 'scripts/data.js', ...args];
