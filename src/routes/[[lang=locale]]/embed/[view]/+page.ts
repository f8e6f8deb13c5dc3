import type { PageLoad } from './$types';
import { unpackRows } from '$lib/data/page-rows';

// The view's rows, packed by the server load, as rows again (at prerender and in the browser).
export const load: PageLoad = ({ data }) => ({ ...data, data: unpackRows(data.data) });
