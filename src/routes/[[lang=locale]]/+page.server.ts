import { loadReportData } from '$lib/export/report-data.server';
import type { HomeData } from '$lib/export/views/home';
import { loadBundled } from '$lib/server/bundled';
import type { PageServerLoad } from './$types';

// Runs at build time only (the site is prerendered): the figures of every population are in the
// HTML data, so the first chart needs neither JavaScript nor DuckDB-WASM in the browser, and the
// population switch needs no query. The same loader feeds the home embeds and report views.
export const load: PageServerLoad = async () => {
	const { home } = await loadReportData(await loadBundled(), ['home']);
	return { home: home as HomeData };
};
