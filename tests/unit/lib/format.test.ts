import { describe, expect, test } from 'vitest';
import {
	captureKind,
	describeDateBasis,
	formatBounds,
	formatDate,
	formatDateRange,
	formatDay,
	formatDayRange,
	isoWeekMonday,
	monthName,
	outletLabel,
	plural,
	sentenceCase,
} from '../../../src/lib/format.ts';

describe('formatDay', () => {
	test.each([
		['2024-04-24', '24 April 2024'],
		['2023-01-01', '1 January 2023'],
		['2025-12-31', '31 December 2025'],
	])('writes %s as "%s"', (day, expected) => {
		expect(formatDay(day)).toBe(expected);
	});
});

describe('monthName', () => {
	test.each([
		[1, 'January'],
		[4, 'April'],
		[9, 'September'],
		[12, 'December'],
	])('names month %i %s', (month, name) => expect(monthName(month)).toBe(name));
});

describe('outletLabel', () => {
	test.each([
		[{ outlet: 'Reuters', republishes: null }, 'Reuters'],
		[{ outlet: null, republishes: null }, 'Outlet unknown'],
		[
			{ outlet: 'Daily8', republishes: 'South China Morning Post' },
			'Daily8, republishing South China Morning Post',
		],
	])('names %o as "%s"', (article, expected) => {
		expect(outletLabel(article)).toBe(expected);
	});
});

describe('captureKind', () => {
	const long = { paragraphs: [{ id: 'p-1', text: 'A long paragraph.' }] };
	const short = { paragraphs: [{ id: 'p-1', text: 'Short.' }] };

	test('calls a capture with less text a shorter capture', () => {
		expect(captureKind(short, long)).toBe('shorter capture');
	});

	test('calls a capture with as much text a near-duplicate capture', () => {
		expect(captureKind(long, long)).toBe('near-duplicate capture');
	});
});

describe('isoWeekMonday', () => {
	test.each([
		[2023, 21, '2023-05-22'],
		[2024, 15, '2024-04-08'],
		[2024, 1, '2024-01-01'],
		[2025, 1, '2024-12-30'],
		[2026, 53, '2026-12-28'],
	])('puts week %i-W%i on Monday %s', (year, week, monday) => {
		expect(isoWeekMonday(year, week)).toBe(monday);
	});
});

describe('formatDate', () => {
	test.each([
		['a day', '2024-04-23', '23 April 2024'],
		['an ISO week', '2023-W21', 'week of 22 May 2023 (ISO week 2023-W21)'],
		['a week that starts in the year before', '2025-W01', 'week of 30 December 2024 (ISO week 2025-W01)'],
		['a month', '2023-05', 'May 2023'],
		['a year', '2024', '2024'],
		['a value in words', 'early spring', 'early spring'],
	])('writes %s no more precisely than it is known: %s → "%s"', (_kind, value, expected) => {
		expect(formatDate(value)).toBe(expected);
	});
});

describe('formatDayRange', () => {
	test.each([
		['2024-04-23', '2024-04-23', '23 April 2024'],
		['2023-05-22', '2023-05-25', '22–25 May 2023'],
		['2024-04-28', '2024-05-03', '28 April – 3 May 2024'],
		['2024-12-30', '2025-01-02', '30 December 2024 – 2 January 2025'],
	])('writes %s to %s as "%s"', (first, last, expected) => {
		expect(formatDayRange(first, last)).toBe(expected);
	});
});

describe('formatDateRange', () => {
	test('writes one date when there is no end', () => {
		expect(formatDateRange('2024-04', null)).toBe('April 2024');
	});

	test('shortens a span of days within a month', () => {
		expect(formatDateRange('2024-04-20', '2024-04-28')).toBe('20–28 April 2024');
	});

	test('writes each end of a span of weeks at its own precision', () => {
		expect(formatDateRange('2025-W21', '2025-W22')).toBe(
			'week of 19 May 2025 (ISO week 2025-W21) to week of 26 May 2025 (ISO week 2025-W22)',
		);
	});
});

describe('formatBounds', () => {
	test.each([
		[
			'a week cut short by the report’s publication',
			'2023-05-22',
			'2023-05-25',
			'between 22 and 25 May 2023',
		],
		['a year', '2024-01-01', '2024-12-31', 'between 1 January and 31 December 2024'],
		['bounds across a new year', '2024-12-30', '2025-01-05', 'between 30 December 2024 and 5 January 2025'],
		['a single day', '2024-04-23', '2024-04-23', 'on 23 April 2024'],
	])('writes the bounds of %s', (_kind, earliest, latest, expected) => {
		expect(formatBounds({ earliest, latest })).toBe(expected);
	});
});

describe('describeDateBasis', () => {
	test.each([
		['stated', 'day', 'stated in the sentence that reports it'],
		['context', 'day', 'worked out from nearby sentences'],
		['publication', 'week', 'worked out from the report’s publication week'],
		['publication', 'day', 'worked out from the report’s publication date'],
	] as const)('says a %s date known to the %s is "%s"', (basis, precision, expected) => {
		expect(describeDateBasis(basis, precision)).toBe(expected);
	});
});

describe('plural', () => {
	test.each([
		[1, '1 meeting'],
		[0, '0 meetings'],
		[3, '3 meetings'],
	])('counts %i as "%s"', (count, expected) => {
		expect(plural(count, 'meeting', 'meetings')).toBe(expected);
	});
});

describe('sentenceCase', () => {
	test.each([
		['people killed in the attack', 'People killed in the attack'],
		['China–Russia trade', 'China–Russia trade'],
		['', ''],
	])('writes "%s" as "%s"', (text, expected) => {
		expect(sentenceCase(text)).toBe(expected);
	});
});
