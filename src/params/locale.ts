import type { ParamMatcher } from '@sveltejs/kit';

/** `/en/...` pages are the English edition; French pages have no prefix. `match('en')` → true */
export const match: ParamMatcher = (param) => param === 'en';
