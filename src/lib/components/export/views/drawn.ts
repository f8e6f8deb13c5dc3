/**
 * What a target view of a report draws, computed as the view computes it (bundled rows and the
 * datasets imported in this browser), so that the report's annex lists exactly those datasets.
 */
import { imported, withImported } from '$lib/data/imported.svelte';
import { drawnDatasets, targetViewDatasets } from '$lib/export/views/targets';
import type { TargetPageData } from '$lib/kpi/page-data.server';
import { trackSectors } from '$lib/kpi/sectors';
import { trackTarget } from '$lib/kpi/track';
import { nationalSeries } from '$lib/kpi/national';
import type { ReadingsData } from '$lib/kpi/readings.server';
import { readTargetState } from '$lib/state/targets';
import { seriesWhere } from '$lib/kpi/units';
import { syntheticCheck } from '$lib/kpi/view';

/**
 * The datasets a target view (`national`, `regions`, `sectors`) draws on its choices (`cible=`),
 * or a region's fact sheet when `region` is given (the region's own datasets and the reference's).
 * `drawnTargetDatasets(data, 'regions', '')` → `['isoc_ec_esels', 'synth_esell_reg']`
 */
export function drawnTargetDatasets(
	data: Pick<
		TargetPageData,
		'targets' | 'observations' | 'sectorObservations' | 'syntheticDatasets'
	> &
		Partial<Pick<ReadingsData, 'nationalRows' | 'vintages'>>,
	view: string,
	choices: string,
	region: string | null = null
): string[] {
	const target =
		data.targets.find((t) => t.id === new URLSearchParams(choices).get('cible')) ??
		data.targets[0]!;
	const tracked = trackTarget(
		target,
		withImported(data.observations, seriesWhere(target)),
		syntheticCheck(data.syntheticDatasets),
		(u) => u.key
	);
	// The national view follows the population and vintage of its choices, as TargetView draws it.
	if (view === 'national' && region === null && data.nationalRows && data.vintages) {
		const chosen = readTargetState(new URLSearchParams(choices));
		const national = nationalSeries(
			data.nationalRows,
			data.vintages,
			target,
			chosen.population,
			chosen.pinned
		);
		const own = trackTarget(
			national.target,
			withImported(national.rows, seriesWhere(national.target)),
			syntheticCheck(data.syntheticDatasets),
			(u) => u.key
		);
		return targetViewDatasets(view, own, { covers: false, datasets: [] });
	}
	if (region !== null) {
		const unit = tracked.regions.find((r) => r.key === region);
		return drawnDatasets(unit ? [unit] : [], tracked.units.referenceDatasets);
	}
	const real = trackSectors(target, data.sectorObservations ?? [], 'EU28', (code) => code);
	return targetViewDatasets(view, tracked, real);
}

/** A row of a report's annex: a dataset, its publisher, dates and file. */
export interface AppendixRow {
	dataset: string;
	file: string;
	title: { fr: string; en: string };
	publisher: string;
	url: string | null;
	retrievedAt: string;
	lastUpdate: string | null;
	sha256: string | null;
	synthetic: boolean;
	/** True for a file imported in this browser (its date is the import's). */
	imported?: boolean;
}

/** A report item as the annex needs it: its registered datasets, data id and choices. */
export interface AppendixItem {
	datasets: readonly string[];
	/** `targets` for a target view, whose datasets are computed as the view draws them. */
	dataId: string | null;
	view: string | null;
	/** A region fact sheet's region id. */
	region: string | null;
	/** The item's own choices (a comparison's series, a target's `cible=`). */
	choices: string;
	/** A comparison item's pinned dataset (`ds=`), when its choices name one. */
	asked: string | null;
}

/**
 * The annex of a report: exactly the datasets its views draw, each once, bundled files from the
 * manifest and files imported in this browser by their name and import date. A target view's
 * datasets are computed as the view draws them, so an illustrative set replaced by an imported
 * table is not listed, and the imported table is. `null` while a target view's data is not there
 * (the report page fetches it): the registry's datasets could name sets the view does not draw.
 * `reportAppendix(items, bundledRows, views.targets)` → `[{ dataset: 'isoc_ec_esels', … }]`
 */
export function reportAppendix(
	items: readonly AppendixItem[],
	bundled: readonly AppendixRow[],
	targets: Parameters<typeof drawnTargetDatasets>[0] | undefined
): AppendixRow[] | null {
	const used = new Set<string>();
	for (const item of items) {
		if (item.dataId === 'targets' && !targets) return null;
		const codes =
			item.dataId === 'targets' && targets
				? drawnTargetDatasets(targets, item.view ?? 'national', item.choices, item.region)
				: item.asked && bundled.some((d) => d.dataset === item.asked)
					? [item.asked]
					: item.datasets;
		for (const code of codes) used.add(code);
	}
	const rows: AppendixRow[] = bundled.filter((d) => used.has(d.dataset));
	// An imported file is listed when its dataset code is drawn (beside a bundled file of the same
	// code: the code alone cannot tell them apart, and a source is never left out).
	for (const d of imported.datasets.filter((i) => used.has(i.dataset))) {
		const day = d.importedAt.slice(0, 10);
		rows.push({
			dataset: d.dataset,
			file: d.file,
			title: { fr: `fichier importé « ${d.file} »`, en: `imported file “${d.file}”` },
			publisher: d.file,
			url: null,
			retrievedAt: day,
			lastUpdate: d.report.lastUpdate,
			sha256: null,
			synthetic: d.synthetic,
			imported: true
		});
	}
	return rows;
}
