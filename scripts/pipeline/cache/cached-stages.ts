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
 * text, everything its result (diagnostics included) depends on. `onMiss` is told of each
 * article not kept (new or changed), before it is prepared.
 */
export function cachedPrepare(
	cache: EntryCache,
	onMiss: (raw: RawArticle) => void = () => {},
): typeof prepareArticle {
	return (raw) => {
		const key = contentHash(['prepare', raw.source, raw.path, raw.metadataPath, raw.bytes, raw.metadataText]);
		const kept = cache.get(key, isPrepared);
		if (kept) return kept;
		onMiss(raw);
		const prepared = prepareArticle(raw);
		cache.set(key, prepared);
		return prepared;
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
 * Every article's reading (see `readArticle`), by article id: kept ones from the cache, keyed by
 * the article's id, day and paragraphs (all a reading depends on); the others read by `read`
 * (on every core) and kept. Those not kept at all are sent to `read` first, so that a worker
 * reads them while this thread reads the cache; any kept entry that proves unreadable is read
 * after them.
 */
export async function cachedReadings(
	articles: readonly Article[],
	cache: EntryCache,
	read: (articles: readonly Article[]) => Promise<ArticleReading[]> = readArticles,
): Promise<Map<string, ArticleReading>> {
	const keyed = articles.map((article) => ({
		article,
		key: readingKey(article),
	}));
	const absent = new Set(keyed.filter(({ key }) => !cache.has(key)));
	const reading = read([...absent].map((m) => m.article));
	const readings = new Map<string, ArticleReading>();
	const unreadable: typeof keyed = [];
	for (const entry of keyed) {
		if (absent.has(entry)) continue;
		const kept = cache.get(entry.key, isReading);
		if (kept) readings.set(entry.article.id, kept);
		else unreadable.push(entry);
	}
	const fresh = [
		...(await reading),
		...(unreadable.length > 0 ? await read(unreadable.map((m) => m.article)) : []),
	];
	[...absent, ...unreadable].forEach(({ article, key }, i) => {
		cache.set(key, fresh[i]);
		readings.set(article.id, fresh[i]!);
	});
	return readings;
}

/** The key of an article's reading: its id, day and paragraphs. */
function readingKey(article: Article): string {
	let key = readingKeys.get(article);
	if (key === undefined)
		readingKeys.set(
			article,
			(key = contentHash(['reading', article.id, article.published, JSON.stringify(article.paragraphs)])),
		);
	return key;
}
const readingKeys = new WeakMap<Article, string>();

/**
 * An article's roles, meetings and events (see `findInArticle`), kept per article: keyed by its
 * reading's key and the person each of its names resolved to, all they depend on. Those change
 * for an article only when it changes or when other articles change who its names are (a new
 * spelling that joins two people, say). A meeting or event is kept with its sentence's number
 * in the article and given the article's own sentence again.
 */
export function cachedFindings(cache: EntryCache): FindingsOf {
	return ({ article, sentences, people }, find) => {
		const key = contentHash(['findings', readingKey(article), JSON.stringify(people)]);
		const kept = cache.get(key, isKeptFindings);
		if (kept && [...kept.meetings, ...kept.events].every((m) => m.sentence < sentences.length))
			return {
				roles: kept.roles,
				meetings: kept.meetings.map((m) => ({ ...m, sentence: sentences[m.sentence]! })),
				events: kept.events.map((m) => ({ ...m, sentence: sentences[m.sentence]! })),
			};
		const found = find();
		cache.set(key, {
			roles: found.roles,
			meetings: found.meetings.map((m) => ({ ...m, sentence: m.sentence.index })),
			events: found.events.map((m) => ({ ...m, sentence: m.sentence.index })),
		} satisfies KeptFindings);
		return found;
	};
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
		['sentences', 'mentions', 'dates', 'places', 'otherPlaces', 'figures'].every((k) =>
			Array.isArray(value[k]),
		)
	);
}
