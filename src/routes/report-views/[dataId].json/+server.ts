import { error } from '@sveltejs/kit';
import { reportDataIds } from '$lib/export/report-registry';
import { loadReportData } from '$lib/export/report-data.server';
import { viewDataJson } from '$lib/export/report-view-data';
import { loadBundled } from '$lib/server/bundled';
import type { EntryGenerator, RequestHandler } from './$types';

// Build time only: the data of each report view, fetched by the report page when the view is
// chosen (`$lib/export/report-view-data`). The same for both languages.
export const prerender = true;

export const entries: EntryGenerator = () => reportDataIds().map((dataId) => ({ dataId }));

export const GET: RequestHandler = async ({ params }) => {
	if (!reportDataIds().includes(params.dataId)) error(404, `No report view data ${params.dataId}`);
	const views = await loadReportData(await loadBundled(), [params.dataId]);
	return new Response(viewDataJson(views[params.dataId] as object), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};
