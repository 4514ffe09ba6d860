/**
 * A worker thread that builds the search index's files while Astro renders the pages (see
 * ./search-index.ts): it reads the collections and builds every file at once, then waits for the
 * folder to write them in, sent when the pages are built, writes them, and answers with how many.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildIndex } from '../lib/search/build-index.ts';
import { searchDocuments } from '../lib/search/documents.ts';
import { readSearchRecords, writeFiles } from './search-index-files.ts';

/** What the worker is started with. */
export interface SearchIndexWorkerData {
	/** The project's root, which a relative GENERATED_DIR is read from. */
	root: string;
}

/** The worker's answer, once the files are written. */
export interface SearchIndexWritten {
	files: number;
	/** Milliseconds spent building the files, before any wait for the folder. */
	buildMs: number;
}

const folder = new Promise<string>((resolve) => parentPort!.once('message', resolve));
const started = performance.now();
const { files } = buildIndex(
	searchDocuments(await readSearchRecords((workerData as SearchIndexWorkerData).root)),
);
const buildMs = Math.round(performance.now() - started);
await writeFiles(await folder, files);
parentPort!.postMessage({ files: files.size, buildMs } satisfies SearchIndexWritten);
