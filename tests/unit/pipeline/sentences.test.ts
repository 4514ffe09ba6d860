import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../../scripts/pipeline/extract/sentences.ts';

describe('splitSentences', () => {
	test.each([
		['ends a sentence at a full stop before a capital', 'He left. She stayed.', ['He left.', 'She stayed.']],
		[
			'ends no sentence after an abbreviation',
			'Gen. Li met U.S. officials.',
			['Gen. Li met U.S. officials.'],
		],
		[
			'ends no sentence after an initial',
			'He met J. Smith. Then he left.',
			['He met J. Smith.', 'Then he left.'],
		],
		[
			'ends no sentence after chained initials',
			'Attending was A.A. Kahharov of Tajikistan. Talks followed.',
			['Attending was A.A. Kahharov of Tajikistan.', 'Talks followed.'],
		],
	])('%s', (_, text, expected) => expect(splitSentences(text).map((s) => s.text)).toEqual(expected));
});
