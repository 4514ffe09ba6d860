import { describe, expect, test } from 'vitest';
import { crossReferencesFor } from '../../../src/lib/cross-references.ts';
import type { Meeting } from '../../../src/schemas/meeting.ts';
import type { Official } from '../../../src/schemas/official.ts';

const source = (article: string, paragraph: string, quote: string) => ({ article, paragraph, quote });

describe('crossReferencesFor', () => {
	test('takes the article’s own citations and name mentions, and nothing from other articles', () => {
		const meeting = {
			id: 'm',
			url: '/meetings/m/',
			title: 'A and B meet',
			sources: [source('a', 'p-2', 'A met B.'), source('b', 'p-1', 'A saw B.')],
		} as unknown as Meeting;
		const official = {
			id: 'x',
			url: '/officials/x/',
			mentions: [
				{ article: 'a', paragraph: 'p-2', start: 0, end: 1 },
				{ article: 'b', paragraph: 'p-1', start: 0, end: 1 },
			],
		} as unknown as Official;
		expect(
			crossReferencesFor('a', { officials: [official], meetings: [meeting], events: [], figures: [] }),
		).toEqual({
			citations: [
				{
					paragraph: 'p-2',
					quote: 'A met B.',
					by: { kind: 'meeting', href: '/meetings/m/', title: 'A and B meet' },
				},
			],
			names: [{ paragraph: 'p-2', start: 0, end: 1, href: '/officials/x/' }],
		});
	});
});
