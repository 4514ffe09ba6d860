import { describe, expect, test } from 'vitest';
import { citedOfficials, mentionFinder } from '../../../src/lib/search/mentions.ts';
import { meeting, official, source } from '../lib/records.ts';

const named = (id: string, name: string, aliases: string[] = []) =>
	official({
		id,
		name,
		aliases,
		spellings: [name, ...aliases].map((spelling) => ({ name: spelling, articles: [] })),
	});
const officials = [
	named('nikolai-patrushev', 'Nikolai Patrushev'),
	named('sergei-naryshkin', 'Sergei Naryshkin', ['Sergey Naryshkin']),
	named('sergei-shoigu', 'Sergei Shoigu'),
	named('xi-jinping', 'Xi Jinping'),
];
const find = mentionFinder(officials);

describe('mentionFinder', () => {
	test.each([
		['a full name', 'He met Nikolai Patrushev.', [], ['nikolai-patrushev']],
		['an alias, in any case', 'SERGEY NARYSHKIN said', [], ['sergei-naryshkin']],
		['a possessive', 'Xi Jinping’s visit', [], ['xi-jinping']],
		['a surname when the article names them', 'Patrushev said', ['nikolai-patrushev'], ['nikolai-patrushev']],
		['no surname when the article does not name them', 'Patrushev said', [], []],
		['no first name two officials share', 'Sergei said', ['sergei-shoigu', 'sergei-naryshkin'], []],
		['no name shorter than four letters alone', 'Xi said', ['xi-jinping'], []],
	])('counts %s', (_, text, named, expected) => {
		expect(find(text, new Set(named))).toEqual(expected);
	});
});

describe('citedOfficials', () => {
	test('maps each paragraph to the officials of the roles and meetings it is cited for', () => {
		const withRole = official({
			id: 'chen-wenqing',
			roles: [{ title: 'secretary', former: false, sources: [source('a', 'p-2')] }],
		});
		const met = meeting({
			participants: ['chen-wenqing', 'nikolai-patrushev'],
			sources: [source('a', 'p-5')],
		});
		const cited = citedOfficials([withRole], [met]);
		expect(Object.fromEntries([...cited].map(([key, ids]) => [key, [...ids]]))).toEqual({
			'a#p-2': ['chen-wenqing'],
			'a#p-5': ['chen-wenqing', 'nikolai-patrushev'],
		});
	});
});
