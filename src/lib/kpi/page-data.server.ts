import { targetRows } from '../data/queries/targets';
import type { Observation } from '../domain/observation';
import { loadTargets } from './load.server';
import type { Target } from './targets';
import { loadBundled, resolveBundled } from '../server/bundled';

/** What every target page receives: the targets, their rows, and which datasets are synthetic. */
export interface TargetPageData {
	targets: Target[];
	/** Rows of every target's series (deduplicated), as plain observations. */
	observations: Observation[];
	syntheticDatasets: string[];
	sources: {
		dataset: string;
		file: string;
		publisher: string;
		url: string | null;
		retrievedAt: string;
		synthetic: boolean;
	}[];
}

/**
 * Build-time load shared by the /objectifs/ pages: the targets file (OBSERVATOIRE_DATA_DIR
 * honoured) and, through the named query, the rows each target is measured on.
 */
export async function loadTargetPageData(): Promise<TargetPageData> {
	const [targets, bundled] = await Promise.all([loadTargets(), loadBundled()]);
	const { engine, manifest } = bundled;
	const seen = new Set<string>();
	const observations: Observation[] = [];
	for (const t of targets) {
		// The target's national series is read from one file, the newest that publishes it.
		const series = await resolveBundled(bundled, t, null, ['FR', t.referenceGeo]);
		if (!series) continue;
		for (const row of await targetRows(engine, { ...t, dataset: series.dataset })) {
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
	return {
		targets,
		observations,
		syntheticDatasets: manifest.files.filter((f) => f.synthetic).map((f) => f.dataset),
		sources: manifest.files.map((f) => ({
			dataset: f.dataset,
			file: f.file,
			publisher: f.source.publisher,
			url: f.source.url,
			retrievedAt: f.retrievedAt,
			synthetic: f.synthetic
		}))
	};
}
