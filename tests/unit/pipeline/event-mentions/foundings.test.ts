import { describe, expect, test } from 'vitest';
import { findFoundings } from '../../../../scripts/pipeline/extract/event-mentions/foundings.ts';
import { line } from './lines.ts';

describe('findFoundings', () => {
	test.each([
		[
			'Both countries belong to the Nordic defence cooperation forum, which was set up in 2009.',
			[
				{
					name: 'Founding of the Nordic defence cooperation forum',
					key: 'founding:cooperation defence nordic',
				},
			],
		],
		[
			'The regional development bank founded in 1966 lends to member states.',
			[{ name: 'Founding of the regional development bank', key: 'founding:bank development regional' }],
		],
		['The treaty was signed in 2001.', []],
	])('reads %j', (sentence, expected) => {
		const found = findFoundings(line(sentence));
		expect(found).toHaveLength(expected.length);
		expected.forEach((fields, i) => expect(found[i]).toMatchObject({ kind: 'other', ...fields }));
	});
});
