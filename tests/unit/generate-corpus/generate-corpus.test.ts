import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { generateCorpus, type GeneratedArticle } from '../../../scripts/generate-corpus/index.ts';
import { cleanArticle } from '../../../scripts/pipeline/clean.ts';
import { containment, shingles } from '../../../scripts/pipeline/dedupe.ts';
import { isFurniture } from '../../../scripts/pipeline/furniture.ts';
import { slugify } from '../../../scripts/pipeline/ids.ts';

const SIZE = 240;
const corpus = generateCorpus(1, SIZE);
const byName = new Map(corpus.map((a) => [a.name, a]));
const originals = corpus.filter((a) => a.duplicateOf === null);
const captures = corpus.filter((a) => a.duplicateOf !== null);
const metadata = (a: GeneratedArticle) =>
	parse(a.sidecar) as { published: string; outlet: string | null; dateBasis?: string; republishes?: string };
const bodyText = (a: GeneratedArticle) =>
	cleanArticle(a.text)
		.paragraphs.filter((p) => p.kind === undefined)
		.map((p) => p.text)
		.join('\n');
const words = (text: string) => text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];

describe('generateCorpus', () => {
	test('the same seed and count give the same articles, byte for byte', () => {
		expect(generateCorpus(1, 60)).toEqual(corpus.slice(0, 60));
	});

	test('another seed gives another corpus', () => {
		const other = generateCorpus(2, 20);
		expect(other.map((a) => a.text)).not.toEqual(corpus.slice(0, 20).map((a) => a.text));
		expect(new Set(other.map((a) => a.title)).size).toBeGreaterThan(15);
	});

	test('gives exactly the count asked for, and N + 1 articles are the N plus one more', () => {
		for (const count of [0, 1, 17]) expect(generateCorpus(5, count)).toHaveLength(count);
		const smaller = generateCorpus(5, 30);
		const larger = generateCorpus(5, 31);
		expect(larger.slice(0, 30)).toEqual(smaller);
		expect(larger[30]!.name).not.toBe(smaller[29]!.name);
	});

	test('names files uniquely and writes sidecars in content/raw’s format, dated 2015 to 2026', () => {
		expect(new Set(corpus.map((a) => a.name)).size).toBe(SIZE);
		const years = new Set<number>();
		for (const article of corpus) {
			const meta = metadata(article);
			expect(meta.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(
				Object.keys(meta).every((k) =>
					['published', 'outlet', 'republishes', 'url', 'dateBasis'].includes(k),
				),
			).toBe(true);
			years.add(Number(meta.published.slice(0, 4)));
		}
		expect(Math.min(...years)).toBeGreaterThanOrEqual(2015);
		expect(Math.max(...years)).toBeLessThanOrEqual(2026);
		expect(years.size).toBeGreaterThan(8);
	});

	test('every headline is the one the cleaner finds, and no two articles of a day share a permalink', () => {
		const ids = new Map<string, string>();
		for (const article of corpus) {
			const title = cleanArticle(article.text).title;
			// The pipeline reads typographic apostrophes; the plain-text outlet writes headlines in capitals.
			const key = (text: string | null | undefined) => text?.toLowerCase().replace(/’/g, "'");
			expect(key(title), article.name).toBe(key(article.title));
			if (article.duplicateOf !== null) continue;
			const id = `${metadata(article).published}-${slugify(article.title)}`;
			expect(ids.get(id), `${article.name} and ${ids.get(id)} share ${id}`).toBeUndefined();
			ids.set(id, article.name);
		}
	});

	test('stories run 6 to 16 paragraphs and about 300 to 1,000 words', () => {
		// Hard-wrapped plain text is left out: where a wrapped line ends a sentence, the cleaner
		// starts a new paragraph, so its count is the cleaner's, not the article's.
		for (const article of originals.filter((a) => metadata(a).outlet !== 'Global Newswire Digest')) {
			const { paragraphs } = cleanArticle(article.text);
			const body = paragraphs.filter((p) => p.kind === undefined);
			expect(body.length, article.name).toBeGreaterThanOrEqual(6);
			expect(body.length, article.name).toBeLessThanOrEqual(16);
			const count = words(body.map((p) => p.text).join(' ')).length;
			expect(count, article.name).toBeGreaterThanOrEqual(280);
			expect(count, article.name).toBeLessThanOrEqual(1050);
		}
	});

	test('pages carry furniture, captions and teasers for other stories', () => {
		const share = (test: (a: GeneratedArticle) => boolean) => corpus.filter(test).length / SIZE;
		expect(share((a) => a.text.split('\n').filter(isFurniture).length >= 2)).toBeGreaterThan(0.9);
		expect(share((a) => cleanArticle(a.text).captions.length > 0)).toBeGreaterThan(0.2);
		expect(share((a) => cleanArticle(a.text).related.length > 0)).toBeGreaterThan(0.3);
		// Nine layouts: the first lines of pages differ from outlet to outlet.
		expect(new Set(corpus.map((a) => metadata(a).outlet)).size).toBeGreaterThanOrEqual(9);
	});

	test('near-duplicates are shorter or re-furnished captures of an earlier article, and say so', () => {
		expect(captures.length).toBeGreaterThan(SIZE * 0.03);
		for (const capture of captures) {
			const original = byName.get(capture.duplicateOf!)!;
			expect(corpus.indexOf(original)).toBeLessThan(corpus.indexOf(capture));
			expect(capture.text).not.toBe(original.text);
			expect(metadata(capture).dateBasis).toContain(`${original.name}.txt`);
			expect(containment(shingles(bodyText(capture)), shingles(bodyText(original)))).toBeGreaterThan(0.9);
		}
		expect(captures.some((c) => metadata(c).republishes !== undefined)).toBe(true);
	});

	test('reports of one story by different outlets are not near-duplicates of each other', () => {
		const bodies = originals.slice(0, 120).map((a) => ({ name: a.name, set: shingles(bodyText(a)) }));
		for (const [i, a] of bodies.entries()) {
			for (const b of bodies.slice(i + 1))
				expect(containment(a.set, b.set), `${a.name} ${b.name}`).toBeLessThan(0.6);
		}
	});

	test('dates meetings both absolutely and relative to the day of publication', () => {
		const text = corpus.map((a) => a.text).join('\n');
		expect(text).toMatch(/\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/);
		expect(text).toMatch(/\blast week\b/);
		expect(text).toMatch(
			/\bfrom (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) to \d{1,2} [A-Z][a-z]+/,
		);
		expect(text).toMatch(
			/\bon \d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/,
		);
		expect(text).toMatch(/ met .{5,80} in [A-Z][a-z]+/);
	});

	test('reports figures, and reports of one figure sometimes disagree', () => {
		const text = corpus.map((a) => a.text).join('\n');
		expect(text).toMatch(/\$\d+(?:\.\d)? billion/);
		expect(text).toMatch(/\d+(?:\.\d)? per cent/);
		// The same attack in several reports, with different death tolls.
		const tolls = new Map<string, Set<string>>();
		for (const m of text.matchAll(
			/(\d+) people were killed in the ([a-z ]+ on a [a-z ]+ in [A-Z][\p{L} ]+?) (?:on|in|last)\b/gu,
		)) {
			tolls.set(m[2]!, (tolls.get(m[2]!) ?? new Set()).add(m[1]!));
		}
		expect([...tolls.values()].some((values) => values.size > 1)).toBe(true);
		const trade = new Map<string, Set<string>>();
		for (const m of text.matchAll(
			/trade between ([A-Z][\p{L} ]+) and ([A-Z][\p{L} ]+) reached (?:US)?\$([\d.]+)/gu,
		)) {
			const key = [m[1], m[2]].sort().join('|');
			trade.set(key, (trade.get(key) ?? new Set()).add(m[3]!));
		}
		expect([...trade.values()].some((values) => values.size > 1)).toBe(true);
	});

	test('keeps bringing in officials never named before, some in more than one spelling', () => {
		const titled = (articles: GeneratedArticle[]) =>
			new Set(
				articles.flatMap((a) =>
					[
						...a.text.matchAll(
							/(?:Minister|Secretary|Chief|chief|official|Adviser|General) ((?:\p{Lu}[\p{L}-]+ ){1,2}\p{Lu}[\p{L}-]+)/gu,
						),
					].map((m) => m[1]!),
				),
			);
		const early = titled(corpus.slice(0, 120));
		const late = [...titled(corpus.slice(120))].filter((name) => !early.has(name));
		expect(late.length).toBeGreaterThan(30);
		const text = corpus.map((a) => a.text).join('\n');
		const variants = [
			...text.matchAll(
				/\b(Serge[iy]|Dmitr[yi]|Nikola[iy]|Andre[iy]|Yur[iy]|Alex[ae]i|Aleksei) (\p{Lu}\p{Ll}+)/gu,
			),
		];
		const spellings = new Map<string, Set<string>>();
		for (const [, given, family] of variants)
			spellings.set(family!, (spellings.get(family!) ?? new Set()).add(given!));
		expect([...spellings.values()].some((s) => s.size > 1)).toBe(true);
	});

	test('has the vocabulary of real news: rare names and places, thousands of distinct words', () => {
		const counts = new Map<string, number>();
		for (const article of corpus)
			for (const w of words(article.text))
				counts.set(w.toLowerCase(), (counts.get(w.toLowerCase()) ?? 0) + 1);
		expect(counts.size).toBeGreaterThan(3000);
		const once = [...counts.values()].filter((n) => n === 1).length;
		expect(once / counts.size).toBeGreaterThan(0.25);
	});
});
