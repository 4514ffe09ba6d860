/**
 * The pipeline itself, stage by stage, as `scripts/build-data.ts` describes it; that script only
 * reads its options and readies the compile cache before importing this.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EventSchema } from '../../src/schemas/event.ts';
import { FigureSchema } from '../../src/schemas/figure.ts';
import { MeetingSchema } from '../../src/schemas/meeting.ts';
import { OfficialSchema } from '../../src/schemas/official.ts';
import { assembleArticles, likelyArticle } from './assemble.ts';
import { cachedDuplicates, cachedPrepare, cachedStories } from './cache/cached-stages.ts';
import { pipelineCodeKey } from './cache/code-key.ts';
import { rememberedChecks } from './cache/remembered-checks.ts';
import { noEntryCache, openEntryCache } from './cache/entry-cache.ts';
import { collectionText } from './collection-file.ts';
import { readCorpus } from './corpus.ts';
import { parseCurated } from './curated.ts';
import { error, formatDiagnostics, hasErrors, type Diagnostic } from './diagnostics.ts';
import { extractKnowledge } from './extract/index.ts';
import { earlyReader, type EarlyReader } from './extract/early-reader.ts';
import { checkMentions, checkProvenance } from './provenance.ts';

/** What `scripts/build-data.ts` was asked to do (see its usage). */
export interface BuildOptions {
	raw: string;
	curated: string;
	out: string;
	cache: string;
	'no-cache': boolean;
}

/**
 * Runs every stage of the pipeline (see scripts/build-data.ts) and returns the exit code: 0 when
 * the output was written, 1 when anything could not be used (every problem is printed first).
 * Articles not in the cache are read on `reader`'s worker, started early or on the first miss.
 */
export async function buildData(options: BuildOptions, reader: EarlyReader = earlyReader()): Promise<number> {
	const cache = options['no-cache']
		? noEntryCache
		: openEntryCache(options.cache, pipelineCodeKey(fileURLToPath(new URL('../..', import.meta.url))));

	const corpus = await readCorpus(options.raw);
	const curatedPath = join(options.curated, 'officials.yaml');
	const curated = parseCurated(
		relative(process.cwd(), curatedPath),
		await readFile(curatedPath, 'utf8').catch(() => null),
	);
	// An article not in the cache will most likely need reading too: a worker starts loading the
	// tagger now, if it has not already, and reads the few such articles ahead, while this thread
	// assembles them all.
	const missed = new Set<string>();
	const prepared = corpus.articles.map(
		cachedPrepare(cache, (raw) => {
			missed.add(raw.source);
			reader.warm();
		}),
	);
	reader.readAhead(
		prepared.flatMap((p) => (p.article && missed.has(p.article.source) ? [likelyArticle(p.article)] : [])),
	);
	const checks = rememberedChecks(cache);
	const assembled = assembleArticles(
		prepared.flatMap((p) => (p.article ? [p.article] : [])),
		cachedDuplicates(cache),
		checks.check('articles'),
	);
	const diagnostics: Diagnostic[] = [
		...corpus.diagnostics,
		...curated.diagnostics,
		...prepared.flatMap((p) => p.diagnostics),
		...assembled.diagnostics,
	];

	// Paragraphs come from the prepared article alone: the key it was kept under stands for them.
	const inputs = new Map(prepared.flatMap((p) => (p.article ? [[p.article.source, p.inputs]] : [])));
	const stories = cachedStories(cache, (article) => inputs.get(article.source));
	const reading = hasErrors(diagnostics)
		? null
		: stories.readings(
				assembled.articles.filter((a) => a.duplicateOf === null),
				(articles) => reader.read(articles),
			);
	// The articles' file is made while the worker reads what is new; it is written only at the end.
	const texts = new Map([['articles', collectionText('articles', assembled.articles, checks.textOf)]]);
	const readings = await reading;
	reader.close();
	const knowledge =
		readings &&
		extractKnowledge(
			assembled.articles,
			curated.officials,
			(article) => readings.get(article.id)!,
			stories.findingsOf,
		);
	if (knowledge) {
		const schemas = {
			officials: OfficialSchema,
			meetings: MeetingSchema,
			events: EventSchema,
			figures: FigureSchema,
		};
		for (const [name, schema] of Object.entries(schemas)) {
			const check = checks.check(name);
			for (const record of knowledge[name as keyof typeof schemas]) {
				const result = check(schema, record);
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
		return 1;
	}

	await mkdir(options.out, { recursive: true });
	const collections = { articles: assembled.articles, ...knowledge };
	// Each is written while the next is made.
	await Promise.all(
		Object.entries(collections).map(([name, records]) =>
			writeFile(
				join(options.out, `${name}.json`),
				texts.get(name) ?? collectionText(name, records, checks.textOf),
			),
		),
	);
	checks.save();
	cache.prune();
	const duplicates = assembled.articles.filter((a) => a.duplicateOf).length;
	console.log(
		`build-data: ${assembled.articles.length} articles (${duplicates} near-duplicate capture${duplicates === 1 ? '' : 's'}), ` +
			`${knowledge.officials.length} officials, ${knowledge.meetings.length} meetings, ${knowledge.events.length} events, ` +
			`${knowledge.figures.length} figures → ${options.out}/`,
	);
	console.log(`build-data: ${cache.summary()}`);
	return 0;
}
