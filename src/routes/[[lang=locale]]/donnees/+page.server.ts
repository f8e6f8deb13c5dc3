import { datasetCoverage } from '$lib/data/queries/catalog';
import { loadBundled } from '$lib/server/bundled';
import type { PageServerLoad } from './$types';

/** How many issues of each file the page lists before pointing to `npm run validate`. */
const ISSUES_SHOWN = 50;

export const load: PageServerLoad = async () => {
	const { engine, reports } = await loadBundled();
	const coverage = await datasetCoverage(engine);
	return {
		files: reports.map(({ entry, report }) => ({
			entry,
			report: {
				...report,
				issues: report.issues.slice(0, ISSUES_SHOWN),
				issueCount: report.issues.length
			},
			coverage: coverage.find((c) => c.sourceFile === entry.file) ?? null
		}))
	};
};
