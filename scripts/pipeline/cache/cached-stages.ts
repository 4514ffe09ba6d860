import type { Article } from '../../../src/schemas/article.ts';
import type { ArticleFindings } from '../extract/article-findings.ts';
import type { ArticleReading } from '../extract/article-reading.ts';
import type { FindingsOf } from '../extract/index.ts';
import type { RawArticle } from '../corpus.ts';
import { readArticles } from '../extract/read-articles.ts';
import { findDuplicates, scanDuplicates } from '../dedupe.ts';
import { prepareArticle } from '../prepare.ts';
import { contentHash } from './content-hash.ts';
import { decodeDuplicateScan, encodeDuplicateScan } from './duplicate-scan-bytes.ts';
import type { EntryCache } from './entry-cache.ts';

/**
 * `prepareArticle`, kept per article: keyed by the raw file's name, paths, bytes and sidecar
 * text, everything its result (diagnostics included) depends on. That key comes back with the
 * result, as `inputs`: whatever is made from the prepared article alone may be kept under it too.
 * `onMiss` is told of each article not kept (new or changed), before it is prepared.
 */
export function cachedPrepare(
	cache: EntryCache,
	onMiss: (raw: RawArticle) => void = () => {},
): (raw: RawArticle) => ReturnType<typeof prepareArticle> & { inputs: string } {
	return (raw) => {
		const inputs = contentHash([
			'prepare',
			raw.source,
			raw.path,
			raw.metadataPath,
			raw.bytes,
			raw.metadataText,
		]);
		const kept = cache.get(inputs, isPrepared);
		if (kept) return { ...kept, inputs };
		onMiss(raw);
		const prepared = prepareArticle(raw);
		cache.set(inputs, prepared);
		return { ...prepared, inputs };
	};
}

/**
 * `findDuplicates`, starting from the last build's scan (kept as bytes under one key): the pairs
 * of articles compared then are not compared again, only each new or changed article with the
 * rest. The scan is written again when the articles differ from its own.
 */
export function cachedDuplicates(cache: EntryCache): typeof findDuplicates {
	return (documents) => {
		const kept = cache.getBytes(DUPLICATE_SCAN);
		const previous = kept ? decodeDuplicateScan(kept) : null;
		const { links, scan } = scanDuplicates(documents, previous);
		const same =
			previous !== null &&
			previous.documents.length === scan.documents.length &&
			previous.documents.every((d, i) => d.fingerprint === scan.documents[i]!.fingerprint);
		if (!same) cache.setBytes(DUPLICATE_SCAN, encodeDuplicateScan(scan));
		return links;
	};
}

const DUPLICATE_SCAN = 'duplicate-scan';

/**
 * Each canonical article's reading and what was found in it, kept together under one key per
 * article: its id, day and paragraphs, all a reading depends on. `inputsOf` may give, for an
 * article, the key of the inputs its paragraphs were made from (`cachedPrepare`'s `inputs`),
 * which then stands for them: a key made without writing out every paragraph again.
 *
 * `readings` gives every article's reading: kept ones from the cache; the others read by `read`
 * (on every core) and kept. Those not kept at all are sent to `read` first, so that a worker
 * reads them while this thread reads the cache; any kept entry that proves unreadable is read
 * after them.
 *
 * `findingsOf` gives an article's roles, meetings and events (see `findInArticle`) as the last
 * build found them, when the people its names resolve to, and their countries, are the same as
 * then (they change when other articles change who its names are: a new spelling that joins two
 * people, or a title that gives one a country, say);
 * else it finds them and keeps them with the reading. A meeting or event is kept with its
 * sentence's number in the article and given the article's own sentence again.
 */
