import { error } from '@sveltejs/kit';
import { FRENCH_REGIONS } from '$lib/domain/geo';
import { loadTargetPageData } from '$lib/kpi/page-data.server';
import { packRows } from '$lib/data/page-rows';
import type { EntryGenerator, PageServerLoad } from './$types';

// One fact sheet per region, in French and English, prerendered from the bundled data (not the
// sector view's rows, which a sheet does not draw). Rows travel packed (`+page.ts`).
export const entries: EntryGenerator = () =>
	FRENCH_REGIONS.flatMap((r) => [{ region: r.id }, { lang: 'en', region: r.id }]);

export const load: PageServerLoad = async ({ params }) => {
	if (!FRENCH_REGIONS.some((r) => r.id === params.region)) error(404, 'Unknown region');
	return packRows({ region: params.region, ...(await loadTargetPageData({ sectors: false })) });
};
