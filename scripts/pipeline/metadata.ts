import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { ArticleMetadataSchema, type ArticleMetadata } from '../../src/schemas/metadata.ts';
import { error, warning, type Diagnostic } from './diagnostics.ts';

export interface ParsedMetadata {
	/** The metadata, or null when it is missing or unusable. */
	metadata: ArticleMetadata | null;
	diagnostics: Diagnostic[];
}

/**
 * Reads an article's sidecar YAML. `file` names the sidecar in messages; `yamlText` is null
 * when the sidecar does not exist. A missing outlet is a warning (it is shown as unknown);
 * anything else wrong is an error naming the field.
 */
export function parseMetadata(file: string, yamlText: string | null): ParsedMetadata {
	if (yamlText === null) {
		return {
			metadata: null,
			diagnostics: [
				error(
					file,
					'is missing: every article needs a metadata file beside it with at least `published: YYYY-MM-DD`',
				),
			],
		};
	}
	const document = parseDocument(yamlText, { schema: 'core', prettyErrors: false });
	if (document.errors.length > 0) {
		return {
			metadata: null,
			diagnostics: document.errors.map((e) => error(file, `is not valid YAML: ${e.message.split('\n')[0]}`)),
		};
	}
	const data: unknown = document.toJS() ?? {};
	const result = ArticleMetadataSchema.safeParse(data);
	if (!result.success) {
		return { metadata: null, diagnostics: describeIssues(file, result.error.issues, data) };
	}
	const diagnostics =
		result.data.outlet == null
			? [
					warning(
						file,
						'names no outlet; the article is published with outlet null and shown as "Outlet unknown"',
					),
				]
			: [];
	return { metadata: result.data, diagnostics };
}

/** One sentence per Zod issue, naming the field and the value found. */
export function describeIssues(
	file: string,
	issues: readonly z.core.$ZodIssue[],
	data: unknown,
): Diagnostic[] {
	return issues.map((issue) => {
		if (issue.code === 'unrecognized_keys') {
			return error(
				file,
				`has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')} (known fields: ${Object.keys(ArticleMetadataSchema.shape).join(', ')})`,
			);
		}
		const field = issue.path.join('.') || '(top level)';
		const value = valueAt(data, issue.path);
		if (value === undefined && issue.path.length > 0)
			return error(file, `field \`${field}\` is missing; it is required`);
		if (issue.path.length === 0)
			return error(file, `must be a YAML mapping of fields (like \`published: 2024-04-24\`)`);
		return error(
			file,
			`field \`${field}\` is ${JSON.stringify(value)}: it ${issue.message.replace(/^Invalid input: /, 'should be ')}`,
		);
	});
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}
