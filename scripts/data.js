/**
 * `npm run data`: runs scripts/build-data.ts, with Node's compile cache turned on first unless it
 * is given `--no-cache`. On here, before any TypeScript is loaded, the cache holds build-data.ts's
 * own stripped code too, so a warm build never loads Node's type stripper, which takes longer to
 * load than the whole of a warm build's modules. Plain JavaScript for that reason; every option
 * is build-data.ts's (see its usage).
 */
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CACHE } from './build-data-defaults.js';

const { values } = parseArgs({
	options: {
		cache: { type: 'string', default: DEFAULT_CACHE },
		'no-cache': { type: 'boolean', default: false },
	},
	strict: false,
});
if (!values['no-cache']) enableCompileCache(join(String(values.cache), 'compile'));
await import('./build-data.ts');
