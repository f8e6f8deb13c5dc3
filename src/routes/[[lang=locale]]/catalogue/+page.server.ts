import { datasetCoverage } from '$lib/data/queries/catalog';
import { datasetDates } from '$lib/data/manifest';
import { loadBundled } from '$lib/server/bundled';
import { vintageComparisons } from '$lib/server/vintages';
import type { PageServerLoad } from './$types';

/** The bundled datasets with what each covers; imported ones are added in the page. */
export const load: PageServerLoad = async () => {
	const bundled = await loadBundled();
	const { engine, reports } = bundled;
	const coverage = await datasetCoverage(engine);
	return {
		revisions: await vintageComparisons(bundled),
		bundled: reports.map(({ entry, report }) => {
			const c = coverage.find((x) => x.sourceFile === entry.file) ?? null;
			return {
				entry,
				observations: report.observations,
				vintage: bundled.vintages.find((v) => v.dataset === entry.dataset)?.vintage ?? null,
				dates: datasetDates(entry, report.lastUpdate),
				firstPeriod: c?.firstPeriod ?? null,
				lastPeriod: c?.lastPeriod ?? null,
				geos: c?.geos ?? 0
			};
		})
	};
};
