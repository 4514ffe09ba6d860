import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// Browser tests live in tests/e2e and run under Playwright, never here.
		include: ['tests/unit/**/*.test.ts'],
		// The seeds' collections, built by the real pipeline once per run into a temporary directory.
		globalSetup: ['tests/unit/seed-output-setup.ts'],
		// Dates are formatted in UTC; pin TZ so a local-time slip would show up in any zone.
		env: { TZ: 'UTC' },
	},
});
