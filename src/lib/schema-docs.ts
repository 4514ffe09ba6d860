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

// A doc comment (never running past its own end) directly above `name:`.
const docThenField = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*(\w+)\s*:/g;

/**
 * Read the doc comment above each field of `export const <schemaName> = z.object({ … })`
 * in a schema module's source text, so pages never restate what the schema says. Fields a
 * schema takes from another (`Base.extend({ … })`, `...Base.shape`) get that schema's comments
 * when its source is among `source`'s texts; a comment in the schema itself wins.
 *
 * @param source One module's text, or several (e.g. the schema's module and those it imports).
 * @returns A map from field name to its comment as one line; empty when the schema is not found.
 */
export function readFieldComments(
	source: string | readonly string[],
	schemaName: string,
): Map<string, string> {
	const text = typeof source === 'string' ? source : source.join('\n');
	return readComments(text, schemaName, new Set());
}

function readComments(text: string, schemaName: string, seen: Set<string>): Map<string, string> {
	const declaration = new RegExp(`export const ${schemaName} = (?:z\\.object|(\\w+)\\.extend)\\(\\{`).exec(
		text,
	);
	if (!declaration || seen.has(schemaName)) return new Map();
	seen.add(schemaName);
	const end = text.indexOf('\n});', declaration.index);
	const body = text.slice(declaration.index, end === -1 ? undefined : end);
	const bases = [declaration[1], ...[...body.matchAll(/\.\.\.(\w+)\.shape\b/g)].map((match) => match[1])];
	const inherited = bases.flatMap((base) => (base ? [...readComments(text, base, seen)] : []));
	const own = [...body.matchAll(docThenField)].map(([, comment = '', name = '']): [string, string] => [
		name,
		comment
			.replace(/^\s*\*\s?/gm, ' ')
			.replace(/\s+/g, ' ')
			.trim(),
	]);
	return new Map([...inherited, ...own]);
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
			return inWords(def.values.map((value) => JSON.stringify(value)));
		case 'enum':
			return inWords(Object.values(def.entries).map((value) => JSON.stringify(value)));
		case 'object':
			return `object with ${Object.keys(def.shape).join(', ')}`;
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

/** "a", "b" or "c". */
function inWords(values: string[]): string {
	return values.length < 2 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

function plural(type: string): string {
	if (/^object with /.test(type)) return type.replace(/^object/, 'objects');
	return /^\w+( object)?$/.test(type) ? type + 's' : type;
}

/**
 * Document every field of an object schema from its Zod shape and its source comments.
 *
 * @param source The schema module's text, or the texts of it and the modules it takes fields from.
 */
export function documentFields(
	schema: z.ZodObject,
	source: string | readonly string[],
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
