import type { PageLoad } from './$types';
import { unpackRows } from '$lib/data/page-rows';
import { firstLoadTurn } from '$lib/components/deferred';

// Each view's rows, packed by the server load, as rows again (at prerender and in the browser);
// on the first page, in a task of their own.
export const load: PageLoad = async ({ data }) => {
	await firstLoadTurn(1);
	return {
		...data,
		views: Object.fromEntries(
			Object.entries(data.views).map(([id, value]) => [id, unpackRows(value)])
		)
	};
};
