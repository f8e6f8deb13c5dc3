import { datasetCoverage } from '$lib/data/queries/catalog';
import { loadBundled } from '$lib/server/bundled';
import type { PageServerLoad } from './$types';

/** The bundled datasets with what each covers; imported ones are added in the page. */
export const load: PageServerLoad = async () => {
	const { engine, reports } = await loadBundled();
	const coverage = await datasetCoverage(engine);
	return {
		bundled: reports.map(({ entry, report }) => {
			const c = coverage.find((x) => x.sourceFile === entry.file) ?? null;
			return {
				entry,
				observations: report.observations,
				firstPeriod: c?.firstPeriod ?? null,
				lastPeriod: c?.lastPeriod ?? null,
				geos: c?.geos ?? 0
			};
		})
	};
};
