import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { gzipLevel } from './sizes.ts';

const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.webmanifest': 'application/manifest+json',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
};

/** The Content-Type for a file name by its extension; application/octet-stream when unknown. */
export function contentTypeOf(path: string): string {
	return contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Text types are sent gzipped; images and fonts are compressed already and are sent as stored. */
export function isCompressible(contentType: string): boolean {
	return /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/.test(contentType);
}

/**
 * The file under `root` that a URL path names, or undefined when it leaves `root`. A path ending
 * in "/" names that directory's index.html, as a static host serves Astro's directory format.
 */
export function filePathFor(root: string, urlPath: string): string | undefined {
	let decoded: string;
	try {
		decoded = decodeURIComponent(urlPath.split('?')[0]!);
	} catch {
		return undefined;
	}
	const path = normalize(join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded));
	return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep) ? path : undefined;
}

/** One response the server sent: the URL path, status, the file's size and the bytes on the wire. */
export interface ServedResponse {
	path: string;
	status: number;
	fileBytes: number;
	sentBytes: number;
	gzipped: boolean;
}

/**
 * The responses to the requests in `requested` (paths with their query strings, each taken once per
 * time it was asked for), from the server's log in the order sent.
 */
export function countedResponses(
	log: readonly ServedResponse[],
	requested: readonly string[],
): ServedResponse[] {
	const wanted = new Map<string, number>();
	for (const path of requested) wanted.set(path, (wanted.get(path) ?? 0) + 1);
	return log.filter((entry) => {
		const left = wanted.get(entry.path) ?? 0;
		if (left === 0) return false;
		wanted.set(entry.path, left - 1);
		return true;
	});
}

/**
 * Serve the static site in `root` on 127.0.0.1:`port` (0 for any free port), gzipping text
 * responses at level 9 when the browser accepts it, and log every response so a caller can
 * count the bytes a page fetched. A directory without its trailing slash redirects to it;
 * a missing file gets 404.html with status 404.
 */
export async function serveStatic(root: string, port = 0) {
	const log: ServedResponse[] = [];
	const gzipCache = new Map<string, Buffer>();
	const server = createServer(async (request, response) => {
		const urlPath = request.url ?? '/';
		let path = filePathFor(root, urlPath);
		let status = 200;
		const info = path ? await stat(path).catch(() => undefined) : undefined;
		if (info?.isDirectory()) {
			response.writeHead(301, { Location: `${urlPath.split('?')[0]}/` }).end();
			log.push({ path: urlPath, status: 301, fileBytes: 0, sentBytes: 0, gzipped: false });
			return;
		}
		if (!info) [path, status] = [join(root, '404.html'), 404];
		const body = await readFile(path!).catch(() => Buffer.from('Not found'));
		const type = contentTypeOf(path!);
		const gzipped = isCompressible(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
		let sent: Buffer = body;
		if (gzipped) {
			sent = gzipCache.get(path!) ?? gzipSync(body, { level: gzipLevel });
			gzipCache.set(path!, sent);
		}
		response.writeHead(status, {
			'Content-Type': type,
			'Content-Length': sent.length,
			'Cache-Control': 'no-cache',
			...(gzipped ? { 'Content-Encoding': 'gzip' } : {}),
		});
		response.end(request.method === 'HEAD' ? undefined : sent);
		log.push({ path: urlPath, status, fileBytes: body.length, sentBytes: sent.length, gzipped });
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	return {
		origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		/** The responses sent since the last call, oldest first. */
		takeLog: (): ServedResponse[] => log.splice(0),
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
