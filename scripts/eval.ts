/**
 * Scores the pipeline on the dev corpus (eval/README.md): how well it reads articles it was not
 * built on. Stages:
 *
 * 1. gold    eval/<part>/*.gold.yaml, checked against their schema (every problem, file named)
 * 2. run     the real pipeline on the seeds plus the part's articles; an article it rejects is
 *            taken out and scored as read wrong, the rest read again
 * 3. score   each article against its gold: page parts, officials, meetings, trips, figures
 * 4. report  a table per part and per article; eval/results.json
 * 5. floors  every measure against eval/floors.json: exits 1, naming each, when one fell
 *
 * Usage: tsx scripts/eval.ts [--part seeds|tune|check] [--readme] [--write-floors] [--work DIR]
 * The pipeline's input, output and cache for each part go under `--work` (default
 * node_modules/.cache/eval/<part>/).
 * `--readme` puts the table into README.md; `--write-floors` stores today's scores as the floors.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostics } from './pipeline/diagnostics.ts';
import { parseGold, type Gold } from './eval/gold.ts';
import { outputsBySource } from './eval/output.ts';
import {
	articlesTable,
	belowFloors,
	floorsOf,
	measuresTable,
	sumMeasures,
	type PartScores,
} from './eval/report.ts';
import { runPipeline } from './eval/run-pipeline.ts';
import { scoreArticle } from './eval/score-article.ts';

const PARTS = ['seeds', 'tune', 'check'] as const;
const { values: options } = parseArgs({
	options: {
		part: { type: 'string' },
		readme: { type: 'boolean', default: false },
		'write-floors': { type: 'boolean', default: false },
		work: { type: 'string', default: 'node_modules/.cache/eval' },
	},
});
const parts = options.part ? [options.part] : [...PARTS];
if (!parts.every((p) => (PARTS as readonly string[]).includes(p))) {
	console.error(`eval: --part is seeds, tune or check, not "${options.part}"`);
	process.exit(2);
}

const scores: Record<string, PartScores> = {};
for (const part of parts) {
	const dir = join('eval', part);
	const golds = await readGolds(dir);
	console.error(`eval: ${part}: the pipeline on ${golds.size} articles and the seeds`);
	const { collections, rejected } = await runPipeline(
		['content/raw', dir],
		join(options.work, part),
		join(options.work, `${part}-cache`),
	);
	const outputs = outputsBySource(collections);
	const articles = Object.fromEntries(
		[...golds].map(([source, gold]) => [
			source,
			scoreArticle(rejected.has(source) ? null : (outputs.get(source) ?? null), gold),
		]),
	);
	scores[part] = { measures: sumMeasures(articles), articles, rejected: Object.fromEntries(rejected) };
}

const table = measuresTable(scores);
console.log(`## Scores\n\n${table}\n`);
for (const [part, score] of Object.entries(scores)) {
	console.log(`## ${part}, article by article\n\n${articlesTable(score)}\n`);
	for (const [file, reason] of Object.entries(score.rejected)) console.log(`rejected: ${file}: ${reason}`);
}
await writeFile('eval/results.json', `${JSON.stringify(scores, null, '\t')}\n`);

if (options.readme) {
	const readme = await readFile('README.md', 'utf8');
	const marked = /<!-- eval:start -->[\s\S]*<!-- eval:end -->/;
	if (!marked.test(readme))
		throw new Error('README.md has no <!-- eval:start --> … <!-- eval:end --> markers');
	await writeFile(
		'README.md',
		readme.replace(marked, `<!-- eval:start -->\n\n${table}\n\n<!-- eval:end -->`),
	);
}
const floorsFile = 'eval/floors.json';
if (options['write-floors']) {
	await writeFile(floorsFile, `${JSON.stringify(floorsOf(scores), null, '\t')}\n`);
	console.error(`eval: today's scores written to ${floorsFile} as the floors`);
} else {
	const floors = JSON.parse(await readFile(floorsFile, 'utf8').catch(() => '{}')) as Record<
		string,
		Record<string, number>
	>;
	const fallen = belowFloors(
		scores,
		Object.fromEntries(Object.entries(floors).filter(([p]) => parts.includes(p))),
	);
	if (fallen.length > 0) {
		console.error(
			`eval: scores fell below their floors (${floorsFile}):\n${fallen.map((f) => `- ${f}`).join('\n')}`,
		);
		process.exitCode = 1;
	}
}

/** Every gold file of a part, by the name of its article's text file; exits 1 naming each bad one. */
async function readGolds(dir: string): Promise<Map<string, Gold>> {
	const names = (await readdir(dir)).filter((name) => name.endsWith('.gold.yaml')).sort();
	const golds = new Map<string, Gold>();
	const problems = [];
	for (const name of names) {
		const file = join(dir, name);
		const { gold, diagnostics } = parseGold(file, await readFile(file, 'utf8'));
		problems.push(...diagnostics);
		if (gold) golds.set(name.replace(/\.gold\.yaml$/, '.txt'), gold);
	}
	if (problems.length > 0) {
		console.error(formatDiagnostics(problems));
		process.exit(1);
	}
	return golds;
}
