import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { duckdbDist } from './engine-file';
import {
	namesTheLoaderReads,
	slimEngine,
	wasmExports,
	wasmImports,
	wasmSections,
	withExportsOnly
} from './wasm-exports';

const leb = (n: number): number[] => {
	const out: number[] = [];
	do {
		let b = n % 128;
		n = Math.floor(n / 128);
		if (n > 0) b |= 0x80;
		out.push(b);
	} while (n > 0);
	return out;
};
const name = (s: string) => {
	const bytes = [...new TextEncoder().encode(s)];
	return [...leb(bytes.length), ...bytes];
};
const section = (id: number, body: number[]) => [id, ...leb(body.length), ...body];
const vec = (items: number[][]) => [...leb(items.length), ...items.flat()];

/** Functions returning 10, 20, … by export name; one imported function, a GOT import, a memory. */
function tinyModule(exported: readonly string[]): Uint8Array<ArrayBuffer> {
	const type = [0x60, 0x00, 0x01, 0x7f]; // () -> i32
	const imports = vec([
		[...name('env'), ...name('f'), 0x00, 0x00],
		[...name('GOT.func'), ...name('g'), 0x03, 0x7f, 0x01],
		[...name('env'), ...name('memory'), 0x02, 0x00, 0x01],
		[...name('env'), ...name('__indirect_function_table'), 0x01, 0x70, 0x01, 0x00, 0x10]
	]);
	const bodies = exported.map((_, i) => {
		const body = [0x00, 0x41, ...leb(10 * (i + 1)), 0x0b];
		return [...leb(body.length), ...body];
	});
	// Function 0 is the import; each export i names function i + 1.
	const exports = vec(exported.map((n, i) => [...name(n), 0x00, ...leb(i + 1)]));
	return new Uint8Array([
		...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
		...section(1, vec([type])),
		...section(2, imports),
		...section(3, vec(exported.map(() => [0x00]))),
		...section(7, exports),
		...section(10, vec(bodies)),
		...section(0, [...name('note'), 1, 2, 3])
	]);
}

const imports = () => ({
	env: {
		f: () => 1,
		memory: new WebAssembly.Memory({ initial: 1 }),
		__indirect_function_table: new WebAssembly.Table({
			initial: 16,
			maximum: 16,
			element: 'anyfunc'
		})
	},
	'GOT.func': { g: new WebAssembly.Global({ value: 'i32', mutable: true }, 0) }
});

const sectionBytes = (bytes: Uint8Array, id: number) => {
	const s = wasmSections(bytes).find((x) => x.id === id);
	return s ? Buffer.from(bytes.subarray(s.body, s.end)) : null;
};

describe('reading a module', () => {
	it('lists its sections, and refuses bytes that are not a module', () => {
		const bytes = tinyModule(['a']);
		expect(wasmSections(bytes).map((s) => s.id)).toEqual([1, 2, 3, 7, 10, 0]);
		expect(wasmSections(bytes).at(-1)!.end).toBe(bytes.length);
		expect(() => wasmSections(new TextEncoder().encode('geo,TIME_PERIOD\nFR,2015'))).toThrow(
			/not a WebAssembly module/
		);
		expect(() => wasmSections(bytes.subarray(0, bytes.length - 2))).toThrow(/past the end/);
		// An export section longer than its entries: read as the engine would refuse it.
		const padded = new Uint8Array([
			...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
			...section(7, [...vec([[...name('a'), 0x00, 0x00]]), 0x00])
		]);
		expect(() => wasmExports(padded)).toThrow(/section 7 has trailing bytes/);
		expect(WebAssembly.validate(padded)).toBe(false);
	});

	it('reads imports and exports as the engine does', () => {
		const bytes = tinyModule(['a', 'b', 'dynCall_ii']);
		const module = new WebAssembly.Module(bytes);
		expect(wasmImports(bytes).map(({ module, name }) => ({ module, name }))).toEqual(
			WebAssembly.Module.imports(module).map(({ module, name }) => ({ module, name }))
		);
		expect(wasmImports(bytes).map((i) => i.kind)).toEqual([0, 3, 2, 1]);
		expect(wasmExports(bytes)).toEqual([
			{ name: 'a', kind: 0 },
			{ name: 'b', kind: 0 },
			{ name: 'dynCall_ii', kind: 0 }
		]);
	});
});

