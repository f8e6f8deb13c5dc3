import type { PageServerLoad } from './$types';
import { loadTargetPageData } from '$lib/kpi/page-data.server';
import { packRows } from '$lib/data/page-rows';

// Build time only: the targets file and the rows of every target, through the named query (not
// the sector view's rows, which this page does not draw). Rows travel packed (`+page.ts`).
export const load: PageServerLoad = async () =>
	packRows(await loadTargetPageData({ sectors: false }));
