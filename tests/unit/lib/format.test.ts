import { describe, expect, test } from 'vitest';
import { captureKind, formatDay, outletLabel } from '../../../src/lib/format.ts';

describe('formatDay', () => {
	test.each([
		['2024-04-24', '24 April 2024'],
		['2023-01-01', '1 January 2023'],
		['2025-12-31', '31 December 2025'],
	])('writes %s as "%s"', (day, expected) => {
		expect(formatDay(day)).toBe(expected);
	});
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
