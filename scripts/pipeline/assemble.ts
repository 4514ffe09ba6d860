import { ArticleSchema, type Article } from '../../src/schemas/article.ts';
import { checkRecord, type CheckRecord } from './cache/remembered-checks.ts';
import { error, type Diagnostic } from './diagnostics.ts';
import { findDuplicates } from './dedupe.ts';
import { assignIds, baseId } from './ids.ts';
import type { PreparedArticle } from './prepare.ts';

/**
 * Turns the prepared articles into the published collection: links near-duplicate captures to
 * their canonical story, gives every article its id and permalink, and validates each record
 * against the schema. Articles come out newest first, then by id. The build passes stages that
 * remember what they found last time: `links` finds the near-duplicates, `check` checks a record.
 */
export function assembleArticles(
	prepared: readonly PreparedArticle[],
	links: typeof findDuplicates = findDuplicates,
	check: CheckRecord = checkRecord,
): {
	articles: Article[];
	diagnostics: Diagnostic[];
} {
	const duplicates = links(prepared.map((a) => ({ key: a.source, comparisonKey: a.storyKey })));
	const canonicalOf = new Map(duplicates.map((link) => [link.key, link.canonical]));
	const { ids, diagnostics } = assignIds(
		prepared.map((a) => ({
			source: a.source,
			path: a.path,
			title: a.clean.title,
			published: a.metadata.published,
			slug: a.metadata.slug,
			duplicateOfSource: canonicalOf.get(a.source) ?? null,
		})),
	);
	const idOf = (source: string) => ids.get(source)!;

	const articles: Article[] = [];
	for (const article of prepared) {
		const { source, path } = article;
		const id = idOf(source);
		const canonical = canonicalOf.get(source);
		const record = articleRecord(article, {
			id,
			duplicateOf: canonical ? idOf(canonical) : null,
			duplicates: duplicates.filter((l) => l.canonical === source).map((l) => idOf(l.key)),
		});
		const result = check(ArticleSchema, record);
		if (result.success) articles.push(record);
		else
			diagnostics.push(
				...result.error.issues.map((issue) =>
					error(path, `field \`${issue.path.join('.')}\`: ${issue.message}`),
				),
			);
	}
	articles.sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
	return { articles, diagnostics };
}

/** The published record of a prepared article, once its id and near-duplicates are known. */
export function articleRecord(
	{ source, metadata, clean }: PreparedArticle,
	{ id, duplicateOf, duplicates }: Pick<Article, 'id' | 'duplicateOf' | 'duplicates'>,
): Article {
	return {
		id,
		source,
		title: clean.title,
		outlet: metadata.outlet ?? null,
		republishes: metadata.republishes ?? null,
		published: metadata.published,
		dateBasis: metadata.dateBasis ?? null,
		sourceUrl: metadata.url ?? null,
		standfirst: clean.standfirst,
		paragraphs: clean.paragraphs.map((p, i) => ({
			id: `p-${i + 1}`,
			text: p.text,
			...(p.kind ? { kind: p.kind } : {}),
		})),
		captions: clean.captions,
		related: clean.related,
		duplicateOf,
		duplicates,
		url: `/articles/${id}/`,
	};
}

/**
 * A prepared article as it will most likely be published: with the id its slug, or its day and
 * headline, give, and as no near-duplicate. So it is unless it turns out to be a near-duplicate
 * capture sharing its canonical story's id; a build reads it ahead on that guess, and a reading
 * is used only for an article with the same id, day and paragraphs.
 */
export function likelyArticle(prepared: PreparedArticle): Article {
	const id = baseId({
		slug: prepared.metadata.slug,
		published: prepared.metadata.published,
		title: prepared.clean.title,
	});
	return articleRecord(prepared, { id, duplicateOf: null, duplicates: [] });
}
