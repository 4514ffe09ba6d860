import type { IndexSource } from './query.ts';

/**
 * The index's files over HTTP, under `base` ("/search-index/"). The site's Content-Security-Policy
 * allows these requests (connect-src 'self'); the browser's own cache keeps them between pages.
 */
export function fetchSource(base: string): IndexSource {
	const read = async (path: string, background = false) => {
		const response = await fetch(base + path, background ? { priority: 'low' } : {});
		if (!response.ok && response.status !== 404)
			throw new Error(`search index: HTTP ${response.status} for ${path}`);
		return response;
	};
	return {
		json: async (path) => {
			const response = await read(path);
			if (!response.ok) throw new Error(`search index: no file ${path}`);
			return response.json();
		},
		bytes: async (path, { optional = false, background = false } = {}) => {
			const response = await read(path, background);
			if (response.ok) return new Uint8Array(await response.arrayBuffer());
			if (optional) return new Uint8Array();
			throw new Error(`search index: no file ${path}`);
		},
	};
}

/** The index's files in memory, as `buildIndex` returns them: for tests and build-time checks. */
export function memorySource(files: ReadonlyMap<string, string | Uint8Array>): IndexSource {
	const read = async (path: string, optional = false) => {
		const file = files.get(path);
		if (file === undefined && optional) return new Uint8Array();
		if (file === undefined) throw new Error(`search index: no file ${path}`);
		return file;
	};
	return {
		json: async (path) => {
			const file = await read(path);
			return JSON.parse(typeof file === 'string' ? file : new TextDecoder().decode(file));
		},
		bytes: async (path, { optional = false } = {}) => {
			const file = await read(path, optional);
			return typeof file === 'string' ? new TextEncoder().encode(file) : file;
		},
	};
}
