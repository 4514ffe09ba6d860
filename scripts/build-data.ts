/**
 * Builds the site's data from the raw articles. Generated output goes to content/generated/,
 * which Astro's content layer reads. Stages, in order:
 *
 * 1. read     content/raw/*.txt and their *.yaml sidecars
 * 2. prepare  decode, read metadata, clean (each article on its own)
 * 3. assemble link near-duplicates, assign ids, validate against the schema
 * 4. write    content/generated/articles.json — only when no article has an error
 *
 * Usage: tsx scripts/build-data.ts [--raw content/raw] [--out content/generated]
 * Exits 1, listing every problem found in every file, when any article cannot be used.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { assembleArticles } from './pipeline/assemble.ts';
import { readCorpus } from './pipeline/corpus.ts';
import { formatDiagnostics, hasErrors } from './pipeline/diagnostics.ts';
import { prepareArticle } from './pipeline/prepare.ts';

const { values: options } = parseArgs({
	options: {
		raw: { type: 'string', default: 'content/raw' },
		out: { type: 'string', default: 'content/generated' },
	},
});

const corpus = await readCorpus(options.raw);
const prepared = corpus.articles.map(prepareArticle);
const assembled = assembleArticles(prepared.flatMap((p) => (p.article ? [p.article] : [])));
const diagnostics = [
	...corpus.diagnostics,
	...prepared.flatMap((p) => p.diagnostics),
	...assembled.diagnostics,
];

if (diagnostics.length > 0) console.error(formatDiagnostics(diagnostics));
if (hasErrors(diagnostics) || corpus.articles.length === 0) {
	const failed =
		prepared.filter((p) => p.article === null).length +
		new Set(assembled.diagnostics.map((d) => d.file)).size;
	console.error(
		corpus.articles.length === 0
			? `build-data: no articles (*.txt) in ${options.raw}`
			: `build-data: ${failed} of ${corpus.articles.length} articles have errors; nothing was written. Fix them and run again.`,
	);
	process.exit(1);
}

await mkdir(options.out, { recursive: true });
const output = {
	generatedBy: 'scripts/build-data.ts from content/raw; do not edit',
	articles: assembled.articles,
};
await writeFile(join(options.out, 'articles.json'), `${JSON.stringify(output, null, '\t')}\n`);
const duplicates = assembled.articles.filter((a) => a.duplicateOf).length;
console.log(
	`build-data: ${assembled.articles.length} articles (${duplicates} near-duplicate capture${duplicates === 1 ? '' : 's'}) → ${join(options.out, 'articles.json')}`,
);
