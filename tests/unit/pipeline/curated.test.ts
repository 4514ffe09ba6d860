import { describe, expect, test } from 'vitest';
import { parseCurated } from '../../../scripts/pipeline/curated.ts';

const FILE = 'content/curated/officials.yaml';

describe('parseCurated', () => {
	test('reads an entry, defaulting its lists', () => {
		expect(parseCurated(FILE, 'officials:\n  - name: Sergei Shoigu\n    country: Russia\n')).toEqual({
			officials: [{ name: 'Sergei Shoigu', country: 'Russia', aliases: [], notSameAs: [] }],
			diagnostics: [],
		});
	});

	test('reads no file as no entries', () => {
		expect(parseCurated(FILE, null)).toEqual({ officials: [], diagnostics: [] });
	});

	test.each([
		['its own name', 'name: Sergei Shoigu\n    notSameAs: [sergei  shoigu]', 'notSameAs.0', 'sergei  shoigu'],
		[
			'one of its aliases',
			'name: Sergei Shoigu\n    aliases: [Sergey Shoygu]\n    notSameAs: [Shoigu, Sergey Shoygu]',
			'notSameAs.1',
			'Sergey Shoygu',
		],
	])('refuses an entry that keeps apart %s, naming the field', (_, entry, field, spelling) => {
		const { officials, diagnostics } = parseCurated(FILE, `officials:\n  - ${entry}\n`);
		expect(officials).toEqual([]);
		expect(diagnostics).toHaveLength(1);
		expect(diagnostics[0]).toMatchObject({ file: FILE, severity: 'error' });
		expect(diagnostics[0]!.message).toContain(
			`field \`officials.0.${field}\` is ${JSON.stringify(spelling)}: it is also this person’s \`name\` or one of its \`aliases\``,
		);
	});
});
