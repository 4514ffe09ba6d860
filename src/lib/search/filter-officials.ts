/**
 * The officials the search page's official filter lists: those concerned by the most search documents,
 * at most `limit`, ordered by name. An official no document concerns is never listed (filtering by
 * them would find nothing).
 */
export function filterOfficials(
	officials: ReadonlyArray<{ id: string; name: string }>,
	documents: ReadonlyArray<{ officials: readonly string[] }>,
	limit: number,
): Array<{ id: string; name: string }> {
	const concerning = new Map<string, number>();
	for (const doc of documents)
		for (const id of doc.officials) concerning.set(id, (concerning.get(id) ?? 0) + 1);
	return officials
		.filter((official) => concerning.has(official.id))
		.sort((a, b) => concerning.get(b.id)! - concerning.get(a.id)! || a.name.localeCompare(b.name, 'en'))
		.slice(0, limit)
		.map(({ id, name }) => ({ id, name }))
		.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
