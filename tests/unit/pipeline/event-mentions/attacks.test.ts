import { describe, expect, test } from 'vitest';
import { attackTargets, findAttacks } from '../../../../scripts/pipeline/extract/event-mentions/attacks.ts';
import { line } from './lines.ts';

describe('attackTargets', () => {
	test.each([
		[
			'Gunmen killed 14 people in an attack on a police station near Nairobi on Sunday.',
			['a police station near Nairobi'],
		],
		['At least nine people were killed in a market in Lagos, officials said.', ['a market in Lagos']],
		[
			'The blast at the central bus depot, and the shooting in a mall, shocked the city.',
			['the central bus depot', 'a mall'],
		],
		['The minister condemned the attack.', []],
	])('reads the targets in %j', (sentence, targets) => expect(attackTargets(sentence)).toEqual(targets));
});

describe('findAttacks', () => {
	test.each([
		[
			'Gunmen killed 14 people in an attack on a police station near Nairobi on Sunday.',
			[
				{
					name: 'Attack on a police station near Nairobi',
					key: 'nairobi police station',
					places: ['Nairobi'],
				},
			],
		],
		[
			'At least nine people were killed in a market in Lagos, officials said.',
			[{ name: 'Attack on a market in Lagos', key: 'lago market', places: ['Lagos'] }],
		],
		['The minister condemned the attack.', []],
	])('reads %j', (sentence, expected) => {
		const found = findAttacks(line(sentence));
		expect(found).toHaveLength(expected.length);
		expected.forEach((fields, i) => expect(found[i]).toMatchObject({ kind: 'attack', ...fields }));
	});
});