export function cachedStories(
	cache: EntryCache,
	inputsOf: (article: Article) => string | undefined = () => undefined,
): {
	readings(
		articles: readonly Article[],
		read?: (articles: readonly Article[]) => Promise<ArticleReading[]>,
	): Promise<Map<string, ArticleReading>>;
	findingsOf: FindingsOf;
} {
	const kept = new Map<string, { key: string; entry: StoryEntry }>();
	const keep = (article: Article, key: string, entry: StoryEntry) => {
		kept.set(article.id, { key, entry });
		cache.set(key, entry);
	};
	return {
		async readings(articles, read = readArticles) {
			const keyed = articles.map((article) => ({ article, key: readingKey(article, inputsOf(article)) }));
			const absent = new Set(keyed.filter(({ key }) => !cache.has(key)));
			const reading = read([...absent].map((m) => m.article));
			const unreadable: typeof keyed = [];
			for (const entry of keyed) {
				if (absent.has(entry)) continue;
				const value = cache.get(entry.key, isStoryEntry);
				if (value) kept.set(entry.article.id, { key: entry.key, entry: value });
				else unreadable.push(entry);
			}
			const fresh = [
				...(await reading),
				...(unreadable.length > 0 ? await read(unreadable.map((m) => m.article)) : []),
			];
			[...absent, ...unreadable].forEach(({ article, key }, i) =>
				keep(article, key, { reading: fresh[i]!, found: null }),
			);
			return new Map(articles.map((article) => [article.id, kept.get(article.id)!.entry.reading]));
		},
		findingsOf({ article, sentences, people }, find) {
			const story = kept.get(article.id);
			const found = story?.entry.found;
			if (
				found &&
				found.people.length === people.length &&
				found.people.every((person, i) => person === people[i]) &&
				[...found.findings.meetings, ...found.findings.events].every((m) => m.sentence < sentences.length)
			)
				return {
					roles: found.findings.roles,
					meetings: found.findings.meetings.map((m) => ({ ...m, sentence: sentences[m.sentence]! })),
					events: found.findings.events.map((m) => ({ ...m, sentence: sentences[m.sentence]! })),
				};
			const findings = find();
			if (story)
				keep(article, story.key, {
					reading: story.entry.reading,
					found: {
						people: [...people],
						findings: {
							roles: findings.roles,
							meetings: findings.meetings.map((m) => ({ ...m, sentence: m.sentence.index })),
							events: findings.events.map((m) => ({ ...m, sentence: m.sentence.index })),
						},
					},
				});
			return findings;
		},
	};
}

/** What the cache keeps of a canonical article: its reading, and what was last found in it. */
interface StoryEntry {
	reading: ArticleReading;
	found: { people: (string | null)[]; findings: KeptFindings } | null;
}

/** The key of an article's reading: its id, day and paragraphs, or the key of what they were made from. */
function readingKey(article: Article, inputs: string | undefined): string {
	return inputs === undefined
		? contentHash(['story', article.id, article.published, JSON.stringify(article.paragraphs)])
		: contentHash(['story from prepared', article.id, article.published, inputs]);
}

/** `ArticleFindings` as kept: each meeting and event with its sentence's number in the article. */
type KeptFindings = {
	roles: ArticleFindings['roles'];
	meetings: WithSentenceNumber<ArticleFindings['meetings'][number]>[];
	events: WithSentenceNumber<ArticleFindings['events'][number]>[];
};
type WithSentenceNumber<T> = Omit<T, 'sentence'> & { sentence: number };

function isKeptFindings(value: unknown): value is KeptFindings {
	const sentences = (list: unknown) =>
		Array.isArray(list) && list.every((m) => isObject(m) && Number.isInteger(m['sentence']));
	return (
		isObject(value) &&
		Array.isArray(value['roles']) &&
		sentences(value['meetings']) &&
		sentences(value['events'])
	);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null;

function isPrepared(value: unknown): value is ReturnType<typeof prepareArticle> {
	return (
		isObject(value) &&
		Array.isArray(value['diagnostics']) &&
		(value['article'] === null ||
			(isObject(value['article']) &&
				isObject(value['article']['clean']) &&
				typeof value['article']['storyKey'] === 'string'))
	);
}

function isReading(value: unknown): value is ArticleReading {
	return (
		isObject(value) &&
		['sentences', 'mentions', 'dates', 'places', 'targetPlaces', 'tenses', 'figures'].every((k) =>
			Array.isArray(value[k]),
		)
	);
}

function isStoryEntry(value: unknown): value is StoryEntry {
	if (!isObject(value) || !isReading(value['reading'])) return false;
	const found = value['found'];
	return (
		found === null ||
		(isObject(found) &&
			Array.isArray(found['people']) &&
			found['people'].every((p) => p === null || typeof p === 'string') &&
			isKeptFindings(found['findings']))
	);
}
