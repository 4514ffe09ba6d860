import { ArticleMetadataSchema, type ArticleMetadata } from '../../src/schemas/metadata.ts';
import { error, warning, type Diagnostic } from './diagnostics.ts';
import { parseYamlFile } from './yaml-file.ts';

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
		const message =
			'is missing: every article needs a metadata file beside it with at least `published: YYYY-MM-DD`';
		return { metadata: null, diagnostics: [error(file, message)] };
	}
	const { data, diagnostics } = parseYamlFile(file, yamlText, ArticleMetadataSchema, 'published: 2024-04-24');
	if (data === null) return { metadata: null, diagnostics };
	if (data.outlet != null) return { metadata: data, diagnostics: [] };
	const message = 'names no outlet; the article is published with outlet null and shown as "Outlet unknown"';
	return { metadata: data, diagnostics: [warning(file, message)] };
}
