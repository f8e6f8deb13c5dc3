import type { Engine } from './engine';
import { sql } from './engine';
import { createNodeEngine } from './node';

let shared: Promise<Engine> | null = null;

/** Takes out every committed file's rows, as the view lists them. */
async function empty(engine: Engine): Promise<void> {
	const held = await engine.all<{ source_file: string }>(SOURCES);
	for (const { source_file } of held) await engine.removeSource(source_file);
}
const SOURCES = sql`SELECT DISTINCT source_file FROM observations`;

/**
 * The Node engine of the unit tests: started once per Vitest worker (the suite runs with
 * `isolate: false`, so this module and its engine outlive one test file) and handed out empty.
 * Starting DuckDB-WASM compiles ~30 MB of WebAssembly: 2 s on an idle machine, 20 s on a busy
 * one, once per file before this helper. `close()` takes every file's rows out instead of
 * closing, so the next file gets the same engine; the worker's exit frees it.
 * @example const engine = await testEngine(); await engine.insertObservations(rows, 'a.tsv');
 */
export async function testEngine(): Promise<Engine> {
	shared ??= createNodeEngine();
	const engine = await shared;
	await empty(engine);
	return { ...engine, close: () => empty(engine) };
}
