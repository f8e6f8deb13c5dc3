import { comparisonViewData } from '$lib/export/report-data.server';
import { loadBundled } from '$lib/server/bundled';
import type { PageServerLoad } from './$types';

// Runs at build time only (the page is prerendered): every comparable series of every country
// and aggregate is in the page, with each file's vintage, so choosing a series, population,
// vintage, peers, a year or a tab needs no query. The embeds and the report load the same
// (one loader), with the events of the timeline (`data/events.json`) drawn on the trend.
export const load: PageServerLoad = async () => comparisonViewData(await loadBundled());
