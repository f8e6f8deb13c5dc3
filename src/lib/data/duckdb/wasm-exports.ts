/**
 * DuckDB-WASM's module is built to load extensions at run time (Emscripten's `MAIN_MODULE`), so
 * it exports every symbol it has: 75,011 in version 1.32 (65,167 functions), a 7.4 MB section of
 * its 34 MB. At each start its loader walks them all (a GOT entry, a table slot and a copy per
 * export) before DuckDB runs a line: half of the engine's start in Chromium (1.27 s → 0.63 s on an
 * idle page, 130 MB less fresh memory; issue #18). This site loads no extension (it runs offline,
 * on what the engine has built in), so the module it serves keeps only the exports that its
 * loader and DuckDB's own code reach; the code, data and imports are the published bytes.
 *
 * Plain functions over the module's bytes (the WebAssembly binary format,
 * https://webassembly.github.io/spec/core/binary/modules.html), for the build and the Node twin.
 */

/** One section of a module: its id and where its body lies in the bytes. */
export interface WasmSection {
	id: number;
	/** Offset of the section's id byte. */
	start: number;
	/** Offset of its body, after the id and the size. */
	body: number;
	/** Offset just past it. */
	end: number;
}

/** An import or export: its name, and its kind as the binary format numbers them. */
export interface WasmName {
	name: string;
	/** 0 function, 1 table, 2 memory, 3 global, 4 tag. */
	kind: number;
}

export interface WasmImport extends WasmName {
	module: string;
}

const EXPORT_SECTION = 7;
const IMPORT_SECTION = 2;
const text = new TextDecoder('utf-8', { fatal: true });

/** Reads the module's bytes in order; every read checks it stays inside them. */
class Reader {
	constructor(
		readonly bytes: Uint8Array,
		public at = 0
	) {}
	byte(): number {
		const b = this.bytes[this.at];
		if (b === undefined) throw new Error(`wasm: unexpected end at byte ${this.at}`);
		this.at++;
		return b;
	}
	/** An unsigned LEB128 number (up to 2^53, enough for any size or index). */
	u32(): number {
		let value = 0;
		let scale = 1;
		for (;;) {
			const b = this.byte();
			value += (b & 0x7f) * scale;
			if ((b & 0x80) === 0) return value;
			scale *= 128;
			if (scale > 2 ** 56) throw new Error(`wasm: number too long at byte ${this.at}`);
		}
	}
	name(): string {
		const length = this.u32();
		const end = this.at + length;
		if (end > this.bytes.length) throw new Error(`wasm: name past the end at byte ${this.at}`);
		const value = text.decode(this.bytes.subarray(this.at, end));
		this.at = end;
		return value;
	}
	/** A value type: one byte, or a reference type with its heap type (`ref null ht`, `ref ht`). */
	valueType(): void {
		const b = this.byte();
		if (b === 0x63 || b === 0x64) this.u32();
	}
	limits(): void {
		const flags = this.byte();
		this.u32();
		if (flags & 1) this.u32();
	}
}

const encodeU32 = (value: number): number[] => {
	const out: number[] = [];
	do {
		let b = value % 128;
		value = Math.floor(value / 128);
		if (value > 0) b |= 0x80;
		out.push(b);
	} while (value > 0);
	return out;
};

/**
 * The module's sections, in order. Throws on bytes that are not a wasm module.
 * `wasmSections(bytes)` → `[{ id: 1, start: 8, body: 11, end: 5743 }, …]`
 */
export function wasmSections(bytes: Uint8Array): WasmSection[] {
	const magic = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
	if (bytes.length < 8 || magic.some((b, i) => bytes[i] !== b)) {
		throw new Error('wasm: not a WebAssembly module (version 1)');
	}
	const reader = new Reader(bytes, 8);
	const sections: WasmSection[] = [];
	while (reader.at < bytes.length) {
		const start = reader.at;
		const id = reader.byte();
		const size = reader.u32();
		const body = reader.at;
		const end = body + size;
		if (end > bytes.length)
			throw new Error(`wasm: section ${id} at byte ${start} runs past the end`);
		sections.push({ id, start, body, end });
		reader.at = end;
	}
	return sections;
}

/**
 * Each entry of the module's section `id` (a vector), read by `entry`; none when it has no such
 * section. Throws when the entries do not fill the section exactly.
 */
function sectionEntries<T>(bytes: Uint8Array, id: number, entry: (reader: Reader) => T): T[] {
	const section = wasmSections(bytes).find((s) => s.id === id);
	if (!section) return [];
	const reader = new Reader(bytes, section.body);
	const count = reader.u32();
	const out: T[] = [];
	for (let i = 0; i < count; i++) out.push(entry(reader));
	if (reader.at !== section.end) throw new Error(`wasm: section ${id} has trailing bytes`);
	return out;
}

/** An export, and where its entry lies in the module's bytes. */
interface ExportEntry extends WasmName {
	from: number;
	to: number;
}

const exportEntry = (reader: Reader): ExportEntry => {
	const from = reader.at;
	const name = reader.name();
	const kind = reader.byte();
	reader.u32();
	return { name, kind, from, to: reader.at };
};

/** The module's exports, in order. `wasmExports(bytes)` → `[{ name: 'main', kind: 0 }, …]` */
export function wasmExports(bytes: Uint8Array): WasmName[] {
	return sectionEntries(bytes, EXPORT_SECTION, exportEntry).map(({ name, kind }) => ({
		name,
		kind
	}));
}