describe('withExportsOnly', () => {
	it('keeps the chosen exports, working, and every other byte', () => {
		const bytes = tinyModule(['a', 'b', 'c']);
		const slim = withExportsOnly(bytes, (n) => n !== 'b');
		expect(WebAssembly.validate(slim)).toBe(true);
		const instance = new WebAssembly.Instance(new WebAssembly.Module(slim), imports());
		expect(Object.keys(instance.exports)).toEqual(['a', 'c']);
		expect((instance.exports.c as () => number)()).toBe(30);
		const same = [1, 2, 3, 10, 0].map((id) =>
			sectionBytes(slim, id)!.equals(sectionBytes(bytes, id)!)
		);
		expect(same).toEqual([true, true, true, true, true]);
		expect(slim.length).toBeLessThan(bytes.length);
	});

	it('writes an empty export section when none is kept, and gives back a module without one unchanged', () => {
		const none = withExportsOnly(tinyModule(['a', 'b']), () => false);
		expect(WebAssembly.Module.exports(new WebAssembly.Module(none))).toEqual([]);
		const bare = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
		expect(withExportsOnly(bare, () => false)).toEqual(bare);
	});
});

describe('namesTheLoaderReads', () => {
	it('finds the exports an Emscripten loader reads by name', () => {
		const loader =
			'var _malloc=Module._malloc=e=>(_malloc=Module._malloc=wasmExports.malloc)(e);' +
			'addOnInit(wasmExports.__wasm_call_ctors);function applySignatureConversions(e){' +
			'e=Object.assign({},e);var t=u=>_=>u(_)>>>0;return e.pthread_self=t(e.pthread_self),' +
			'e.sbrk=t(e.sbrk),e}Module.stackSave=stackSave;var x=other.thing;';
		expect([...namesTheLoaderReads(loader)].sort()).toEqual(
			['__wasm_call_ctors', 'malloc', 'pthread_self', 'sbrk'].sort()
		);
	});
});

describe('slimEngine', () => {
	it("keeps what the loader reads, the module's GOT symbols and the dynCall helpers", () => {
		const bytes = tinyModule(['main', 'malloc', 'g', 'orig$g', 'dynCall_vi', 'extension_only']);
		const { bytes: slim, kept, dropped } = slimEngine(bytes, ['x=wasmExports.malloc;']);
		expect(wasmExports(slim).map((e) => e.name)).toEqual([
			'main',
			'malloc',
			'g',
			'orig$g',
			'dynCall_vi'
		]);
		expect([kept, dropped]).toEqual([5, 1]);
	});

	it("slims DuckDB-WASM's published module without losing a name its loaders read", () => {
		const dist = duckdbDist();
		const published = readFileSync(path.join(dist, 'duckdb-eh.wasm'));
		const loaders = ['duckdb-browser-eh.worker.js', 'duckdb-node-blocking.cjs'].map((f) =>
			readFileSync(path.join(dist, f), 'utf8')
		);
		const { bytes, kept, dropped } = slimEngine(published, loaders);
		const before = new Set(wasmExports(published).map((e) => e.name));
		const after = new Set(wasmExports(bytes).map((e) => e.name));
		expect(before.size).toBeGreaterThan(70_000);
		expect(after.size).toBe(kept);
		expect(kept).toBeLessThan(1_000);
		expect(kept + dropped).toBe(before.size);
		const lost = [
			...loaders.flatMap((loader) => [...namesTheLoaderReads(loader)]),
			...wasmImports(published)
				.filter((i) => i.module.startsWith('GOT.'))
				.map((i) => i.name)
		].filter((n) => before.has(n) && !after.has(n));
		expect(lost).toEqual([]);
		// The code, the data and the imports are the published bytes.
		const same = [2, 10, 11].map((id) =>
			sectionBytes(bytes, id)!.equals(sectionBytes(published, id)!)
		);
		expect(same).toEqual([true, true, true]);
		expect(WebAssembly.validate(bytes)).toBe(true);
	});
});
