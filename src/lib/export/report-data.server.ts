/**
 * Build-time data of the views a report or an embed can show, keyed by a data id shared by the
 * views that need the same figures (the home KPI cards and trend chart both use `home`). Each
 * loader runs named queries on the bundled data (prerendering) and returns plain rows.
 * To add a view: add its loader here (if its data id is new) and its entry in report-registry.ts.
 */
import { FOCUS_GEO, PEER_GROUP, REFERENCE_GEO, headlineFields } from '../domain/headline';
import { POPULATIONS } from '../domain/population';
import { headlineComparison } from '../data/queries/headline';
import { seriesFor } from '../data/queries/series';
import { resolveBundled, type Bundled } from '../server/bundled';
import { rankFigures, rankOf } from '../charts/ranking/series';
import { loadTargets } from '../kpi/load.server';
import { gapAt, homeVerdict, previousGap, type HomeData, type HomeFigures } from './views/home';
import { loadTargetPageData } from '../kpi/page-data.server';
import { loadExploreData } from '../kpi/explore-data.server';
import { loadEvents } from '../kpi/events.load.server';
import { loadReadings } from '../kpi/readings.server';
import { comparisonRows } from '../data/queries/comparison';
import { columnsOf, packColumns } from '../data/ingest/columns';
import { AGGREGATE_LABELS, COUNTRY_LABELS, EU27_2020_MEMBERS } from '../domain/geo';
import type { ComparisonData } from './views/comparison';
import { BY_SIZE_SERIES, type BySizeData } from './views/bysize';
import { BY_SIZE_CLASSES } from '../charts/bysize/series';
import { vintageOf } from '../domain/population';

export type ReportLoader = (bundled: Bundled) => Promise<unknown>;

// Every population's home figures, each read from the one file that resolves its series (newest
// vintage), with France's rank among the EU members (ties found from their rows), the gap at the
// previous survey and at the target's baseline, and the target's verdict on that series.
async function home(bundled: Bundled): Promise<HomeData> {
	const { engine, manifest, reports } = bundled;
	const [target] = await loadTargets();
	const populations = await Promise.all(
		POPULATIONS.map(async (population): Promise<HomeFigures | null> => {
			const resolved = await resolveBundled(bundled, headlineFields(population));
			if (!resolved) return null;
			const entry = manifest.files.find((f) => f.dataset === resolved.dataset);
			if (!entry) throw new Error(`data/manifest.json lists no file for ${resolved.dataset}`);
			const report = reports.find((r) => r.entry === entry)?.report;
			const key = { ...resolved };
			const [comparison, rows, members] = await Promise.all([
				headlineComparison(engine, key, FOCUS_GEO, REFERENCE_GEO, PEER_GROUP),
				seriesFor(engine, key, [FOCUS_GEO, REFERENCE_GEO]),
				seriesFor(engine, key, EU27_2020_MEMBERS)
			]);
			const period = comparison.period;
			const ranking =
				period === null
					? null
					: rankFigures(
							period,
							members.filter((r) => r.period === period).map((r) => ({ ...r, label: r.geo })),
							EU27_2020_MEMBERS
						);
			const place = ranking ? rankOf(ranking, FOCUS_GEO) : null;
			// The rank is the query's; the rows only say whether it is shared. Two counts that
			// disagree would be a bug worth stopping the build for.
			if (place && comparison.rank !== null && place.rank !== comparison.rank) {
				throw new Error(
					`home: rank ${comparison.rank} (SQL) and ${place.rank} (rows) differ for ${population}`
				);
			}
			return {
				population,
				comparison,
				rows,
				tied: place?.tied ?? false,
				previous: previousGap(rows, period),
				baseline: target ? gapAt(rows, target.baseline) : null,
				verdict: target ? homeVerdict(rows, target) : null,
				source: {
					file: entry.file,
					dataset: entry.dataset,
					title: entry.title,
					source: entry.source,
					retrievedAt: entry.retrievedAt,
					lastUpdate: report?.lastUpdate ?? null
				}
			};
		})
	);
	return {
		target: target
			? { id: target.id, name: target.name, baseline: target.baseline, deadline: target.deadline }
			: null,
		populations: populations.filter((p): p is HomeFigures => p !== null),
		// The events the home trend marks (data/events.json).
		events: await loadEvents()
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
		columns: packColumns(columnsOf(rows)),
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

// France and the EU average for every size class of the by-size view, from one dataset (one
// vintage): the classes are never stitched from two files.
async function bysize({ engine, manifest, reports }: Bundled): Promise<BySizeData> {
	const entry = manifest.files.find((f) => f.dataset === BY_SIZE_SERIES.dataset);
	if (!entry) throw new Error(`data/manifest.json lists no file for ${BY_SIZE_SERIES.dataset}`);
	const report = reports.find((r) => r.entry === entry)?.report;
	const perClass = await Promise.all(
		BY_SIZE_CLASSES.map(async (sizeClass) =>
			(await seriesFor(engine, { ...BY_SIZE_SERIES, sizeClass }, [FOCUS_GEO, REFERENCE_GEO])).map(
				(r) => ({ ...r, sizeClass })
			)
		)
	);
	return {
		rows: perClass.flat(),
		// The events each panel marks (data/events.json).
		events: await loadEvents(),
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
 * What /comparer/, its embeds and its report views load: the comparison's rows and sources, and
 * the events its trend marks. `(await comparisonViewData(bundled)).events[0]` → `{ id, date: '2012', kind, title, source }`
 */
export async function comparisonViewData(bundled: Bundled) {
	return { ...(await comparisonData(bundled)), events: await loadEvents() };
}

/**
 * What /objectifs/ and the target views load: the target pages' data (targets file, target rows,
 * sources), and the member countries and events for a target's scenario and markers.
 * `(await targetViewData()).explore.countries['cnnum-2019'].HR[0]` → `{ period: '2010', value: …, flags: '' }`
 */
export async function targetViewData() {
	const data = await loadTargetPageData();
	return { ...data, explore: await loadExploreData(data.targets) };
}

/** Data id → loader. `await REPORT_LOADERS.home(bundled)` → `{ comparison, rows, source }` */
export const REPORT_LOADERS: Record<string, ReportLoader> = {
	home,
	comparison: comparisonViewData,
	bysize,
	// The region sheets and target views; France's national rows of every population and file, so
	// that a target view follows the population and vintage of its choices (`pop=`, `ds=`) as the
	// page does.
	targets: async () => {
		const [data, { nationalRows, vintages }] = await Promise.all([
			targetViewData(),
			loadReadings()
		]);
		return { ...data, nationalRows, vintages };
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
