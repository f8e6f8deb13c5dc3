import type { PageServerLoad } from './$types';
import { loadTargetPageData } from '$lib/kpi/page-data.server';
import { packRows } from '$lib/data/page-rows';

// Build time only: the targets file and the rows of every target, through the named query, and
// the sector view's rows. Rows travel packed (`+page.ts`).
export const load: PageServerLoad = async () => packRows(await loadTargetPageData());
