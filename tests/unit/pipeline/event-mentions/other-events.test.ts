import { describe, expect, test } from 'vitest';
import { findOtherEvents } from '../../../../scripts/pipeline/extract/event-mentions/other-events.ts';
import { line } from './lines.ts';

describe('findOtherEvents', () => {
	test.each([
		[
			'Kenyan President Daniel Otieno won a landslide re-election in August.',
			{
				name: 'landslide re-election',
				person: 'daniel-otieno',
				key: 'other:election landslide re:daniel-otieno',
			},
		],
		[
			'Officials discussed Russia’s invasion of Ukraine.',
			{ name: 'Russia’s invasion of Ukraine', person: null, key: 'other:invasion ukraine:' },
		],
		[
			'The referendum in 2016 split the country.',
			{ name: 'referendum', person: null, key: 'other:referendum:' },
		],
	])('reads %j', (sentence, expected) => {
		const found = findOtherEvents(line(sentence));
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({ kind: 'other', ...expected });
	});

	test('reads none in a sentence without such a word', () => {
		expect(findOtherEvents(line('The president spoke to reporters.'))).toEqual([]);
	});
});
