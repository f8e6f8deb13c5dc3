import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { duckdbDist, slimEngineFile } from './engine-file';
import { sql } from './engine';
import { testEngine } from './testing';
import { wasmExports } from './wasm-exports';

const leb = (n: number) => [n]; // small sizes only
const name = (s: string) => [...leb(s.length), ...new TextEncoder().encode(s)];

/** A module exporting `main` and `extension_only` (two functions returning 1). */
function module(): Uint8Array {
	const body = [0x00, 0x41, 0x01, 0x0b];
	const sec = (id: number, b: number[]) => [id, ...leb(b.length), ...b];
	return new Uint8Array([
		...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
		...sec(1, [1, 0x60, 0x00, 0x01, 0x7f]),
		...sec(3, [2, 0x00, 0x00]),
		...sec(7, [2, ...name('main'), 0x00, 0x00, ...name('extension_only'), 0x00, 0x01]),
		...sec(10, [2, body.length, ...body, body.length, ...body])
	]);
}

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A package laid out as npm installs it, in a directory of its own. */
function installed(version: string): string {
	const root = mkdtempSync(path.join(tmpdir(), 'engine-file-'));
	roots.push(root);
	const dist = path.join(root, 'node_modules', '@duckdb', 'duckdb-wasm', 'dist');
	mkdirSync(dist, { recursive: true });
	writeFileSync(path.join(dist, '..', 'package.json'), JSON.stringify({ version }));
	writeFileSync(path.join(dist, 'duckdb-eh.wasm'), module());
	for (const loader of [
		'duckdb-browser-eh.worker.js',
		'duckdb-node-eh.worker.cjs',
		'duckdb-node-blocking.cjs'
	]) {
		writeFileSync(path.join(dist, loader), 'var m=wasmExports.main;');
	}
	return dist;
}

describe('slimEngineFile', () => {
	it('writes the slim module once into node_modules/.cache, named as the published one', () => {
		const dist = installed('9.9.9');
		const file = slimEngineFile(dist);
		expect(path.relative(path.join(dist, '..', '..', '..'), file)).toMatch(
			/^\.cache\/observatoire-pme\/duckdb-wasm-9\.9\.9-\d+-r\d+\/duckdb-eh\.wasm$/
		);
		expect(wasmExports(readFileSync(file)).map((e) => e.name)).toEqual(['main']);
		const written = statSync(file).mtimeMs;
		expect(slimEngineFile(dist)).toBe(file);
		expect(statSync(file).mtimeMs).toBe(written);
		// Another version of the package gets a module of its own.
		writeFileSync(path.join(dist, '..', 'package.json'), JSON.stringify({ version: '9.9.10' }));
		expect(slimEngineFile(dist)).not.toBe(file);
	});

	it("makes a slim module of the installed package, which the Node twin runs: it answers SQL and reports DuckDB's errors", async () => {
		const file = slimEngineFile(duckdbDist());
		expect(wasmExports(readFileSync(file)).length).toBeLessThan(1_000);
		const engine = await testEngine();
		const [row] = await engine.all<{ n: number; s: string }>(
			sql`SELECT count(*)::INTEGER AS n, string_agg(x, '-' ORDER BY x) AS s FROM (VALUES ('a'), ('é')) t(x)`
		);
		expect(row).toEqual({ n: 2, s: 'a-é' });
		// A C++ exception crosses the engine's boundary as a message, as with the published module.
		await expect(engine.all(sql`SELECT CAST('x' AS INTEGER)`)).rejects.toThrow(/Could not convert/);
	});
});
