/**
 * Builds the site's data from the raw articles. Generated output goes to content/generated/,
 * which Astro's content layer reads. Stages, in order:
 *
 * 1. read     content/raw/*.txt and their *.yaml sidecars; content/curated/officials.yaml
 * 2. prepare  decode, read metadata, clean (each article on its own; cached)
 * 3. assemble link near-duplicates, assign ids, validate against the schema
 * 4. extract  read each article's sentences on its own (names, dates, places, figures; cached),
 *             then across articles: officials, meetings, events and figures, each citing its words
 * 5. check    every record against its schema and every quote against its paragraph
 * 6. write    content/generated/*.json — only when nothing has an error; prune the cache
 *
 * The per-article steps are kept in `--cache` (default node_modules/.cache/build-data), keyed by
 * the sha256 of the article's inputs under a key of the pipeline's own code and libraries, so a
 * rebuild reads again only the articles that changed; `--no-cache` neither reads nor writes it.
 *
 * Usage: node scripts/build-data.ts [--raw content/raw] [--curated content/curated] [--out content/generated]
 *                                   [--cache node_modules/.cache/build-data | --no-cache]
 * Exits 1, listing every problem found in every file, when anything cannot be used.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EventSchema } from '../src/schemas/event.ts';
import { FigureSchema } from '../src/schemas/figure.ts';
import { MeetingSchema } from '../src/schemas/meeting.ts';
import { OfficialSchema } from '../src/schemas/official.ts';
import { assembleArticles } from './pipeline/assemble.ts';
import { cachedPrepare, cachedReadings } from './pipeline/cache/cached-stages.ts';
import { pipelineCodeKey } from './pipeline/cache/code-key.ts';
import { noEntryCache, openEntryCache } from './pipeline/cache/entry-cache.ts';
import { readCorpus } from './pipeline/corpus.ts';
import { parseCurated } from './pipeline/curated.ts';
import { error, formatDiagnostics, hasErrors, type Diagnostic } from './pipeline/diagnostics.ts';
import { extractKnowledge } from './pipeline/extract/index.ts';
import { checkMentions, checkProvenance } from './pipeline/provenance.ts';

const { values: options } = parseArgs({
	options: {
		raw: { type: 'string', default: 'content/raw' },
		curated: { type: 'string', default: 'content/curated' },
		out: { type: 'string', default: 'content/generated' },
		cache: { type: 'string', default: 'node_modules/.cache/build-data' },
		'no-cache': { type: 'boolean', default: false },
	},
});
const cache = options['no-cache']
	? noEntryCache
	: openEntryCache(options.cache, await pipelineCodeKey(fileURLToPath(new URL('..', import.meta.url))));

const corpus = await readCorpus(options.raw);
const curatedPath = join(options.curated, 'officials.yaml');
const curated = parseCurated(
	relative(process.cwd(), curatedPath),
	await readFile(curatedPath, 'utf8').catch(() => null),
);
const prepared = corpus.articles.map(cachedPrepare(cache));
const assembled = assembleArticles(prepared.flatMap((p) => (p.article ? [p.article] : [])));
const diagnostics: Diagnostic[] = [
	...corpus.diagnostics,
	...curated.diagnostics,
	...prepared.flatMap((p) => p.diagnostics),
	...assembled.diagnostics,
];

const readings = hasErrors(diagnostics)
	? null
	: await cachedReadings(
			assembled.articles.filter((a) => a.duplicateOf === null),
			cache,
		);
const knowledge =
	readings && extractKnowledge(assembled.articles, curated.officials, (article) => readings.get(article.id)!);
if (knowledge) {
	const schemas = {
		officials: OfficialSchema,
		meetings: MeetingSchema,
		events: EventSchema,
		figures: FigureSchema,
	};
	for (const [name, schema] of Object.entries(schemas)) {
		for (const record of knowledge[name as keyof typeof schemas]) {
			const result = schema.safeParse(record);
			if (!result.success) {
				const issue = result.error.issues[0]!;
				diagnostics.push(
					error(
						`${name}.json`,
						`${(record as { id: string }).id}: field \`${issue.path.join('.')}\`: ${issue.message}`,
					),
				);
			}
		}
	}
	diagnostics.push(...checkMentions(assembled.articles, knowledge.officials));
	diagnostics.push(
		...checkProvenance(assembled.articles, {
			...knowledge,
			officials: knowledge.officials.map((o) => ({ id: o.id, sources: o.roles.flatMap((r) => r.sources) })),
		}),
	);
}

if (diagnostics.length > 0) console.error(formatDiagnostics(diagnostics));
if (hasErrors(diagnostics) || corpus.articles.length === 0 || !knowledge) {
	const failed =
		prepared.filter((p) => p.article === null).length +
		new Set(assembled.diagnostics.map((d) => d.file)).size;
	console.error(
		corpus.articles.length === 0
			? `build-data: no articles (*.txt) in ${options.raw}`
			: failed > 0
				? `build-data: ${failed} of ${corpus.articles.length} articles have errors; nothing was written. Fix them and run again.`
				: 'build-data: errors above; nothing was written. Fix them and run again.',
	);
	process.exit(1);
}

await mkdir(options.out, { recursive: true });
const collections = { articles: assembled.articles, ...knowledge };
for (const [name, records] of Object.entries(collections)) {
	const output = { generatedBy: 'scripts/build-data.ts from content/raw; do not edit', [name]: records };
	await writeFile(join(options.out, `${name}.json`), `${JSON.stringify(output, null, '\t')}\n`);
}
cache.prune();
const duplicates = assembled.articles.filter((a) => a.duplicateOf).length;
console.log(
	`build-data: ${assembled.articles.length} articles (${duplicates} near-duplicate capture${duplicates === 1 ? '' : 's'}), ` +
		`${knowledge.officials.length} officials, ${knowledge.meetings.length} meetings, ${knowledge.events.length} events, ` +
		`${knowledge.figures.length} figures → ${options.out}/`,
);
console.log(`build-data: ${cache.summary()}`);
