import { bundledCheckColumns } from '$lib/server/checkColumns';
import type { RequestHandler } from './$types';

// Written at build time beside the bundled files it is read from (see checkColumns.ts).
export const prerender = true;

export const GET: RequestHandler = async () =>
	new Response(JSON.stringify({ files: await bundledCheckColumns() }), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
