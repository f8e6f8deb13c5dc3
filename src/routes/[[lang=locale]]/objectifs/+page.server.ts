import type { PageServerLoad } from './$types';
import { loadTargetPageData } from '$lib/kpi/page-data.server';
import { loadReadings } from '$lib/kpi/readings.server';
import { loadExploreData } from '$lib/kpi/explore-data.server';

// Build time only: the targets file and the rows of every target, through the named query; the
// national rows of every population and the CNNum readings, on the bundled data; the member
// countries' values (scenario presets) and the events of the timeline.
export const load: PageServerLoad = async () => {
	const [targetData, readings] = await Promise.all([loadTargetPageData(), loadReadings()]);
	return {
		...targetData,
		...readings,
		explore: await loadExploreData(targetData.targets)
	};
};
