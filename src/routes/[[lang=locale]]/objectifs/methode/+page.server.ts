import type { PageServerLoad } from './$types';
import { loadTargets } from '$lib/kpi/load.server';
import { loadReadings } from '$lib/kpi/readings.server';

// Build time only: the targets file, the CNNum readings and the press figures, on the bundled
// data. The page draws no series, so no rows are written into it.
export const load: PageServerLoad = async () => {
	const [targets, { sensitivity, press }] = await Promise.all([loadTargets(), loadReadings()]);
	return { targets, sensitivity, press };
};
