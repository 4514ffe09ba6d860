import { describe, expect, test } from 'vitest';
import { decodeArticle, MAX_ARTICLE_BYTES } from '../../../scripts/pipeline/decode.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeArticle', () => {
	test('reads UTF-8 text and turns Windows and old Mac line endings into \\n', () => {
		expect(decodeArticle('a.txt', bytes('One\r\nTwo\rThree'))).toEqual({
			text: 'One\nTwo\nThree',
			diagnostics: [],
		});
	});

	test('removes a byte-order mark with a warning', () => {
		const result = decodeArticle('a.txt', bytes('\uFEFFHeadline\nText.'));
		expect(result.text).toBe('Headline\nText.');
		expect(result.diagnostics).toEqual([
			{ file: 'a.txt', severity: 'warning', message: 'starts with a byte-order mark; removed it' },
		]);
	});

	test.each([
		['an empty file', new Uint8Array(), 'is empty'],
		['a file of only blank lines', bytes(' \n\n\t\n'), 'is empty'],
		['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), 'is binary'],
	])('rejects %s, naming the file', (_, input, message) => {
		const result = decodeArticle('content/raw/x.txt', input);
		expect(result.text).toBeNull();
		expect(result.diagnostics).toHaveLength(1);
		expect(result.diagnostics[0]).toMatchObject({ file: 'content/raw/x.txt', severity: 'error' });
		expect(result.diagnostics[0]!.message).toContain(message);
	});

	test('rejects an article over the size limit without reading it', () => {
		const result = decodeArticle('big.txt', new Uint8Array(5 * 1024 * 1024).fill(0x61));
		expect(result.text).toBeNull();
		expect(result.diagnostics[0]!.message).toMatch(/^is 5\.2 MB; one article may be at most 1 MB/);
		expect(MAX_ARTICLE_BYTES).toBe(1_000_000);
	});

	test('reads Latin-1 text as Windows-1252 with a warning giving the first bad byte', () => {
		const latin1 = new Uint8Array([...bytes('Caf'), 0xe9, ...bytes(' talks in Li'), 0xe8, ...bytes('ge.')]);
		const result = decodeArticle('latin.txt', latin1);
		expect(result.text).toBe('Café talks in Liège.');
		expect(result.diagnostics).toHaveLength(1);
		expect(result.diagnostics[0]).toMatchObject({ severity: 'warning' });
		expect(result.diagnostics[0]!.message).toContain('offset 3');
	});
});
