/** Where `scripts/build-data.ts` keeps its results between builds unless told otherwise (`--cache`). */
export const DEFAULT_CACHE = 'node_modules/.cache/build-data';

/**
 * Node's options for the pipeline, which `npm run data` gives it (package.json) and every script
 * that runs it as `npm run data` does. A young generation of 16 MB a half: V8 sizes it by the
 * machine's memory, and on a machine of 24 GB gives it more than the pipeline's short-lived
 * objects need, so a warm rebuild, which mostly parses and drops kept entries, spent a fifth of its
 * time collecting garbage. Measured at 1,000 articles: one added, 1.95 → 1.65 s; a full run's peak
 * memory 840 → 505 MB, its time the same. At 10,000 a full run measured 196 s with it, 168 and 222 s
 * without: within this machine's noise.
 */
export const DATA_NODE_OPTIONS = ['--max-semi-space-size=16'];

/**
 * The arguments of `node` that run the pipeline as `npm run data` does, with the pipeline's `args`.
 * @param {readonly string[]} args
 * @returns {string[]}
 */
export const dataCommand = (args) => [...DATA_NODE_OPTIONS, 'scripts/data.js', ...args];
