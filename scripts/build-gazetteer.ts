/**
 * `npm run gazetteer`: writes scripts/pipeline/extract/gazetteer/cities.ts, the table of the
 * world's cities and their countries the pipeline looks places up in, from Natural Earth's
 * populated places as the `city-timezones` package ships them (see `gazetteerText`). Run it after
 * updating that package; a unit test fails while the table is out of date.
 */
import { writeFile } from 'node:fs/promises';
import { gazetteerText, GAZETTEER_FILE } from './gazetteer/table.ts';

await writeFile(GAZETTEER_FILE, await gazetteerText());
console.log(`gazetteer: wrote ${GAZETTEER_FILE}`);
