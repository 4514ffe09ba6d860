import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, cspDirectives, serializeCsp } from '../../../src/lib/csp.ts';

describe('serializeCsp', () => {
	test('joins each directive and its sources with spaces, and directives with semicolons', () => {
		expect(serializeCsp({ 'default-src': ["'self'"], 'img-src': ["'self'", 'data:'] })).toBe(
			"default-src 'self'; img-src 'self' data:",
		);
	});
});

describe('contentSecurityPolicy', () => {
	test('is the serialised directives', () => {
		expect(contentSecurityPolicy).toBe(serializeCsp(cspDirectives));
	});

	test('allows no other origin, no inline code and no eval', () => {
		const sources = Object.values(cspDirectives).flat();
		expect(sources.filter((source) => !["'self'", "'none'"].includes(source))).toEqual([]);
	});

	test.each(['default-src', 'script-src', 'style-src', 'object-src', 'base-uri', 'form-action'])(
		'sets %s',
		(name) => {
			expect(contentSecurityPolicy).toMatch(new RegExp(`(^|; )${name} `));
		},
	);
});
