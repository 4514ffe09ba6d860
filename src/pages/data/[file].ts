import type { APIRoute, GetStaticPaths } from 'astro';
import type { DownloadFile } from '../../lib/downloads.ts';
import { loadDownloadFiles } from '../../lib/load-records.ts';

/** Each collection as /data/<collection>.json (an array of the records) and /data/<collection>.csv. */
export const getStaticPaths = (async () =>
	(await loadDownloadFiles()).map((file) => ({
		params: { file: file.name },
		props: { file },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DownloadFile }> = ({ props }) =>
	new Response(props.file.body, { headers: { 'Content-Type': props.file.contentType } });
