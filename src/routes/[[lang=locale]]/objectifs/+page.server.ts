import type { PageServerLoad } from './$types';
import { loadTargetPageData } from '$lib/kpi/page-data.server';

// Build time only: the targets file and the rows of every target, through the named query.
export const load: PageServerLoad = () => loadTargetPageData();
