import type { PageServerLoad } from './$types';
import { loadExploreData } from '$lib/kpi/explore-data.server';
import { loadTargetPageData } from '$lib/kpi/page-data.server';
import { loadReadings } from '$lib/kpi/readings.server';
import { packRows } from '$lib/data/page-rows';

// Build time only: the target views' data, as their embeds and report views load it (targets
// file, rows of every target, member countries' values for the scenario presets, events of the
// timeline), but not the sector view's rows, which this page does not draw; the national rows of
// every population and the CNNum readings, on the bundled data. Rows travel packed (`+page.ts`).
export const load: PageServerLoad = async () => {
	const [targetData, readings] = await Promise.all([
		loadTargetPageData({ sectors: false }),
		loadReadings()
	]);
	const explore = await loadExploreData(targetData.targets);
	return packRows({ ...targetData, explore, ...readings });
};
