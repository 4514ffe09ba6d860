import type { APIRoute } from 'astro';
import { loadRecords } from '../lib/load-records.ts';
import { buildIndex } from '../lib/search/build-index.ts';
import { searchDocuments } from '../lib/search/documents.ts';

/** The search index, built once at build time and fetched by the search box when it is first used. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(buildIndex(searchDocuments(await loadRecords()))), {
		headers: { 'Content-Type': 'application/json' },
	});
