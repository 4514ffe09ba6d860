import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadFile, downloadNames } from '../../lib/downloads.ts';
import { loadRecords } from '../../lib/load-records.ts';

/** Each collection as /data/<collection>.json (an array of the records) and /data/<collection>.csv. */
export const getStaticPaths = (() =>
	downloadNames.map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

// Each file is made when it is written, not in getStaticPaths, whose results the build keeps to the end.
export const GET: APIRoute = async ({ params }) => {
	const file = downloadFile(await loadRecords(), params.file!);
	return new Response(file.body, { headers: { 'Content-Type': file.contentType } });
};
