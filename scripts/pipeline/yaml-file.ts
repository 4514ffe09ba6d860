import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { error, type Diagnostic } from './diagnostics.ts';

/**
 * Parses a hand-written YAML file against a schema. Every problem becomes a diagnostic naming
 * the file and the field; `data` is null when there is any.
 */
export function parseYamlFile<S extends z.ZodType>(
	file: string,
	text: string,
	schema: S,
	example: string,
): { data: z.output<S> | null; diagnostics: Diagnostic[] } {
	const document = parseDocument(text, { schema: 'core', prettyErrors: false });
	if (document.errors.length > 0) {
		return {
			data: null,
			diagnostics: document.errors.map((e) => error(file, `is not valid YAML: ${e.message.split('\n')[0]}`)),
		};
	}
	const data: unknown = document.toJS() ?? {};
	const result = schema.safeParse(data);
	if (result.success) return { data: result.data, diagnostics: [] };
	return { data: null, diagnostics: describeIssues(file, result.error.issues, data, example) };
}

/** One sentence per Zod issue, naming the field and the value found. */
export function describeIssues(
	file: string,
	issues: readonly z.core.$ZodIssue[],
	data: unknown,
	example: string,
): Diagnostic[] {
	return issues.map((issue) => {
		const field = issue.path.join('.') || '(top level)';
		if (issue.code === 'unrecognized_keys') {
			const where = issue.path.length > 0 ? ` in \`${field}\`` : '';
			return error(
				file,
				`has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')}${where} (check the spelling; see README.md)`,
			);
		}
		if (issue.path.length === 0) return error(file, `must be a YAML mapping of fields (like \`${example}\`)`);
		const value = valueAt(data, issue.path);
		if (value === undefined) return error(file, `field \`${field}\` is missing; it is required`);
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
