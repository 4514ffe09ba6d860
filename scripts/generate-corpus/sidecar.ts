/**
 * The YAML sidecar written beside each generated article, in content/raw's format:
 * `published`, `outlet`, and when they apply `republishes`, `url` and `dateBasis`.
 */
import { stringify } from 'yaml';

export interface Sidecar {
	published: string;
	outlet: string | null;
	republishes?: string | undefined;
	url?: string | undefined;
	dateBasis?: string | undefined;
	/** A comment for the top of the file, as people write beside unusual entries. */
	comment?: string | undefined;
}

/** The sidecar's text. */
export function renderSidecar({ comment, ...fields }: Sidecar): string {
	const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
	const yaml = stringify(defined, { lineWidth: 100 });
	return comment ? `# ${comment}\n${yaml}` : yaml;
}
