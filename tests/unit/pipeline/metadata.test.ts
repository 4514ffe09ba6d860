import { describe, expect, test } from 'vitest';
import { parseMetadata } from '../../../scripts/pipeline/metadata.ts';

const FILE = 'content/raw/a.yaml';

describe('parseMetadata', () => {
	test('reads a full sidecar', () => {
		const result = parseMetadata(
			FILE,
			'published: 2024-04-24\noutlet: South China Morning Post\nurl: https://www.scmp.com/news/a\ndateBasis: From the text.\n',
		);
		expect(result).toEqual({
			metadata: {
				published: '2024-04-24',
				outlet: 'South China Morning Post',
				url: 'https://www.scmp.com/news/a',
				dateBasis: 'From the text.',
			},
			diagnostics: [],
		});
	});

	test('warns when the outlet is unknown and goes on', () => {
		const result = parseMetadata(FILE, 'published: 2024-04-19\noutlet: null\n');
		expect(result.metadata).toEqual({ published: '2024-04-19', outlet: null });
		expect(result.diagnostics).toEqual([
			{
				file: FILE,
				severity: 'warning',
				message: 'names no outlet; the article is published with outlet null and shown as "Outlet unknown"',
			},
		]);
	});

	test.each([
		['missing metadata', null, 'is missing: every article needs a metadata file'],
		[
			'a date that does not exist',
			'published: 2024-13-45\noutlet: X\n',
			'field `published` is "2024-13-45": it must be a real calendar date written YYYY-MM-DD',
		],
		['a date in another format', 'published: 24/04/2024\noutlet: X\n', 'field `published` is "24/04/2024"'],
		['no published date', 'outlet: X\n', 'field `published` is missing; it is required'],
		[
			'a misspelt field',
			'published: 2024-04-24\noutlett: X\n',
			'has unknown field `outlett` (check the spelling',
		],
		[
			'a javascript: address',
			'published: 2024-04-24\noutlet: X\nurl: "javascript:alert(1)"\n',
			'field `url` is "javascript:alert(1)"',
		],
		['broken YAML', 'published: [2024\n', 'is not valid YAML'],
		['YAML that is not a mapping', '- 2024-04-24\n', 'must be a YAML mapping'],
	])('rejects %s with a message naming the file and field', (_, yaml, message) => {
		const result = parseMetadata(FILE, yaml);
		expect(result.metadata).toBeNull();
		expect(result.diagnostics.length).toBeGreaterThan(0);
		expect(result.diagnostics[0]).toMatchObject({ file: FILE, severity: 'error' });
		expect(result.diagnostics.map((d) => d.message).join('\n')).toContain(message);
	});
});
