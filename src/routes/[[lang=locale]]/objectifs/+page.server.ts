import type { PageServerLoad } from './$types';
import { loadTargetPageData } from '$lib/kpi/page-data.server';
import { loadExploreData } from '$lib/kpi/explore-data.server';

// Build time only: the targets file and the rows of every target, through the named query; the
// member countries' values (scenario presets) and the events of the timeline.
export const load: PageServerLoad = async () => {
	const data = await loadTargetPageData();
	return { ...data, explore: await loadExploreData(data.targets) };
};
