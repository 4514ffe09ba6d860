import type { Meeting } from '../../../../src/schemas/meeting.ts';
import { sourceKey, type Source } from '../../../../src/schemas/source.ts';
import { spanDays } from '../toolkit/fuzzy-dates.ts';
import { joinWords } from '../toolkit/lists.ts';
import { countryOf } from '../countries.ts';
import type { MeetingMention } from './find-meetings.ts';

/**
 * One record per real meeting: reports with the same participants whose dates can be the same
 * are one meeting, dated by the most precise report and citing every one; held when one report
 * says it was, and citing apart those that announced it (see `announcements`).
 */
export function mergeMeetings(
	mentions: readonly MeetingMention[],
	names: ReadonlyMap<string, string>,
): Meeting[] {
	const clusters: MeetingMention[][] = [];
	// Only reports with the same participants can be one meeting: each looks at those alone.
	const byParticipants = new Map<string, MeetingMention[][]>();
	for (const mention of [...mentions].sort((a, b) => a.date.earliest.localeCompare(b.date.earliest))) {
		const key = mention.participants.join();
		const same = byParticipants.get(key) ?? byParticipants.set(key, []).get(key)!;
		const cluster = same.find((c) =>
			c.every((m) => m.date.earliest <= mention.date.latest && mention.date.earliest <= m.date.latest),
		);
		if (cluster) cluster.push(mention);
		else {
			clusters.push([mention]);
			same.push(clusters.at(-1)!);
		}
	}
	const basisRank = { stated: 0, context: 1, publication: 2 } as const;
	const meetings = clusters.map((cluster) => {
		const best = [...cluster].sort(
			(a, b) => spanDays(a.date) - spanDays(b.date) || basisRank[a.dateBasis] - basisRank[b.dateBasis],
		)[0]!;
		const status = cluster.some((m) => m.status === 'held') ? 'held' : 'planned';
		const people = best.participants.map((id) => names.get(id) ?? id);
		const dateSlug = best.date.date.toLowerCase();
		const id = `${dateSlug}-${best.participants.join('-')}`;
		return {
			id,
			title: `${joinWords(people)} ${status === 'held' ? 'meet' : 'to meet'}`,
			...best.date,
			dateBasis: best.dateBasis,
			status,
			...mostPrecisePlace(cluster),
			participants: best.participants,
			sources: dedupeSources(cluster.map((m) => m.source)),
			announcements: dedupeSources(cluster.filter((m) => m.status === 'planned').map((m) => m.source)),
			events: [],
			url: `/meetings/${id}/`,
		} satisfies Meeting;
	});
	return meetings.sort((a, b) => a.earliest.localeCompare(b.earliest) || a.id.localeCompare(b.id));
}

/** The sources with each quote of each paragraph once, in their first order. */
export function dedupeSources(sources: readonly Source[]): Source[] {
	const seen = new Set<string>();
	return sources.filter((s) => {
		const key = sourceKey(s);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/**
 * The place to give a meeting its reports place differently, with where it comes from: of those
 * a report states, else of those the sentences around give, else of the datelines, else of where
 * the reports are set, the first that is not a whole country
 * ("Shanghai" from one report over "China" from another), else the first.
 */
function mostPrecisePlace(cluster: readonly MeetingMention[]): Pick<Meeting, 'place' | 'placeBasis'> {
	for (const basis of ['stated', 'context', 'dateline', 'story'] as const) {
		const given = cluster.flatMap((m) => (m.placeBasis === basis && m.place !== null ? [m.place] : []));
		const place = given.find((p) => countryOf(p) !== p) ?? given[0];
		if (place !== undefined) return { place, placeBasis: basis };
	}
	return { place: null, placeBasis: null };
}
