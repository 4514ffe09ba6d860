import { describe, expect, test } from 'vitest';
import type { Gold } from '../../../scripts/eval/gold.ts';
import type { ArticleOutput } from '../../../scripts/eval/output.ts';
import { scorePeople } from '../../../scripts/eval/score-people.ts';
import type { Official } from '../../../src/schemas/official.ts';

/** An article's output naming one official of `country`. */
function output(country: string | null): ArticleOutput {
	const official = {
		id: 'hakan-fidan',
		name: 'Hakan Fidan',
		spellings: [],
		roles: [],
		country,
	} as unknown as Official;
	return {
		article: { id: 'a' } as ArticleOutput['article'],
		officials: [official],
		meetings: [],
		events: [],
		figures: [],
		officialById: new Map([[official.id, official]]),
	};
}

const gold = (country: string) =>
	({ officials: [{ name: 'Hakan Fidan', role: null, country }], people: [] }) as unknown as Gold;

describe('scorePeople', () => {
	test.each([
		['the same name', 'Turkey', 'Turkey', 1],
		['another name of the same country', 'Turkey', 'Türkiye', 1],
		['"the" and "Federation" aside', 'Russia', 'the Russian Federation', 1],
		['another country', 'Greece', 'Türkiye', 0],
	])('counts a country read under %s', (_, read, wanted, right) => {
		expect(scorePeople(output(read), gold(wanted))['officials: country right']).toEqual({ right, of: 1 });
	});
});
