import type { PageLoad } from './$types';
import { unpackRows } from '$lib/data/page-rows';

// The rows the server load packed, as rows again (at prerender and in the browser alike).
export const load: PageLoad = ({ data }) => unpackRows(data);