/**
 * The module's imports, in order.
 * `wasmImports(bytes)` → `[{ module: 'env', name: 'memory', kind: 2 }, { module: 'GOT.func', … }]`
 */
export function wasmImports(bytes: Uint8Array): WasmImport[] {
	return sectionEntries(bytes, IMPORT_SECTION, (reader) => {
		const module = reader.name();
		const name = reader.name();
		const kind = reader.byte();
		if (kind === 0) reader.u32();
		else if (kind === 1) {
			reader.valueType();
			reader.limits();
		} else if (kind === 2) reader.limits();
		else if (kind === 3) {
			reader.valueType();
			reader.byte();
		} else if (kind === 4) {
			reader.byte();
			reader.u32();
		} else throw new Error(`wasm: import ${module}.${name} of unknown kind ${kind}`);
		return { module, name, kind };
	});
}

/**
 * The module with only the exports `keep` accepts, every other byte as it was (the export section
 * rewritten in place, in its order). `withExportsOnly(bytes, (n) => n === 'main')`
 */
export function withExportsOnly(
	bytes: Uint8Array,
	keep: (name: string) => boolean
): Uint8Array<ArrayBuffer> {
	const section = wasmSections(bytes).find((s) => s.id === EXPORT_SECTION);
	if (!section) return new Uint8Array(bytes);
	const kept = sectionEntries(bytes, EXPORT_SECTION, exportEntry)
		.filter((entry) => keep(entry.name))
		.map((entry) => bytes.subarray(entry.from, entry.to));
	const head = encodeU32(kept.length);
	const bodySize = head.length + kept.reduce((sum, entry) => sum + entry.length, 0);
	const sectionHead = [EXPORT_SECTION, ...encodeU32(bodySize), ...head];
	const out = new Uint8Array(
		section.start + sectionHead.length + bodySize - head.length + (bytes.length - section.end)
	);
	out.set(bytes.subarray(0, section.start), 0);
	let at = section.start;
	out.set(sectionHead, at);
	at += sectionHead.length;
	for (const entry of kept) {
		out.set(entry, at);
		at += entry.length;
	}
	out.set(bytes.subarray(section.end), at);
	return out;
}

/**
 * The exports an Emscripten loader script reads by name: `wasmExports.malloc`, and those its
 * `applySignatureConversions` wraps (`e.malloc=t(e.malloc)`).
 * `namesTheLoaderReads('…wasmExports.duckdb_web_open)(e,t)…')` → `Set { 'duckdb_web_open' }`
 */
export function namesTheLoaderReads(loader: string): Set<string> {
	const names = new Set<string>();
	for (const [, name] of loader.matchAll(/wasmExports\.([A-Za-z0-9_$]+)/g))
		if (name) names.add(name);
	for (const conversions of loader.matchAll(
		/function applySignatureConversions\(\w+\)\{([\s\S]*?)\}(?=Module\.|var |function )/g
	)) {
		for (const [, name] of (conversions[1] ?? '').matchAll(/\w+\.([A-Za-z0-9_$]+)=/g)) {
			if (name) names.add(name);
		}
	}
	return names;
}

/** Symbols the loader looks up itself whatever the build: constructors, relocations, `main`. */
const LOADER_SYMBOLS = new Set([
	'__wasm_call_ctors',
	'__wasm_apply_data_relocs',
	'main',
	'__start_em_asm',
	'__stop_em_asm',
	'__start_em_js',
	'__stop_em_js'
]);

/** What `slimEngine` kept, and what it dropped. */
export interface SlimEngine {
	bytes: Uint8Array<ArrayBuffer>;
	kept: number;
	dropped: number;
}

/**
 * The engine's module with the exports nothing on this site reaches left out. Kept: every name
 * the loader scripts read (`loaders`: DuckDB-WASM's worker scripts for the browser and for Node),
 * every symbol the module itself imports through its GOT (`GOT.func`, `GOT.mem`: the loader
 * resolves those from the exports) with its `orig$` variant, the `dynCall_` helpers the loader
 * registers, and the loader's own symbols. Throws if a name a loader reads would be lost.
 * `slimEngine(duckdbEhWasm, [browserWorkerJs, nodeBlockingCjs])` → `{ bytes, kept: 163, dropped: 74848 }`
 */
export function slimEngine(bytes: Uint8Array, loaders: readonly string[]): SlimEngine {
	const needed = new Set<string>(LOADER_SYMBOLS);
	for (const loader of loaders) for (const name of namesTheLoaderReads(loader)) needed.add(name);
	for (const imported of wasmImports(bytes)) {
		if (!imported.module.startsWith('GOT.')) continue;
		needed.add(imported.name);
		needed.add(`orig$${imported.name}`);
	}
	const keep = (name: string) => needed.has(name) || name.startsWith('dynCall_');
	const before = wasmExports(bytes);
	const slim = withExportsOnly(bytes, keep);
	const after = new Set(wasmExports(slim).map((e) => e.name));
	const lost = before.filter((e) => needed.has(e.name) && !after.has(e.name));
	if (lost.length > 0) {
		throw new Error(`wasm: slimming lost ${lost.map((e) => e.name).join(', ')}`);
	}
	return { bytes: slim, kept: after.size, dropped: before.length - after.size };
}
