/**
 * Writes a synthetic corpus of raw news articles (.txt + .yaml sidecars) for scale tests.
 * Generation is pure (scripts/generate-corpus/); this script only reads arguments and writes files.
 *
 * Usage: tsx scripts/generate-corpus.ts --count N [--seed 1] --out DIR [--with-seeds content/raw]
 * With --with-seeds, the seed articles are copied into DIR too and N minus their number are
 * generated, so DIR holds N articles. The same seed and count always give the same files.
 */
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateArticles } from './generate-corpus/index.ts';

const usage =
	'usage: tsx scripts/generate-corpus.ts --count N [--seed 1] --out DIR [--with-seeds content/raw]';

function fail(message: string): never {
	console.error(`generate-corpus: ${message}\n${usage}`);
	process.exit(2);
}

let options;
try {
	options = parseArgs({
		options: {
			count: { type: 'string' },
			seed: { type: 'string', default: '1' },
			out: { type: 'string' },
			'with-seeds': { type: 'string' },
		},
	}).values;
} catch (error) {
	fail((error as Error).message);
}

const wholeNumber = (name: string, text: string | undefined, min: number): number => {
	if (text === undefined) fail(`--${name} is required`);
	if (!/^\d+$/.test(text) || Number(text) < min || !Number.isSafeInteger(Number(text)))
		fail(`--${name} must be a whole number of at least ${min}, not "${text}"`);
	return Number(text);
};

const count = wholeNumber('count', options.count, 1);
const seed = wholeNumber('seed', options.seed, 0);
if (seed > 0xffffffff) fail(`--seed must be at most ${0xffffffff}`);
if (!options.out) fail('--out is required');
const out = options.out;

await mkdir(out, { recursive: true });
let seeds: string[] = [];
if (options['with-seeds'] !== undefined) {
	const dir = options['with-seeds'];
	const files = await readdir(dir).catch(() => fail(`--with-seeds: cannot read the directory ${dir}`));
	seeds = files.filter((f) => f.endsWith('.txt')).sort();
	if (seeds.length > count)
		fail(`--count ${count} is smaller than the ${seeds.length} seed articles in ${dir}`);
	for (const txt of seeds) {
		const yaml = txt.replace(/\.txt$/, '.yaml');
		await copyFile(join(dir, txt), join(out, txt));
		if (files.includes(yaml)) await copyFile(join(dir, yaml), join(out, yaml));
	}
}

let written = 0;
const wanted = count - seeds.length;
if (wanted > 0) {
	for (const article of generateArticles(seed)) {
		await writeFile(join(out, `${article.name}.txt`), article.text);
		await writeFile(join(out, `${article.name}.yaml`), article.sidecar);
		if (++written === wanted) break;
	}
}
console.log(
	`generate-corpus: ${seeds.length} seed and ${written} generated articles (seed ${seed}) → ${out}/`,
);
