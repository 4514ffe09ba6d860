import type { Figure } from '../../../../src/schemas/figure.ts';
import { slugify } from '../../ids.ts';
import { consistent } from './agreement.ts';
import type { FigureMention } from './find-figures.ts';
import { keyParts } from './keys.ts';

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

/**
 * Splits mentions into groups of one measure: the same key, and the same period where both give
 * one; a report with no period joins the measure's only dated group (two dated groups: it stays apart).
 */
function cluster(mentions: readonly FigureMention[]): FigureMention[][] {
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

/** Short, unique article slugs for figure ids: the date and the headline's first words. */
function shortArticleIds(articles: readonly string[]): Map<string, string> {
	const result = new Map<string, string>();
	const unique = [...new Set(articles)];
	// How many ids start with each prefix of n words, counted once per n: a prefix shared with
	// another id has a count above one (an id with fewer words never equals an n-word prefix).
	const counts = new Map<number, Map<string, number>>();
	const prefix = (n: number, id: string) => id.split('-').slice(0, n).join('-');
	const sharing = (n: number, id: string) => {
		let count = counts.get(n);
		if (count === undefined) {
			count = new Map();
			for (const other of unique) count.set(prefix(n, other), (count.get(prefix(n, other)) ?? 0) + 1);
			counts.set(n, count);
		}
		return count.get(prefix(n, id))! > 1;
	};
	for (const article of unique) {
		const parts = article.split('-');
		let length = Math.min(parts.length, 6);
		while (length < parts.length && sharing(length, article)) length++;
		result.set(article, prefix(length, article));
	}
	return result;
}
