import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { normaliseBase } from './scripts/lib/base-path.js';

// A second build of the site (the end-to-end test that edits data/targets.json and rebuilds) writes
// its pages and SvelteKit's work files elsewhere, so that the build under test stays untouched.
const pages = process.env.OBSERVATOIRE_BUILD_DIR ?? 'build';

// A ministry publishes under a path (`https://…/observatoire/`), GitHub Pages under `/<repo>/`:
// `BASE_PATH=/observatoire npm run build` builds a site that lives entirely under that path.
// SvelteKit wants it with a leading slash and no trailing one; accept both spellings.
const base = normaliseBase(process.env.BASE_PATH);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// `await` in markup: a part of a page below the fold (`Deferred.svelte`) is hydrated in a
	// task of its own after the rest, instead of in the one long task of the whole page (issue
	// #18). Svelte's async mode is experimental until Svelte 6.
	compilerOptions: { experimental: { async: true } },
	kit: {
		adapter: adapter({ pages, assets: pages, fallback: undefined, strict: true }),
		outDir: process.env.OBSERVATOIRE_KIT_DIR ?? '.svelte-kit',
		paths: { base },
		// Registered by the root layout once the page is idle (src/routes/+layout.svelte), not in
		// the bootstrap script, so it never delays the first chart.
		serviceWorker: { register: false },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Content-Security-Policy, written into every prerendered page as a <meta> tag. SvelteKit
		// adds the sha256 of its own inline bootstrap script to script-src ('hash' mode: a static
		// site has no server to mint nonces). Whatever a dropped file contains, the page can run
		// only our own scripts and talk only to its own origin:
		// - 'wasm-unsafe-eval' lets DuckDB-WASM compile its WebAssembly, and nothing else;
		// - workers (import, DuckDB) come from our own files; blob: for libraries that spawn them so;
		// - styles stay 'unsafe-inline' because Svelte and D3 set style attributes (no script runs).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self', 'blob:'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
