/** Who wrote the collection files, as each says. */
export const GENERATED_BY = 'scripts/build-data.ts from content/raw; do not edit';

/**
 * The text of a collection's file: exactly `JSON.stringify({ generatedBy, [name]: records })` and
 * a newline, put together from each record's text where `textOf` has it. Unindented: the files
 * are the site's input, not for reading (pipe one through `jq .` to read it), and so a fifth
 * smaller and quicker to write and to parse.
 */
export function collectionText(
	name: string,
	records: readonly unknown[],
	textOf: (record: unknown) => string | undefined = () => undefined,
): string {
	const items = records.map((record) => textOf(record) ?? JSON.stringify(record)).join(',');
	return `{"generatedBy":${JSON.stringify(GENERATED_BY)},${JSON.stringify(name)}:[${items}]}\n`;
}
