import { CuratedFileSchema, type CuratedOfficial } from '../../src/schemas/curated.ts';
import type { Diagnostic } from './diagnostics.ts';
import { parseYamlFile } from './yaml-file.ts';

/**
 * Reads content/curated/officials.yaml. The file is optional: without it (null) every official
 * comes from the text alone.
 */
export function parseCurated(
	file: string,
	text: string | null,
): { officials: CuratedOfficial[]; diagnostics: Diagnostic[] } {
	if (text === null) return { officials: [], diagnostics: [] };
	const { data, diagnostics } = parseYamlFile(
		file,
		text,
		CuratedFileSchema,
		'officials: [{ name: Sergei Shoigu, country: Russia }]',
	);
	return { officials: data?.officials ?? [], diagnostics };
}
