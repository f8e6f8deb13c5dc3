import { comparisonRows } from '$lib/data/queries/comparison';
import { AGGREGATE_LABELS, COUNTRY_LABELS } from '$lib/domain/geo';
import { loadBundled } from '$lib/server/bundled';
import type { PageServerLoad } from './$types';

// Runs at build time only (the page is prerendered): every comparable series of every country
// and aggregate is in the page, so choosing a series, peers, a year or a tab needs no query.
export const load: PageServerLoad = async () => {
	const { engine, manifest } = await loadBundled();
	const rows = await comparisonRows(engine, [...COUNTRY_LABELS.keys(), ...AGGREGATE_LABELS.keys()]);
	return {
		rows,
		sources: manifest.files.map((f) => ({
			dataset: f.dataset,
			file: f.file,
			title: f.title,
			publisher: f.source.publisher,
			url: f.source.url,
			retrievedAt: f.retrievedAt,
			synthetic: f.synthetic
		}))
	};
};
