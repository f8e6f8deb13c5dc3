import { error } from '@sveltejs/kit';
import { embeddableIds, reportView } from '$lib/export/report-registry';
import { loadReportData } from '$lib/export/report-data.server';
import { loadBundled } from '$lib/server/bundled';
import { packRows } from '$lib/data/page-rows';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every component view of the report registry is prerendered alone, in both languages.
export const entries: EntryGenerator = () =>
	embeddableIds().flatMap((view) => [
		{ view, lang: undefined },
		{ view, lang: 'en' }
	]);

export const load: PageServerLoad = async ({ params }) => {
	const view = reportView(params.view);
	if (!view || view.render.kind !== 'component') error(404, `No embed named ${params.view}`);
	const data = await loadReportData(await loadBundled(), [view.render.dataId]);
	// Every loader returns an object; its rows travel packed (`+page.ts`).
	return { id: view.id, data: packRows(data[view.render.dataId] as object) };
};
