import type { PageLoad } from './$types';
import { unpackRows } from '$lib/data/page-rows';
import { firstLoadTurn } from '$lib/components/deferred';

// The rows the server load packed, as rows again (at prerender and in the browser alike); on the
// first page, in a task of their own.
export const load: PageLoad = async ({ data }) => {
	await firstLoadTurn(1);
	return unpackRows(data);
};
