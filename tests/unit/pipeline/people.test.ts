import { describe, expect, test } from 'vitest';
import { findPersonMentions } from '../../../scripts/pipeline/extract/people.ts';
import { sentence } from './extract-helpers.ts';

const names = (text: string) =>
	findPersonMentions(sentence(text))
		.filter((m) => m.evidence)
		.map((m) => m.name);

describe('findPersonMentions', () => {
	test.each([
		[
			'Russian Security Council Secretary Nikolai Patrushev said so.',
			'Nikolai Patrushev',
			'Security Council Secretary',
			'Russia',
		],
		['He met Russian spy chief Sergey Naryshkin in Moscow.', 'Sergey Naryshkin', 'spy chief', 'Russia'],
		['China’s top security official Chen Wenqing met him.', 'Chen Wenqing', 'top security official', 'China'],
		[
			'It came as Chinese special envoy for Eurasian affairs Li Hui toured Europe.',
			'Li Hui',
			'special envoy for Eurasian affairs',
			'China',
		],
		[
			'US Secretary of State Antony Blinken landed in Shanghai.',
			'Antony Blinken',
			'Secretary of State',
			'United States',
		],
		[
			'Hungarian Interior Minister Sandor Pinter welcomed him.',
			'Sandor Pinter',
			'Interior Minister',
			'Hungary',
		],
	])('reads the name and title in %j', (text, name, title, country) => {
		const mention = findPersonMentions(sentence(text)).find((m) => m.name === name);
		expect(mention).toMatchObject({ name, title, country, evidence: true });
		expect(text.slice(mention!.start, mention!.end)).toBe(name);
	});

	test.each([
		'The Shanghai Cooperation Organisation met in Moscow.',
		'The Wall Street Journal reported on Tuesday.',
		'Bilateral trade jumped by 26.3 per cent.',
		'Officials from the Global Security Initiative attended.',
		'The Central Political and Legal Affairs Commission oversees the police.',
		'He said the “Anglo-Saxons” should deal with their conflicts.',
	])('finds no person in %j', (text) => {
		expect(names(text)).toEqual([]);
	});
});
