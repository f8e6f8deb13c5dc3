import { targetRows } from '../data/queries/targets';
import { sectorRows } from '../data/queries/sectors';
import { illustrativeIndicatorOf, illustrativeUnitOf } from '../domain/illustrative';
import { lastSectorPeriod, SECTOR_REFERENCES, SECTOR_SERIES } from './sectors';
import type { Observation } from '../domain/observation';
import { loadTargets } from './load.server';
import type { Target } from './targets';
import { loadBundled, resolveBundled } from '../server/bundled';

/** What every target page receives: the targets, their rows, and which datasets are synthetic. */
export interface TargetPageData {
	targets: Target[];
	/** Rows of every target's series and of its illustrative stand-in (deduplicated). */
	observations: Observation[];
	/** Rows of the real sector view (isoc_ec_eseln2, E_AESELL, 10+): France, EU28, EU27_2019. */
	sectorObservations: Observation[];
	/** Newest survey year of the real sector view, for pages that count sectors without drawing them. */
	sectorLastPeriod: string | null;
	syntheticDatasets: string[];
	sources: {
		dataset: string;
		file: string;
		publisher: string;
		url: string | null;
		retrievedAt: string;
		/** The file's own `LAST UPDATE` (Eurostat's vintage), when its format carries one. */
		lastUpdate: string | null;
		synthetic: boolean;
	}[];
}

/**
 * Build-time load shared by the /objectifs/ pages: the targets file (OBSERVATOIRE_DATA_DIR
 * honoured) and, through the named query, the rows each target is measured on. `sectors: false`
 * leaves out the sector view's rows (1,221 rows, most of a page's data), for the pages that do
 * not draw it.
 */
export async function loadTargetPageData(): Promise<TargetPageData>;
export async function loadTargetPageData(options: {
	sectors: false;
}): Promise<Omit<TargetPageData, 'sectorObservations'>>;
export async function loadTargetPageData(
	options: { sectors?: boolean } = {}
): Promise<TargetPageData | Omit<TargetPageData, 'sectorObservations'>> {
	const [targets, bundled] = await Promise.all([loadTargets(), loadBundled()]);
	const { engine, manifest, reports } = bundled;
	const seen = new Set<string>();
	const observations: Observation[] = [];
	for (const t of targets) {
		// The target's national series is read from one file, the newest that publishes it.
		const series = await resolveBundled(bundled, t, null, ['FR', t.referenceGeo]);
		if (!series) continue;
		// The target's series, then its illustrative stand-in (ILLUS_ codes), which the kpi code
		// shows only for units no real row covers.
		const keys = [
			{ ...t, dataset: series.dataset },
			{
				...t,
				dataset: series.dataset,
				indicator: illustrativeIndicatorOf(t.indicator),
				unit: illustrativeUnitOf(t.unit)
			}
		];
		for (const row of (await Promise.all(keys.map((k) => targetRows(engine, k)))).flat()) {
			const id = [
				row.dataset,
				row.indicator,
				row.unit,
				row.sizeClass,
				row.nace,
				row.geo,
				row.period
			].join('|');
			if (seen.has(id)) continue;
			seen.add(id);
			observations.push(row);
		}
	}
	const sectorObservations = await sectorRows(engine, {
		...SECTOR_SERIES,
		geos: ['FR', ...SECTOR_REFERENCES]
	});
	const sectorLastPeriod = lastSectorPeriod(sectorObservations);
	const sectors = options.sectors === false ? {} : { sectorObservations };
	const lastUpdate = (dataset: string) =>
		reports.find((r) => r.entry.dataset === dataset)?.report.lastUpdate ?? null;
	return {
		targets,
		observations,
		...sectors,
		sectorLastPeriod,
		syntheticDatasets: manifest.files.filter((f) => f.synthetic).map((f) => f.dataset),
		sources: manifest.files.map((f) => ({
			dataset: f.dataset,
			file: f.file,
			publisher: f.source.publisher,
			url: f.source.url,
			retrievedAt: f.retrievedAt,
			lastUpdate: lastUpdate(f.dataset) ?? f.vintage ?? null,
			synthetic: f.synthetic
		}))
	};
}
