import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { slimEngine } from './wasm-exports';

/** Bumped when `slimEngine` keeps other exports, so that no older file is served. */
const RULES = 1;

/** Where DuckDB-WASM's package keeps its files (`…/node_modules/@duckdb/duckdb-wasm/dist`). */
export function duckdbDist(): string {
	const require = createRequire(import.meta.url);
	return path.dirname(require.resolve('@duckdb/duckdb-wasm/blocking'));
}

/**
 * The engine's module as this site serves it (`wasm-exports.ts`: the published module without
 * the exports only extensions use), made once per package version from the installed package and
 * kept in `node_modules/.cache`, so the build, the dev server and the Node twin run the same bytes.
 * Named `duckdb-eh.wasm` there, so the built asset keeps the published name.
 * `slimEngineFile()` → `'/…/node_modules/.cache/observatoire-pme/duckdb-wasm-1.32.0-34242586-r1/duckdb-eh.wasm'`
 */
export function slimEngineFile(dist = duckdbDist()): string {
	const published = path.join(dist, 'duckdb-eh.wasm');
	const { version } = JSON.parse(readFileSync(path.join(dist, '..', 'package.json'), 'utf8')) as {
		version: string;
	};
	const size = statSync(published).size;
	const key = `duckdb-wasm-${version}-${size}-r${RULES}`;
	// Beside the package; in the system's temporary folder where node_modules cannot be written.
	const places = [
		path.join(dist, '..', '..', '..', '.cache', 'observatoire-pme', key),
		path.join(tmpdir(), 'observatoire-pme', key)
	];
	for (const dir of places) {
		const file = path.join(dir, 'duckdb-eh.wasm');
		try {
			if (statSync(file).size > 0) return file;
		} catch {
			// not made yet
		}
	}
	const loaders = [
		'duckdb-browser-eh.worker.js',
		'duckdb-node-eh.worker.cjs',
		'duckdb-node-blocking.cjs'
	].map((name) => readFileSync(path.join(dist, name), 'utf8'));
	const { bytes } = slimEngine(readFileSync(published), loaders);
	let failure: unknown;
	for (const dir of places) {
		const file = path.join(dir, 'duckdb-eh.wasm');
		try {
			mkdirSync(dir, { recursive: true });
			// Written aside, then renamed: test workers and the build may make it at the same time.
			const aside = `${file}.${process.pid}.${Date.now()}.tmp`;
			writeFileSync(aside, bytes);
			renameSync(aside, file);
			return file;
		} catch (error) {
			failure = error;
		}
	}
	throw new Error(`could not write the engine's module: ${String(failure)}`);
}
