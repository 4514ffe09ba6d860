import type { z } from 'zod';

/** One documented field of an object schema. */
export interface FieldDoc {
	/** The field's name. */
	name: string;
	/** Its type in words, e.g. "string or null". */
	type: string;
	/** The `/** … *\/` comment written above the field in the schema's source. */
	meaning: string;
}

const docThenField = /\/\*\*([\s\S]*?)\*\/\s*(\w+)\s*:/g;

/**
 * Read the doc comment above each field of `export const <schemaName> = z.object({ … })`
 * in a schema module's source text, so pages never restate what the schema says.
 *
 * @returns A map from field name to its comment as one line; empty when the schema is not found.
 */
export function readFieldComments(source: string, schemaName: string): Map<string, string> {
	const start = source.indexOf(`export const ${schemaName} = z.object({`);
	if (start === -1) return new Map();
	const end = source.indexOf('\n});', start);
	const body = source.slice(start, end === -1 ? undefined : end);
	return new Map(
		[...body.matchAll(docThenField)].map(([, comment = '', name = '']) => [
			name,
			comment
				.replace(/^\s*\*\s?/gm, ' ')
				.replace(/\s+/g, ' ')
				.trim(),
		]),
	);
}

/**
 * Describe a Zod type in words for a reader of the data, e.g. "array of strings".
 *
 * @param names Names to use for object schemas (e.g. ParagraphSchema → "Paragraph").
 */
export function describeType(
	schema: z.core.$ZodType,
	names: ReadonlyMap<unknown, string> = new Map(),
): string {
	const name = names.get(schema);
	if (name) return name;
	const def = (schema as z.core.$ZodTypes)._zod.def;
	switch (def.type) {
		case 'string':
			return 'format' in def && def.format === 'url' ? 'string (URL)' : 'string';
		case 'literal':
			return def.values.map((value) => JSON.stringify(value)).join(' or ');
		case 'nullable':
			return `${describeType(def.innerType, names)} or null`;
		case 'optional':
			return `${describeType(def.innerType, names)}, optional`;
		case 'array':
			return `array of ${plural(describeType(def.element, names))}`;
		default:
			return def.type;
	}
}

function plural(type: string): string {
	return /^\w+( object)?$/.test(type) ? type + 's' : type;
}

/** Document every field of an object schema from its Zod shape and its source comments. */
export function documentFields(
	schema: z.ZodObject,
	source: string,
	schemaName: string,
	names: ReadonlyMap<unknown, string> = new Map(),
): FieldDoc[] {
	const comments = readFieldComments(source, schemaName);
	return Object.entries(schema.shape).map(([name, type]) => ({
		name,
		type: describeType(type, names),
		meaning: comments.get(name) ?? '',
	}));
}
