import type { Figure } from '../../../../src/schemas/figure.ts';
import { slugify } from '../../ids.ts';
import { consistent } from './agreement.ts';
import { shortArticleIds } from './article-ids.ts';
import { cluster } from './cluster.ts';
import type { FigureMention } from './figure-mention.ts';

/** The measure most reports use; ties go to the shortest, then the first in order. */
function groupMeasure(members: readonly FigureMention[]): string {
	const counts = new Map<string, number>();
	for (const m of members) counts.set(m.measure, (counts.get(m.measure) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]![0];
}

/** Groups mentions of one measure across articles and decides agreement; returns Figure records (FigureSchema), sorted by group then article. */
export function groupFigures(mentions: readonly FigureMention[]): Figure[] {
	const groups = cluster(mentions).map((members) => {
		const measure = groupMeasure(members);
		const slug = slugify(
			measure.replace(/[’']s\b/g, '').replace(/\b(?:the|a|an|in|on|at|of|to|for|from|near)\b/gi, ' '),
			60,
		);
		const agreement: Figure['agreement'] =
			members.length === 1
				? 'single'
				: members.every((a) => members.every((b) => consistent(a, b)))
					? 'consistent'
					: 'conflicting';
		return { members, measure, slug: slug || 'figure', agreement };
	});
	const taken = new Map<string, number>();
	for (const group of groups.sort((a, b) => a.slug.localeCompare(b.slug))) {
		const seen = taken.get(group.slug) ?? 0;
		taken.set(group.slug, seen + 1);
		if (seen > 0) group.slug = `${group.slug}-${seen + 1}`;
	}
	const short = shortArticleIds(mentions.map((m) => m.source.article));
	const figures: Figure[] = [];
	const ids = new Set<string>();
	for (const group of groups) {
		const members = [...group.members].sort((a, b) => a.source.article.localeCompare(b.source.article));
		for (const m of members) {
			// SlugSchema allows single hyphens only, so group and article join with one.
			const base = `${group.slug}-${short.get(m.source.article)}`;
			let id = base;
			for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
			ids.add(id);
			figures.push({
				id,
				value: m.value,
				unit: m.unit,
				text: m.text,
				measure: group.measure,
				sources: [m.source],
				group: group.slug,
				agreement: group.agreement,
			});
		}
	}
	return figures;
}
