import { createHash } from 'node:crypto';
import { error, type Diagnostic } from './diagnostics.ts';

/** Longest slug made from a headline; permalinks stay readable and short enough to share. */
export const MAX_TITLE_SLUG = 60;

/** Lowercase ASCII words joined by hyphens, cut at a word boundary. */
export function slugify(text: string, maxLength = MAX_TITLE_SLUG): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[’']/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= maxLength) return slug;
	const cut = slug.slice(0, maxLength + 1);
	return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : maxLength);
}

export interface IdInput {
	/** The raw file's name. */
	source: string;
	/** The raw file's path, for messages. */
	path: string;
	title: string;
	published: string;
	/** A slug chosen in the metadata, used as it is. */
	slug?: string | undefined;
	/** The source of the capture this one duplicates, or null. */
	duplicateOfSource: string | null;
}

/** The id an article gets unless it must be told apart from its canonical capture's (see `assignIds`). */
export function baseId(article: Pick<IdInput, 'slug' | 'published' | 'title'>): string {
	return article.slug ?? `${article.published}-${slugify(article.title) || 'untitled'}`;
}

/**
 * Gives every article a stable id: its metadata's `slug`, or its publication date and headline
 * ("2024-04-24-china-and-russia-eye-stronger-intelligence-and-law"). A near-duplicate capture
 * that would share its canonical story's id gets a suffix from its file name, which does not
 * change when other files come and go. Any other clash is an error naming both files.
 */
export function assignIds(inputs: readonly IdInput[]): {
	ids: Map<string, string>;
	diagnostics: Diagnostic[];
} {
	const base = new Map(inputs.map((a) => [a.source, baseId(a)]));
	const ids = new Map<string, string>();
	for (const article of inputs) {
		const id = base.get(article.source)!;
		const sharesWithCanonical =
			article.slug === undefined &&
			article.duplicateOfSource !== null &&
			base.get(article.duplicateOfSource) === id;
		ids.set(article.source, sharesWithCanonical ? `${id}-${shortHash(article.source)}` : id);
	}
	const bySlug = new Map<string, string[]>();
	for (const [source, id] of ids) bySlug.set(id, [...(bySlug.get(id) ?? []), source]);
	const pathOf = new Map(inputs.map((a) => [a.source, a.path]));
	const diagnostics: Diagnostic[] = [];
	for (const [id, sources] of bySlug) {
		if (sources.length < 2) continue;
		for (const source of sources) {
			const others = sources
				.filter((s) => s !== source)
				.map((s) => pathOf.get(s))
				.join(', ');
			diagnostics.push(
				error(
					pathOf.get(source)!,
					`its permalink slug "${id}" is also the slug of ${others}; give one of them its own \`slug:\` in its metadata`,
				),
			);
		}
	}
	return { ids, diagnostics };
}

function shortHash(text: string): string {
	return createHash('sha256').update(text).digest('hex').slice(0, 6);
}
