import { reportDataIds, reportView } from '$lib/export/report-registry';
import { DEFAULT_REPORT } from '$lib/export/report-state';
import { loadReportData } from '$lib/export/report-data.server';
import { loadBundled } from '$lib/server/bundled';
import { packRows } from '$lib/data/page-rows';
import type { PageServerLoad } from './$types';

// Build time only: the data of the default report's views is in the page, which is prerendered
// with them; another view's data is fetched when it is chosen (`$lib/export/report-view-data`),
// so the page does not carry every view's rows. The manifest gives the appendix its datasets.
// Every loader returns an object; its rows travel packed (`+page.ts`).
export const load: PageServerLoad = async () => {
	const bundled = await loadBundled();
	const shown = DEFAULT_REPORT.items.flatMap((item) => reportView(item.id) ?? []);
	const views = await loadReportData(bundled, reportDataIds(shown));
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
