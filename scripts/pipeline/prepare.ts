import type { ArticleMetadata } from '../../src/schemas/metadata.ts';
import { cleanArticle, type CleanArticle } from './clean.ts';
import type { RawArticle } from './corpus.ts';
import { decodeArticle } from './decode.ts';
import { deriveHeadline } from './derived-headline.ts';
import { error, hasErrors, warning, type Diagnostic } from './diagnostics.ts';
import { parseMetadata } from './metadata.ts';
import { comparisonKey } from './normalise.ts';

/** One article read, checked and cleaned, not yet compared with the others. */
export interface PreparedArticle {
	/** The raw file's name. */
	source: string;
	/** The raw file's path, for messages. */
	path: string;
	metadata: ArticleMetadata;
	clean: CleanArticle & { title: string };
	/**
	 * The `comparisonKey` of the text near-duplicates are found by (every paragraph, one a line):
	 * made here, with the article's other work of its own, so a cached build need not make it again.
	 */
	storyKey: string;
}

/** The text `findDuplicates` compares an article by: all its paragraphs, one a line. */
export function storyText(clean: CleanArticle): string {
	return clean.paragraphs.map((p) => p.text).join('\n');
}

/**
 * Decodes, reads the metadata of, and cleans one raw article. Every problem found is reported,
 * the text's and the metadata's alike; `article` is null when any of them is an error. A page
 * with no headline line is not one: its headline is derived (see `deriveHeadline`) with a warning.
 */
export function prepareArticle(raw: RawArticle): {
	article: PreparedArticle | null;
	diagnostics: Diagnostic[];
} {
	const decoded = decodeArticle(raw.path, raw.bytes);
	const parsed = parseMetadata(raw.metadataPath, raw.metadataText);
	const diagnostics = [...decoded.diagnostics, ...parsed.diagnostics];
	if (decoded.text === null) return { article: null, diagnostics };

	const clean = cleanArticle(decoded.text, { title: parsed.metadata?.title });
	const derived = clean.title === null ? deriveHeadline(clean, parsed.metadata?.url) : null;
	const title = clean.title ?? derived?.title ?? null;
	if (derived !== null) {
		diagnostics.push(
			warning(
				raw.path,
				`has no headline line; the headline is derived from ${derived.from}: "${derived.title}" (give it a \`title:\` in its metadata to choose another)`,
			),
		);
	}
	// With no story text there is nothing to derive a headline from either: that error says it.
	if (!clean.paragraphs.some((p) => p.kind === undefined)) {
		diagnostics.push(
			error(raw.path, 'has no story text: every line is page furniture, a caption or a teaser'),
		);
	}
	if (hasErrors(diagnostics) || parsed.metadata === null || title === null)
		return { article: null, diagnostics };
	return {
		article: {
			source: raw.source,
			path: raw.path,
			metadata: parsed.metadata,
			clean: { ...clean, title },
			storyKey: comparisonKey(storyText(clean)),
		},
		diagnostics,
	};
}
