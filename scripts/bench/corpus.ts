import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { runStage } from './run-stage.ts';

/** The seed articles; a size equal to their number is benchmarked on them as they are. */
export const seedDir = 'content/raw';

/** The number of articles (.txt files) in a raw corpus directory. */
export async function countArticles(dir: string): Promise<number> {
	return (await readdir(dir)).filter((name) => name.endsWith('.txt')).length;
}

/** The generator's command line for `count` articles, seeds included, written to `out`. */
export function generatorArgs(count: number, seed: number, out: string): string[] {
	return [
		'scripts/generate-corpus.ts',
		'--count',
		String(count),
		'--seed',
		String(seed),
		'--out',
		out,
		'--with-seeds',
		seedDir,
	];
}

/** Generate a corpus of `count` articles into `out`, emptied first; returns the seconds it took. */
export async function generateCorpus(count: number, seed: number, out: string): Promise<number> {
	await rm(out, { recursive: true, force: true });
	await mkdir(out, { recursive: true });
	return (await runStage('corpus generator', 'tsx', generatorArgs(count, seed, out))).seconds;
}

/**
 * The difference between two directory listings with their files' contents: the names only in
 * `next`, and the names in both whose content differs. Reads one pair of files at a time.
 */
export async function diffCorpora(
	current: string,
	next: string,
): Promise<{ added: string[]; changed: string[] }> {
	const existing = new Set(await readdir(current));
	const added: string[] = [];
	const changed: string[] = [];
	for (const name of (await readdir(next)).sort()) {
		if (!existing.has(name)) added.push(name);
		else if (!(await readFile(join(current, name))).equals(await readFile(join(next, name))))
			changed.push(name);
	}
	return { added, changed };
}

/**
 * Add one article to the generated corpus in `corpus` (of `count` articles) the way a newsroom
 * would: generate `count + 1` into `scratch` (prefix-stable, so the same articles plus one), then
 * copy into `corpus` every file that is new or differs. Returns what was added and changed; a
 * changed file means the generator was not prefix-stable.
 */
export async function addOneArticle(
	corpus: string,
	count: number,
	seed: number,
	scratch: string,
): Promise<{ added: string[]; changed: string[] }> {
	await generateCorpus(count + 1, seed, scratch);
	const difference = await diffCorpora(corpus, scratch);
	for (const name of [...difference.added, ...difference.changed])
		await copyFile(join(scratch, name), join(corpus, name));
	await rm(scratch, { recursive: true, force: true });
	return difference;
}
