import { loadReportData } from '$lib/export/report-data.server';
import type { BySizeData } from '$lib/export/views/bysize';
import { loadBundled } from '$lib/server/bundled';
import type { PageServerLoad } from './$types';

// Build time only (prerendered): the same loader as the view's embed and report, so all agree.
export const load: PageServerLoad = async () => {
	const { bysize } = await loadReportData(await loadBundled(), ['bysize']);
	return { bysize: bysize as BySizeData };
};
