export const benchStart = '<!-- bench:start -->';
export const benchEnd = '<!-- bench:end -->';

/**
 * Replace what lies between the bench markers in `readme` with `block`, keeping the markers.
 * Throws, naming the marker, when either is missing, repeated or out of order, so a README
 * without a place for the table is never written to.
 */
export function replaceBenchBlock(readme: string, block: string): string {
	for (const marker of [benchStart, benchEnd]) {
		const count = readme.split(marker).length - 1;
		if (count !== 1)
			throw new Error(
				`README.md has ${count === 0 ? 'no' : count} ${marker} marker${count > 1 ? 's' : ''}: ` +
					`it needs exactly one ${benchStart} line and one ${benchEnd} line around the bench table.`,
			);
	}
	const start = readme.indexOf(benchStart) + benchStart.length;
	const end = readme.indexOf(benchEnd);
	if (end < start) throw new Error(`README.md has ${benchEnd} before ${benchStart}.`);
	return `${readme.slice(0, start)}\n\n${block.trim()}\n\n${readme.slice(end)}`;
}
