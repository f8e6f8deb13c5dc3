// Plain JavaScript so that svelte.config.js (read by Node without TypeScript) and the scripts share
// one reading of BASE_PATH.

/**
 * Normalises `BASE_PATH` as SvelteKit wants it: a leading slash, no trailing one.
 * `normaliseBase('/observatoire/')` → `'/observatoire'`; `normaliseBase(undefined)` → `''`.
 * Throws on anything that is not a path of plain segments (no `..`, no spaces).
 * @param {string | undefined} raw
 * @returns {string}
 */
export function normaliseBase(raw) {
	const base = (raw ?? '').trim().replace(/\/+$/, '');
	const plain = /^(\/[A-Za-z0-9._~-]+)+$/.test(base);
	if (base && (!plain || base.split('/').some((segment) => /^\.+$/.test(segment)))) {
		throw new Error(`BASE_PATH must look like /observatoire (plain path segments), got "${raw}".`);
	}
	return base;
}
