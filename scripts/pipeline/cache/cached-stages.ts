import type { Article } from '../../../src/schemas/article.ts';
import type { ArticleReading } from '../extract/article-reading.ts';
import { readArticles } from '../extract/read-articles.ts';
import { prepareArticle } from '../prepare.ts';
import { contentHash } from './content-hash.ts';
import type { EntryCache } from './entry-cache.ts';

/**
 * `prepareArticle`, kept per article: keyed by the raw file's name, paths, bytes and sidecar
 * text, everything its result (diagnostics included) depends on. `onMiss` is told of each
 * article not kept (new or changed), before it is prepared.
 */
export function cachedPrepare(cache: EntryCache, onMiss: () => void = () => {}): typeof prepareArticle {
	return (raw) => {
		const key = contentHash(['prepare', raw.source, raw.path, raw.metadataPath, raw.bytes, raw.metadataText]);
		const kept = cache.get(key, isPrepared);
		if (kept) return kept;
		onMiss();
		const prepared = prepareArticle(raw);
		cache.set(key, prepared);
		return prepared;
	};
}

/**
 * Every article's reading (see `readArticle`), by article id: kept ones from the cache, keyed by
 * the article's id, day and paragraphs (all a reading depends on); the others read by `read`
 * (on every core) and kept.
 */
export async function cachedReadings(
	articles: readonly Article[],
	cache: EntryCache,
	read: (articles: readonly Article[]) => Promise<ArticleReading[]> = readArticles,
): Promise<Map<string, ArticleReading>> {
	const readings = new Map<string, ArticleReading>();
	const missing: { article: Article; key: string }[] = [];
	for (const article of articles) {
		const key = contentHash(['reading', article.id, article.published, JSON.stringify(article.paragraphs)]);
		const kept = cache.get(key, isReading);
		if (kept) readings.set(article.id, kept);
		else missing.push({ article, key });
	}
	const fresh = await read(missing.map((m) => m.article));
	missing.forEach(({ article, key }, i) => {
		cache.set(key, fresh[i]);
		readings.set(article.id, fresh[i]!);
	});
	return readings;
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
		['mentions', 'dates', 'places', 'otherPlaces', 'figures'].every((k) => Array.isArray(value[k]))
	);
}
