import { describe, expect, test } from 'vitest';
import { escapeXml } from '../../../src/lib/xml.ts';

describe('escapeXml', () => {
	test('escapes the five XML special characters and nothing else', () => {
		expect(escapeXml(`<a href="x">Tom & Jerry's</a> – ‘ok’`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt; – ‘ok’',
		);
	});
});
