import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { slimEngineFile } from './src/lib/data/duckdb/engine-file';

/**
 * Serves DuckDB-WASM's module without the 74,848 exports only run-time extensions use
 * (`src/lib/data/duckdb/wasm-exports.ts`): `browser.ts` imports the published file, and gets this
 * one, made from it, in the dev server and the build alike.
 */
function slimDuckdbEngine(): Plugin {
	return {
		name: 'observatoire:slim-duckdb-engine',
		enforce: 'pre',
		resolveId(source) {
			if (source === '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url')
				return `${slimEngineFile()}?url`;
		}
	};
}

export default defineConfig({
	plugins: [slimDuckdbEngine(), sveltekit()],
	// DuckDB-WASM ships its own worker and wasm files, loaded through `?url` imports;
	// pre-bundling would rewrite them and break those URLs.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	worker: { format: 'es' },
	// Chunks under 4 kB are merged into those that load them (87 → 57): a page preloaded 57 to 66
	// modules, and each cost Chromium 0.3–0.45 ms on the page's thread to request (30 ms of the
	// opening of /rapport/, ~120 at CPU ×4; issue #18). At 20 kB the first chart's JS doubled.
	build: { rollupOptions: { output: { experimentalMinChunkSize: 4_000 } } },
	preview: { port: 4173, strictPort: false },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
		testTimeout: 30_000,
		// Starting DuckDB-WASM in a `beforeAll` took more than the default 10 s on a busy 2-core
		// machine; two minutes covers a start plus loading the bundled files under load.
		hookTimeout: 120_000,
		// One module registry per worker, not per file: the Node engine (`duckdb/testing.ts`) and
		// the bundled data (`server/bundled.ts`) are built once per worker instead of once per
		// file, and modules such as d3 and the i18n tables are imported once. Tests share no
		// mutable state but those two caches.
		isolate: false
	}
});
