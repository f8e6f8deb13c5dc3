import type { PageLoad } from './$types';
import { unpackRows } from '$lib/data/page-rows';

// Each view's rows, packed by the server load, as rows again (at prerender and in the browser).
export const load: PageLoad = ({ data }) => ({
	...data,
	views: Object.fromEntries(
		Object.entries(data.views).map(([id, value]) => [id, unpackRows(value)])
	)
});
