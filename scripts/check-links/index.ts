export { checkCitations, checkLinks, formatProblem, type Options, type Problem, type Site } from './check.ts';
export { readPage, type Page } from './page.ts';
export { fileFor, pageUrl, resolveLink, type Target } from './resolve.ts';
export { readData, readSite } from './site.ts';
