import { error } from '@sveltejs/kit';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DATA_DIR, loadBundled } from '$lib/server/bundled';
import type { EntryGenerator, RequestHandler } from './$types';

// The bundled files are published as they are, so that the browser engine (and anyone) can
// fetch exactly what the prerendered figures were computed from.
export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = async () => {
	const { manifest } = await loadBundled();
	return [{ file: 'manifest.json' }, ...manifest.files.map((f) => ({ file: f.file }))];
};

const TYPES: Record<string, string> = {
	'.tsv': 'text/tab-separated-values; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.json': 'application/json; charset=utf-8'
};

export const GET: RequestHandler = async ({ params }) => {
	const { manifest } = await loadBundled();
	const listed =
		params.file === 'manifest.json' || manifest.files.some((f) => f.file === params.file);
	if (!listed) error(404, `No bundled file named ${params.file}`);
	const bytes = await readFile(path.join(DATA_DIR, params.file));
	return new Response(bytes, {
		headers: { 'content-type': TYPES[path.extname(params.file)] ?? 'application/octet-stream' }
	});
};
