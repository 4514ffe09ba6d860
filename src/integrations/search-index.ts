import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { SearchIndexWorkerData, SearchIndexWritten } from './search-index-worker.ts';

/** The folder of the output directory the index's files go in; the search client fetches them from here. */
const indexFolder = 'search-index';

/** A search index being built on a worker thread: `write` sends it the folder and waits for its files. */
interface IndexBuild {
	write(folder: string): Promise<SearchIndexWritten>;
}

/**
 * Starts building the search index's files on a worker thread (./search-index-worker.ts). Astro
 * renders pages on one thread, so on a machine with a second core the index costs the build no
 * time; with one it costs what it did on the main thread. The worker does not keep a failed build
 * from exiting; a worker that fails fails the build when its files are asked for.
 */
function startIndexBuild(root: string): IndexBuild {
	const worker = new Worker(new URL('./search-index-worker.ts', import.meta.url), {
		workerData: { root } satisfies SearchIndexWorkerData,
	});
	worker.unref();
	const written = new Promise<SearchIndexWritten>((resolve, reject) => {
		worker.once('message', resolve);
		worker.once('error', (error) =>
			reject(new Error(`the search index could not be built: ${error.message}`)),
		);
		worker.once('exit', (code) => reject(new Error(`the search index's worker stopped (exit code ${code})`)));
	});
	// Not waited for until the pages are built; a build that fails first must not also report this.
	written.catch(() => {});
	return {
		async write(folder) {
			worker.ref();
			worker.postMessage(folder);
			try {
				return await written;
			} finally {
				void worker.terminate();
			}
		},
	};
}

/**
 * Writes the search index's files (src/lib/search/README.md) into the built site's /search-index/.
 * They are built on a worker thread from the start of the build, beside the pages, and written once
 * the pages are: the output directory is emptied and filled by Astro until then. As an endpoint
 * route the index was one render per file — 42,668 at 10,000 articles, a sixth of the build — and
 * kept every file in memory as a page's props for the whole build. The dev server has no output
 * directory, so there the same files are served by an endpoint route (./search-index-route.ts)
 * injected for `astro dev` only.
 */
export function searchIndex(): AstroIntegration {
	let root = '';
	let build: IndexBuild | undefined;
	return {
		name: 'search-index',
		hooks: {
			'astro:config:setup': ({ command, config, injectRoute }) => {
				root = fileURLToPath(config.root);
				if (command === 'dev')
					injectRoute({
						pattern: `/${indexFolder}/[...file]`,
						entrypoint: new URL('./search-index-route.ts', import.meta.url),
					});
			},
			'astro:build:start': () => {
				build = startIndexBuild(root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const waited = performance.now();
				const { files, buildMs } = await (build ?? startIndexBuild(root)).write(
					join(fileURLToPath(dir), indexFolder),
				);
				logger.info(
					`${files} files in /${indexFolder}/: built in ${buildMs} ms beside the pages, ` +
						`written ${Math.round(performance.now() - waited)} ms after them`,
				);
			},
		},
	};
}
