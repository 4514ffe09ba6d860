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
		[
			'an appositive with no article',
			'Aino Lehtinen, secretary of the Security Council of Finland, spoke.',
			[['aino-lehtinen', 'secretary of the Security Council of Finland', null, false, null]],
		],
		[
			'an appositive opening with a country’s possessive, the country left out',
			'Aino Lehtinen, Finland’s minister of trade, spoke.',
			[['aino-lehtinen', 'minister of trade', null, false, null]],
		],
		[
			'"who also serves as"',
			'Aino Lehtinen, who also serves as deputy head of the Nordic Council, spoke.',
			[['aino-lehtinen', 'deputy head of the Nordic Council', null, false, null]],
		],
		[
			'an appointment in a relative clause, without the sentence’s date',
			'Aino Lehtinen, who was elected president of the assembly last week, arrived on Monday.',
			[['aino-lehtinen', 'president of the assembly', null, false, 'elected']],
		],
		[
			'an appositive and the relative clause after it',
			'Aino Lehtinen, a member of the Nordic Council who heads its legal committee, spoke.',
			[
				['aino-lehtinen', 'member of the Nordic Council', null, false, null],
				['aino-lehtinen', 'head of its legal committee', null, false, null],
			],
		],
		[
			'two bare titles joined by "and" as one title',
			'Deputy Premier and Trade Minister Aino Lehtinen spoke.',
			[['aino-lehtinen', 'Deputy Premier and Trade Minister', null, false, null]],
		],
		[
			'"his counterpart" as holding the title named before',
			'Kenyan Interior Minister Joseph Mwangi met his Ugandan counterpart Grace Okello.',
			[
				['joseph-mwangi', 'Interior Minister', null, false, null],
				['grace-okello', 'Interior Minister', null, false, null],
			],
		],
		[
			'a plural title for each name after it, "former" as held before',
			'Former presidents Tomas Varga and Ilona Sebo attended.',
			[
				['tomas-varga', 'Former presidents', null, true, null],
				['ilona-sebo', 'Former presidents', null, true, null],
			],
		],
		[
			'the capacity "his" names',
			'Joseph Mwangi flew to Kampala on his first trip abroad as Kenya’s president.',
			[['joseph-mwangi', 'president', null, false, null]],
		],
		[
			'another person’s title after a comma as theirs, not an appositive of the name before',
			'He met Joseph Mwangi, the ministry’s spokeswoman Grace Okello said.',
			[['grace-okello', 'ministry’s spokeswoman', null, false, null]],
		],
	])('reads %s', (_, sentence, expected) => expect(roles([sentence])).toEqual(expected));
});
