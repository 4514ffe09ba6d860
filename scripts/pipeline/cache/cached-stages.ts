import type { RawArticle } from '../corpus.ts';
import { readArticle, type ArticleReading } from '../extract/article-reading.ts';
import { prepareArticle } from '../prepare.ts';
import { contentHash } from './content-hash.ts';
import type { EntryCache } from './entry-cache.ts';

/**
 * `prepareArticle`, kept per article: keyed by the raw file's name, paths, bytes and sidecar
 * text, everything its result (diagnostics included) depends on.
 */
export function cachedPrepare(cache: EntryCache): typeof prepareArticle {
	return (raw) => {
		const key = contentHash(['prepare', raw.source, raw.path, raw.metadataPath, raw.bytes, raw.metadataText]);
		const kept = cache.get(key, isPrepared);
		if (kept) return kept;
		const prepared = prepareArticle(raw);
		cache.set(key, prepared);
		return prepared;
	};
}

/** `readArticle`, kept per article: keyed by the article's id, day and paragraphs, all it reads. */
export function cachedReading(cache: EntryCache): typeof readArticle {
	return (article) => {
		const key = contentHash(['reading', article.id, article.published, JSON.stringify(article.paragraphs)]);
		const kept = cache.get(key, isReading);
		if (kept) return kept;
		const reading = readArticle(article);
		cache.set(key, reading);
		return reading;
	};
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null;

function isPrepared(value: unknown): value is ReturnType<typeof prepareArticle> {
	return (
		isObject(value) &&
		Array.isArray(value['diagnostics']) &&
		(value['article'] === null || (isObject(value['article']) && isObject(value['article']['clean'])))
	);
}

function isReading(value: unknown): value is ArticleReading {
	return isObject(value) && ['mentions', 'dates', 'places', 'figures'].every((k) => Array.isArray(value[k]));
}
