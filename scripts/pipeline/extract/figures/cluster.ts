import type { FigureMention } from './figure-mention.ts';
import { keyParts } from './keys.ts';

/**
 * Splits mentions into groups of one measure: the same key, and the same period where both give
 * one; a report with no period joins the measure's only dated group (two dated groups: it stays apart).
 */
export function cluster(mentions: readonly FigureMention[]): FigureMention[][] {
	const byBase = new Map<string, FigureMention[]>();
	for (const m of mentions) {
		const { base } = keyParts(m.key);
		const members = byBase.get(base);
		if (members) members.push(m);
		else byBase.set(base, [m]);
	}
	const groups: FigureMention[][] = [];
	for (const members of byBase.values()) {
		const byPeriod = new Map<string, FigureMention[]>();
		for (const m of members) {
			const { period } = keyParts(m.key);
			const sameYear = byPeriod.get(period);
			if (sameYear) sameYear.push(m);
			else byPeriod.set(period, [m]);
		}
		const undated = byPeriod.get('') ?? [];
		byPeriod.delete('');
		const dated = [...byPeriod.values()];
		if (dated.length === 1) dated[0]!.push(...undated);
		else if (undated.length > 0) dated.push(undated);
		groups.push(...dated);
	}
	return groups;
}
