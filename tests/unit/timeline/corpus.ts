import type { Extent } from '../../../src/lib/timeline/lanes.ts';
import { event, meeting, source } from '../lib/records.ts';

/**
 * Chen Wenqing's three trips as the corpus gives them: Moscow in ISO week 2023-W21 (no end), Russia
 * on 20–28 April 2024 with a disputed start, and Hungary and Russia from week 21 to week 22 of 2025
 * (bounds 20–31 May); a conference and meetings inside each, and his appointment in October 2022.
 */
export const events = [
	event({
		id: '2022-10-appointment',
		kind: 'appointment',
		title: 'Chen Wenqing promoted to top security post',
		start: '2022-10',
		datePrecision: 'month',
		earliest: '2022-10-01',
		latest: '2022-10-31',
		participants: ['chen-wenqing'],
	}),
	event({
		id: '2023-05-trip-to-moscow',
		title: 'Chen Wenqing’s trip to Moscow',
		start: '2023-W21',
		datePrecision: 'week',
		earliest: '2023-05-22',
		latest: '2023-05-28',
		places: ['Moscow'],
		participants: ['chen-wenqing'],
		meetings: ['2023-w21-patrushev', '2023-w21-naryshkin'],
	}),
	event({
		id: '2023-05-11th-meeting',
		kind: 'conference',
		title: '11th Meeting of Senior Officials on International Security Issues',
		start: '2023-W21',
		datePrecision: 'week',
		earliest: '2023-05-22',
		latest: '2023-05-28',
		places: ['Moscow'],
		participants: ['chen-wenqing', 'sergei-naryshkin'],
	}),
	event({
		id: '2024-04-trip-to-russia',
		title: 'Chen Wenqing’s trip to Russia',
		start: '2024-04-20',
		end: '2024-04-28',
		earliest: '2024-04-20',
		latest: '2024-04-28',
		places: ['Russia'],
		participants: ['chen-wenqing'],
		meetings: ['2024-04-23-patrushev'],
		conflicts: [
			{ field: 'start', value: '2024-04-20', sources: [source('a')] },
			{ field: 'start', value: '2024-04-21', sources: [source('b')] },
		],
	}),
	event({
		id: '2024-04-12th-meeting',
		kind: 'conference',
		title: '12th International Meeting of High Representatives for Security Issues',
		start: '2024-04-23',
		end: '2024-04-25',
		earliest: '2024-04-23',
		latest: '2024-04-25',
		places: ['St Petersburg'],
		participants: ['chen-wenqing'],
	}),
	event({
		id: '2024-04-blinken-visit',
		kind: 'visit',
		title: 'Antony Blinken’s visit to China',
		start: '2024-04-24',
		end: '2024-04-26',
		earliest: '2024-04-24',
		latest: '2024-04-26',
		places: ['Shanghai', 'China'],
		participants: ['antony-blinken'],
	}),
	event({
		id: '2025-05-trip-to-hungary-and-russia',
		title: 'Chen Wenqing’s trip to Hungary and Russia',
		start: '2025-W21',
		end: '2025-W22',
		datePrecision: 'week',
		earliest: '2025-05-20',
		latest: '2025-05-31',
		places: ['Hungary', 'Russia'],
		participants: ['chen-wenqing'],
		meetings: ['2025-05-27-shoigu'],
	}),
];

const fuzzyWeek = {
	date: '2023-W21',
	datePrecision: 'week',
	earliest: '2023-05-22',
	latest: '2023-05-25',
} as const;

export const meetings = [
	meeting({
		id: '2023-w21-patrushev',
		title: 'Chen Wenqing and Nikolai Patrushev meet',
		...fuzzyWeek,
		place: 'Moscow',
		participants: ['chen-wenqing', 'nikolai-patrushev'],
		events: ['2023-05-trip-to-moscow', '2023-05-11th-meeting'],
	}),
	meeting({
		id: '2023-w21-naryshkin',
		title: 'Chen Wenqing and Sergei Naryshkin meet',
		...fuzzyWeek,
		place: 'Moscow',
		participants: ['chen-wenqing', 'sergei-naryshkin'],
		events: ['2023-05-trip-to-moscow', '2023-05-11th-meeting'],
	}),
	meeting({
		id: '2024-04-23-patrushev',
		title: 'Chen Wenqing and Nikolai Patrushev meet',
		place: 'St Petersburg',
		participants: ['chen-wenqing', 'nikolai-patrushev'],
		events: ['2024-04-trip-to-russia', '2024-04-12th-meeting'],
	}),
	meeting({
		id: '2025-05-27-shoigu',
		title: 'Chen Wenqing and Sergei Shoigu meet',
		date: '2025-05-27',
		earliest: '2025-05-27',
		latest: '2025-05-27',
		participants: ['chen-wenqing', 'sergei-shoigu'],
		events: ['2025-05-trip-to-hungary-and-russia'],
	}),
	meeting({
		id: '2023-03-putin-xi',
		title: 'Vladimir Putin and Xi Jinping meet',
		date: '2023-03',
		datePrecision: 'month',
		earliest: '2023-03-01',
		latest: '2023-03-31',
		place: 'Moscow',
		participants: ['vladimir-putin', 'xi-jinping'],
	}),
];

export const names = new Map([
	['chen-wenqing', 'Chen Wenqing'],
	['nikolai-patrushev', 'Nikolai Patrushev'],
	['sergei-naryshkin', 'Sergei Naryshkin'],
	['sergei-shoigu', 'Sergei Shoigu'],
	['antony-blinken', 'Antony Blinken'],
	['vladimir-putin', 'Vladimir Putin'],
	['xi-jinping', 'Xi Jinping'],
]);

export const records = { events, meetings };

/** True when no two extents in one lane overlap. */
export function lanesAreClear(extents: readonly Extent[], lanes: readonly number[]): boolean {
	return extents.every((a, i) =>
		extents.every((b, j) => j <= i || lanes[i] !== lanes[j] || a.end <= b.start || b.end <= a.start),
	);
}
