/**
 * The figures stage: every number in the story text that counts something (people killed,
 * money, growth, countries attending, a body's size, a trip's length), what it measures, and
 * whether the articles that report the same measure agree.
 */
export { consistent } from './figures/agreement.ts';
export type { FigureMention } from './figures/find-figures.ts';
export { findAllFigures, findFigures } from './figures/find-figures.ts';
export { groupFigures } from './figures/group.ts';
