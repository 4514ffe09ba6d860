import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSearchDocuments } from '../lib/load-records.ts';
import { buildIndex } from '../lib/search/build-index.ts';

/**
 * The search index's files under /search-index/ (see src/lib/search/README.md) for the dev server
 * only: `astro build` writes them straight into the output directory instead (./search-index.ts),
 * as tens of thousands of endpoint renders would cost more than the whole index takes to build.
 */
export const getStaticPaths = (async () => {
	const { files } = buildIndex(await loadSearchDocuments());
	return [...files].map(([file, body]) => ({ params: { file }, props: { body } }));
}) satisfies GetStaticPaths;

const contentTypes: Record<string, string> = { json: 'application/json', bin: 'application/octet-stream' };

export const GET: APIRoute = ({ params, props }) =>
	new Response(props['body'] as string | Uint8Array<ArrayBuffer>, {
		headers: {
			'Content-Type': contentTypes[params['file']?.split('.').pop() ?? ''] ?? 'application/octet-stream',
		},
	});
