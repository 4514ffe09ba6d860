import { describe, expect, test } from 'vitest';
import { replaceBenchBlock } from '../../../scripts/bench/readme.ts';

describe('replaceBenchBlock', () => {
	test('replaces what lies between the markers and keeps everything else', () => {
		const readme = '# Title\n\n<!-- bench:start -->\nold table\n<!-- bench:end -->\n\n## Next\n';
		expect(replaceBenchBlock(readme, '| new |\n')).toBe(
			'# Title\n\n<!-- bench:start -->\n\n| new |\n\n<!-- bench:end -->\n\n## Next\n',
		);
	});

	test('gives the same README when run twice', () => {
		const once = replaceBenchBlock('<!-- bench:start --><!-- bench:end -->', 'table');
		expect(replaceBenchBlock(once, 'table')).toBe(once);
	});

	test.each([
		['no markers', '# Title\n', /no <!-- bench:start --> marker/],
		['no end marker', '<!-- bench:start -->\n', /no <!-- bench:end --> marker/],
		[
			'two start markers',
			'<!-- bench:start --><!-- bench:start --><!-- bench:end -->',
			/2 <!-- bench:start -->/,
		],
		['the end before the start', '<!-- bench:end -->\n<!-- bench:start -->', /before/],
	])('fails clearly with %s', (_, readme, message) => {
		expect(() => replaceBenchBlock(readme, 'table')).toThrow(message);
	});
});
