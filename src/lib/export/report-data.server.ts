/**
 * Build-time data of the views a report or an embed can show, keyed by a data id shared by the
 * views that need the same figures (the home KPI cards and trend chart both use `home`). Each
 * loader runs named queries on the bundled data (prerendering) and returns plain rows.
 * To add a view: add its loader here (if its data id is new) and its entry in report-registry.ts.
 */
import { FOCUS_GEO, HEADLINE_SERIES, PEER_GROUP, REFERENCE_GEO } from '../domain/headline';
import { headlineComparison } from '../data/queries/headline';
import { seriesFor } from '../data/queries/series';
import type { Bundled } from '../server/bundled';
import type { HomeData } from './views/home';
import { loadTargetPageData } from '../kpi/page-data.server';
import { loadExploreData } from '../kpi/explore-data.server';
import { loadEvents } from '../kpi/events.load.server';
import { comparisonRows } from '../data/queries/comparison';
import { AGGREGATE_LABELS, COUNTRY_LABELS } from '../domain/geo';
import type { ComparisonData } from './views/comparison';
import { vintageOf } from '../domain/population';

export type ReportLoader = (bundled: Bundled) => Promise<unknown>;

async function home({ engine, manifest, reports }: Bundled): Promise<HomeData> {
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
}

/**
 * The comparison page's rows and sources (the page's own loader, the embeds and the report): a
 * comparison view can then show any series, population, vintage, peers and year an address asks
 * for, without a query. Each source carries its vintage, so the newest file of a series is read.
 * `(await comparisonData(bundled)).sources[1]` → `{ dataset: 'isoc_ec_esels', vintage: '2026-02-27T11:00:00', … }`
 */
export async function comparisonData({ engine, reports }: Bundled): Promise<ComparisonData> {
	const rows = await comparisonRows(engine, [...COUNTRY_LABELS.keys(), ...AGGREGATE_LABELS.keys()]);
	return {
		rows,
		sources: reports.map(({ entry: f, report }) => ({
			dataset: f.dataset,
			file: f.file,
			title: f.title,
			publisher: f.source.publisher,
			url: f.source.url ?? null,
			retrievedAt: f.retrievedAt,
			vintage: vintageOf(f, report.lastUpdate),
			synthetic: f.synthetic
		}))
	};
}

/** Data id → loader. `await REPORT_LOADERS.home(bundled)` → `{ comparison, rows, source }` */
export const REPORT_LOADERS: Record<string, ReportLoader> = {
	home,
	// The comparison's rows, and the events its trend marks.
	comparison: async (bundled) => ({
		...(await comparisonData(bundled)),
		events: await loadEvents()
	}),
	// The target pages' data (targets file, target rows, sources), for the region sheets; the
	// member countries and events for a target view's scenario and markers.
	targets: async () => {
		const data = await loadTargetPageData();
		return { ...data, explore: await loadExploreData(data.targets) };
	}
};

/**
 * Runs the loaders of the given data ids once each.
 * `await loadReportData(bundled, ['home'])` → `{ home: { comparison, rows, source } }`
 */
export async function loadReportData(
	bundled: Bundled,
	ids: readonly string[]
): Promise<Record<string, unknown>> {
	const unique = [...new Set(ids)];
	const values = await Promise.all(
		unique.map((id) => {
			const loader = REPORT_LOADERS[id];
			if (!loader) throw new Error(`report-data: no loader for data id "${id}"`);
			return loader(bundled);
		})
	);
	return Object.fromEntries(unique.map((id, i) => [id, values[i]]));
}
