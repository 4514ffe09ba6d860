import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

/**
 * One collection as the real pipeline wrote it from the seeds in this test run
 * (tests/unit/seed-output-setup.ts), not yet validated.
 *
 * @param name The collection, which is also its file's name and the key of its array.
 */
export function seedCollection<T>(name: string): T[] {
	const dir = inject('seedOutputDir');
	if (!dir)
		throw new Error('no seed output: run the unit tests with vitest.config.ts, whose globalSetup builds it');
	const records = (JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Record<string, unknown>)[
		name
	];
	if (!Array.isArray(records)) throw new Error(`${name}.json has no "${name}" array`);
	return records as T[];
}
