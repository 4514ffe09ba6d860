import { describe, expect, test } from 'vitest';
import { assignIds, slugify } from '../../../scripts/pipeline/ids.ts';

describe('slugify', () => {
	test.each([
		['CPC’s security chief to visit Russia', 'cpcs-security-chief-to-visit-russia'],
		['China, Russia ‘fighting together’: Chen Wenqing', 'china-russia-fighting-together-chen-wenqing'],
		['Liège talks: Café über alles', 'liege-talks-cafe-uber-alles'],
		['<script>alert(1)</script>', 'script-alert-1-script'],
	])('%j → %j', (input, expected) => expect(slugify(input)).toBe(expected));

	test('cuts a long headline at a word boundary', () => {
		expect(
			slugify(
				'China and Russia eye stronger intelligence and law enforcement ties as top security officials meet',
			),
		).toBe('china-and-russia-eye-stronger-intelligence-and-law');
	});
});

const article = (source: string, title: string, extra: object = {}) => ({
	source,
	path: source,
	title,
	published: '2024-04-24',
	duplicateOfSource: null,
	...extra,
});

describe('assignIds', () => {
	test('makes ids from the publication date and headline', () => {
		const { ids, diagnostics } = assignIds([article('a.txt', 'Chen meets Patrushev')]);
		expect(ids.get('a.txt')).toBe('2024-04-24-chen-meets-patrushev');
		expect(diagnostics).toEqual([]);
	});

	test('gives a near-duplicate capture with the same headline a suffix from its file name', () => {
		const { ids, diagnostics } = assignIds([
			article('full.txt', 'Chen meets Patrushev'),
			article('short.txt', 'Chen meets Patrushev', { duplicateOfSource: 'full.txt' }),
		]);
		expect(ids.get('full.txt')).toBe('2024-04-24-chen-meets-patrushev');
		expect(ids.get('short.txt')).toMatch(/^2024-04-24-chen-meets-patrushev-[0-9a-f]{6}$/);
		expect(diagnostics).toEqual([]);
		// The suffix depends on the file's name alone, so it never moves.
		expect(
			assignIds([
				article('full.txt', 'Chen meets Patrushev'),
				article('short.txt', 'Chen meets Patrushev', { duplicateOfSource: 'full.txt' }),
			]).ids.get('short.txt'),
		).toBe(ids.get('short.txt'));
	});

	test('reports two different stories whose slugs collide, naming both files', () => {
		const { diagnostics } = assignIds([
			article('a.txt', 'Morning briefing'),
			article('b.txt', 'Morning Briefing!'),
		]);
		expect(diagnostics).toEqual([
			{
				file: 'a.txt',
				severity: 'error',
				message:
					'its permalink slug "2024-04-24-morning-briefing" is also the slug of b.txt; give one of them its own `slug:` in its metadata',
			},
			{
				file: 'b.txt',
				severity: 'error',
				message:
					'its permalink slug "2024-04-24-morning-briefing" is also the slug of a.txt; give one of them its own `slug:` in its metadata',
			},
		]);
	});

	test('uses a slug from the metadata as it is, and reports it when taken', () => {
		expect(assignIds([article('a.txt', 'Morning briefing', { slug: 'briefing-one' })]).ids.get('a.txt')).toBe(
			'briefing-one',
		);
		expect(
			assignIds([article('a.txt', 'X', { slug: 'same' }), article('b.txt', 'Y', { slug: 'same' })])
				.diagnostics,
		).toHaveLength(2);
	});
});
