import { REPORT_VIEWS, reportDataIds } from '$lib/export/report-registry';
import { loadReportData } from '$lib/export/report-data.server';
import { loadBundled } from '$lib/server/bundled';
import { packRows } from '$lib/data/page-rows';
import type { PageServerLoad } from './$types';

// Build time only: the data of every registered view is in the page, so choosing, ordering and
// printing views needs no query in the browser. The manifest gives the appendix its datasets.
// Every loader returns an object; its rows travel packed (`+page.ts`).
export const load: PageServerLoad = async () => {
	const bundled = await loadBundled();
	const views = await loadReportData(bundled, reportDataIds(REPORT_VIEWS));
	const datasets = bundled.reports.map(({ entry, report }) => ({
		dataset: entry.dataset,
		file: entry.file,
		title: entry.title,
		publisher: entry.source.publisher,
		url: entry.source.url,
		retrievedAt: entry.retrievedAt,
		lastUpdate: report.lastUpdate ?? null,
		sha256: entry.sha256,
		synthetic: entry.synthetic,
		note: entry.note
	}));
	const packed = Object.fromEntries(
		Object.entries(views).map(([id, value]) => [id, packRows(value as object)])
	);
	return { views: packed, datasets };
};
