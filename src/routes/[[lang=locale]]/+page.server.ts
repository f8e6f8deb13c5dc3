import { FOCUS_GEO, HEADLINE_SERIES, PEER_GROUP, REFERENCE_GEO } from '$lib/domain/headline';
import { headlineComparison } from '$lib/data/queries/headline';
import { seriesFor } from '$lib/data/queries/series';
import { loadBundled } from '$lib/server/bundled';
import type { PageServerLoad } from './$types';

// Runs at build time only (the site is prerendered): the figures are in the HTML, so the first
// chart needs neither JavaScript nor DuckDB-WASM in the browser.
export const load: PageServerLoad = async () => {
	const { engine, manifest, reports } = await loadBundled();
	const entry = manifest.files.find((f) => f.dataset === HEADLINE_SERIES.dataset);
	if (!entry) throw new Error(`data/manifest.json lists no file for ${HEADLINE_SERIES.dataset}`);
	const report = reports.find((r) => r.entry === entry)?.report;
	const [comparison, rows] = await Promise.all([
		headlineComparison(engine, HEADLINE_SERIES, FOCUS_GEO, REFERENCE_GEO, PEER_GROUP),
		seriesFor(engine, HEADLINE_SERIES, [FOCUS_GEO, REFERENCE_GEO])
	]);
	return {
		comparison,
		rows,
		source: {
			file: entry.file,
			dataset: entry.dataset,
			title: entry.title,
			source: entry.source,
			retrievedAt: entry.retrievedAt,
			lastUpdate: report?.lastUpdate ?? null
		}
	};
};
