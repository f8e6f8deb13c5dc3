import type { Engine } from './engine';
import { sql } from './engine';
import { createNodeEngine } from './node';

let shared: Promise<Engine> | null = null;

const EMPTY = sql`DELETE FROM observations`;

/**
 * The Node engine of the unit tests: started once per Vitest worker (the suite runs with
 * `isolate: false`, so this module and its engine outlive one test file) and handed out empty.
 * Starting DuckDB-WASM compiles ~30 MB of WebAssembly: 2 s on an idle machine, 20 s on a busy
 * one, once per file before this helper. `close()` empties the tables instead of closing, so the
 * next file gets the same engine; the worker's exit frees it.
 * @example const engine = await testEngine(); await engine.insertObservations(rows, 'a.tsv');
 */
export async function testEngine(): Promise<Engine> {
	shared ??= createNodeEngine();
	const engine = await shared;
	await engine.all(EMPTY);
	return { ...engine, close: async () => void (await engine.all(EMPTY)) };
}
