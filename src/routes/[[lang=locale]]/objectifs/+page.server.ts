import type { PageServerLoad } from './$types';
import { loadTargetPageData } from '$lib/kpi/page-data.server';
import { loadReadings } from '$lib/kpi/readings.server';

// Build time only: the targets file and the rows of every target, through the named query; the
// national rows of every population and the CNNum readings, on the bundled data.
export const load: PageServerLoad = async () => {
	const [targetData, readings] = await Promise.all([loadTargetPageData(), loadReadings()]);
	return { ...targetData, ...readings };
};
