import { describe, expect, test } from 'vitest';
import { highlight, segments, snippet, type Highlighted } from '../../../src/lib/search/snippet.ts';
import { terms } from '../../../src/lib/search/tokenise.ts';

const is =
	(...wanted: string[]) =>
	(term: string) =>
		wanted.includes(term);
const marked = (h: Highlighted) => h.marks.map(([start, end]) => h.text.slice(start, end));
const paragraph =
	'During a meeting on Tuesday, China’s top security official Chen Wenqing, who heads the Communist ' +
	'Party’s Central Political and Legal Affairs Commission, told Russian Security Council Secretary ' +
	'Nikolai Patrushev that Beijing supports Moscow in its efforts to ensure national security.';

describe('highlight', () => {
	test('marks every word whose term matched, possessives and all', () => {
		const h = highlight('Chen Wenqing’s trip; Chen again', is('chen', 'wenqing'));
		expect(h.text).toBe('Chen Wenqing’s trip; Chen again');
		expect(marked(h)).toEqual(['Chen', 'Wenqing’s', 'Chen']);
	});

	test('marks nothing when nothing matched', () => {
		expect(highlight('Chen Wenqing', is()).marks).toEqual([]);
	});
});

describe('snippet', () => {
	test('keeps a short text whole', () => {
		const h = snippet('Chen met Patrushev.', is('patrushev'));
		expect(h).toEqual({ text: 'Chen met Patrushev.', marks: [[9, 18]] });
	});

	test('shows the text around the first matched word, with ellipses where it was cut', () => {
		const h = snippet(paragraph, is('patrushev', 'moscow'), 80);
		expect(h.text.startsWith('…')).toBe(true);
		expect(h.text.length).toBeLessThanOrEqual(82);
		expect(marked(h)).toContain('Patrushev');
	});

	test('uses the rest of the width before a match near the end', () => {
		const h = snippet(paragraph, is('national'), 80);
		expect(h.text).toBe('…that Beijing supports Moscow in its efforts to ensure national security.');
	});

	test('starts at the beginning when the first match is there, or nothing matched', () => {
		expect(snippet(paragraph, is('during'), 60).text).toMatch(/^During a meeting .*…$/);
		expect(snippet(paragraph, is(), 60).text).toMatch(/^During a meeting .*…$/);
	});

	test.each([20, 35, 50, 80, 120])('never cuts inside a word, at a width of %i', (width) => {
		for (const term of new Set(terms(paragraph))) {
			const h = snippet(paragraph, is(term), width);
			const body = h.text.replace(/^…/, '').replace(/…$/, '');
			const start = paragraph.indexOf(body);
			expect(start, `"${body}" is a piece of the text`).toBeGreaterThanOrEqual(0);
			expect(paragraph[start - 1] ?? ' ', 'the window starts on a word boundary').toMatch(/[^\p{L}\p{N}]/u);
			expect(paragraph[start + body.length] ?? ' ', 'and ends on one').toMatch(/[^\p{L}\p{N}]/u);
			for (const word of marked(h)) expect(terms(word), `"${word}" is one whole word`).toEqual([term]);
			expect(marked(h).length).toBeGreaterThan(0);
		}
	});

	test('keeps a word longer than the window whole', () => {
		const long = 'a'.repeat(300);
		const h = snippet(`${'word '.repeat(20)}${long} end`, is(long), 50);
		expect(h.text).toBe(`…${long}…`);
		expect(h.marks).toEqual([[1, 301]]);
	});

	test('leaves markup in the text as text', () => {
		const h = snippet('<script>alert("Patrushev")</script> <b>bold</b>', is('patrushev', 'script'));
		expect(h.text).toBe('<script>alert("Patrushev")</script> <b>bold</b>');
		expect(marked(h)).toEqual(['script', 'Patrushev', 'script']);
	});
});

describe('segments', () => {
	test('splits text into marked and unmarked runs that join back into the text', () => {
		const h = highlight('<script>Patrushev</script> met Chen', is('patrushev', 'chen'));
		const runs = segments(h);
		expect(runs).toEqual([
			{ text: '<script>', marked: false },
			{ text: 'Patrushev', marked: true },
			{ text: '</script> met ', marked: false },
			{ text: 'Chen', marked: true },
		]);
		expect(runs.map((run) => run.text).join('')).toBe(h.text);
	});

	test('ignores ranges that overlap or are empty', () => {
		expect(
			segments({
				text: 'abcdef',
				marks: [
					[0, 3],
					[2, 4],
					[5, 5],
				],
			}),
		).toEqual([
			{ text: 'abc', marked: true },
			{ text: 'def', marked: false },
		]);
	});
});
