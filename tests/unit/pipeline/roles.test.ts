import { describe, expect, test } from 'vitest';
import { findRoles } from '../../../scripts/pipeline/extract/roles.ts';
import { article, factLines } from './extract-helpers.ts';

/** Each role the made-up sentences state: person, title, start, former, how it began. */
const roles = (paragraphs: string[]) =>
	findRoles(factLines([article('a', '2024-03-14', paragraphs)])).map((r) => [
		r.person,
		r.title,
		r.from ?? null,
		r.former,
		r.appointment ?? null,
	]);

describe('findRoles', () => {
	test.each([
		[
			'a title before the name, country left out',
			'Kenyan Interior Minister Joseph Mwangi spoke to reporters.',
			[['joseph-mwangi', 'Interior Minister', null, false, null]],
		],
		[
			'an appositive',
			'Officials met Joseph Mwangi, the interior minister of Kenya, on Monday.',
			[['joseph-mwangi', 'interior minister of Kenya', null, false, null]],
		],
		[
			'"who heads" as the head of a body',
			'Aino Lehtinen, who heads the Finnish Foreign Ministry, arrived on Monday.',
			[['aino-lehtinen', 'head of the Finnish Foreign Ministry', null, false, null]],
		],
		[
			'"who sits on" as a member of a body',
			'Aino Lehtinen, who sits on the Nordic Council, arrived on Monday.',
			[['aino-lehtinen', 'member of the Nordic Council', null, false, null]],
		],
		[
			'a copula',
			'Aino Lehtinen is the chair of the Nordic Council.',
			[['aino-lehtinen', 'chair of the Nordic Council', null, false, null]],
		],
		[
			'a former role through "was previously"',
			'Aino Lehtinen was previously the ambassador to Japan.',
			[['aino-lehtinen', 'ambassador to Japan', null, true, null]],
		],
		[
			'a former role through "previously served as"',
			'Aino Lehtinen previously served as trade minister.',
			[['aino-lehtinen', 'trade minister', null, true, null]],
		],
		[
			'an appointment with its month',
			'Aino Lehtinen was appointed foreign minister in June 2023.',
			[['aino-lehtinen', 'foreign minister', '2023-06', false, 'appointed']],
		],
		[
			'"as well as being" before the name',
			'As well as being deputy leader of the party, Aino Lehtinen chairs its youth wing.',
			[['aino-lehtinen', 'deputy leader of the party', null, false, null]],
		],
		[
			'two roles joined by "and"',
			'Aino Lehtinen, a member of parliament and head of the foreign affairs committee, spoke.',
			[
				['aino-lehtinen', 'member of parliament', null, false, null],
				['aino-lehtinen', 'head of the foreign affairs committee', null, false, null],
			],
		],
		['no role from a relation', 'Aino Lehtinen met her counterpart Zhao Minghui.', []],
	])('reads %s', (_, sentence, expected) => expect(roles([sentence])).toEqual(expected));
});
