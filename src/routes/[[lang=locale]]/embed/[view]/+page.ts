import type { PageLoad } from './$types';
import { unpackRows } from '$lib/data/page-rows';
import { firstLoadTurn } from '$lib/components/deferred';

// The view's rows, packed by the server load, as rows again (at prerender and in the browser);
// on the first page, in a task of their own.
export const load: PageLoad = async ({ data }) => {
	await firstLoadTurn(1);
	return { ...data, data: unpackRows(data.data) };
};
