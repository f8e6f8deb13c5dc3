import type { PageServerLoad } from './$types';
import { targetViewData } from '$lib/export/report-data.server';
import { loadReadings } from '$lib/kpi/readings.server';

// Build time only: the target views' data, as their embeds and report views load it (targets
// file, rows of every target, member countries' values for the scenario presets, events of the
// timeline); the national rows of every population and the CNNum readings, on the bundled data.
export const load: PageServerLoad = async () => {
	const [targetData, readings] = await Promise.all([targetViewData(), loadReadings()]);
	return { ...targetData, ...readings };
};
