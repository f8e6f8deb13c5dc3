/**
 * What the service worker (`src/service-worker.ts`) keeps and how it answers, as pure functions so
 * that the rules are tested without a browser.
 */

/** How a request is answered. */
export type Strategy = 'cache-first' | 'engine' | 'network-first' | 'network';

/**
 * Cache names for a deployment: the app's cache is replaced at each deployment; the engine's is
 * kept across deployments and pruned to the current build's files.
 * `cacheNames('1733')` → `{ app: 'observatoire-app-1733', engine: 'observatoire-engine' }`.
 */
export function cacheNames(version: string): { app: string; engine: string } {
	return { app: `observatoire-app-${version}`, engine: 'observatoire-engine' };
}

/** The engine's files: large, fetched only when a question needs DuckDB. */
export function isEngineFile(path: string): boolean {
	return path.endsWith('.wasm');
}

/**
 * What is fetched ahead at install: everything the build lists but the engine and the embeds.
 * The embeds (`/embed/…`, each carrying the data of its view: 96 of the 152 MB the install wrote)
 * are framed by other sites, which need the network anyway; one is kept once it has been opened.
 * Writing them at the first visit took the reader's two cores for seconds, under imports too.
 * `precacheList(['/_app/a.js', '/_app/duckdb-eh.wasm', '/', '/embed/compare-map/'])` → `['/_app/a.js', '/']`.
 */
export function precacheList(paths: readonly string[]): string[] {
	return [...new Set(paths)].filter((p) => !isEngineFile(p) && !isEmbed(p));
}

const isEmbed = (path: string) => /(^|\/)embed\//.test(path);

/**
 * How the service worker answers a same-origin GET, from its path and the site's base path.
 * `strategyFor('/observatoire/_app/immutable/x.js', '/observatoire')` → `'cache-first'`;
 * `strategyFor('/comparer/', '')` → `'network-first'`; `strategyFor('/elsewhere/', '/obs')` → `'network'`.
 */
export function strategyFor(pathname: string, base: string): Strategy {
	if (base && pathname !== base && !pathname.startsWith(base + '/')) return 'network';
	const rest = pathname.slice(base.length) || '/';
	if (isEngineFile(rest)) return 'engine';
	if (rest.startsWith('/_app/immutable/')) return 'cache-first';
	if (rest === '/service-worker.js') return 'network';
	return 'network-first';
}
